package nl.nts.platform.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SourceCursorTest {

    @Test
    void partsComeBackAsTheyWentInInTheirOrderWithoutTheNullOnes() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("since", "2026-11-30T08:15:00Z");
        parts.put("skipped", null);
        parts.put("next", "https://example.crm4.dynamics.com/api/data/v9.2/accounts?$skiptoken=%3Ccookie pagenumber=\"2\"/%3E&x=1");
        String cursor = SourceCursor.write(parts);
        assertEquals(List.of("since", "next"), List.copyOf(SourceCursor.read(cursor).keySet()));
        assertEquals(parts.get("next"), SourceCursor.read(cursor).get("next"), "an & or = inside a value stays inside it");
        assertEquals(Map.of(), SourceCursor.read(null));
        assertEquals("", SourceCursor.write(Map.of()));
        assertEquals(Map.of("a", "1"), SourceCursor.read("a=1&junk&=2"));
    }
}
