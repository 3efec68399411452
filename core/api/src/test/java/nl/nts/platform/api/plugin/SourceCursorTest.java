package nl.nts.platform.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        assertNull(SourceCursor.write(Map.of()), "no cursor, not an empty one the runner would take for the first page again");
        Map<String, String> allNull = new LinkedHashMap<>();
        allNull.put("next", null);
        allNull.put("since", null);
        assertNull(SourceCursor.write(allNull));
        assertEquals(Map.of("a", "1"), SourceCursor.read("a=1&junk&=2"));
    }

    @Test
    void theJavadocsExampleWritesTheFirstPagesCursorAndNoneAfterTheLast() {
        Map<String, String> at = SourceCursor.read(null);
        for (String nextLink : new String[] {"https://example.org/page/2", null}) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("next", nextLink);
            parts.put("since", at.get("since"));
            String next = nextLink == null ? null : SourceCursor.write(parts);
            assertEquals(nextLink == null ? null : "next=https%3A%2F%2Fexample.org%2Fpage%2F2", next);
        }
    }
}
