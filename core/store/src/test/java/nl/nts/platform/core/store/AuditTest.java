package nl.nts.platform.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void namesTheTopLevelFieldsThatChangedButNotTheBookkeeping() throws Exception {
        JsonNode before = json("{\"id\":1,\"title\":\"A\",\"roms\":[\"BOM\"],\"place\":null,\"version\":1,\"stamp\":{\"updatedBy\":\"x\"}}");
        JsonNode after = json("{\"id\":1,\"title\":\"B\",\"roms\":[\"BOM\",\"LIOF\"],\"place\":null,\"version\":2,\"stamp\":{\"updatedBy\":\"y\"}}");
        assertEquals(List.of("title", "roms"), Audit.changed(before, after));
    }

    @Test
    void aFieldThatAppearsOrDisappearsHasChanged() throws Exception {
        assertEquals(List.of("b", "a"), Audit.changed(json("{\"a\":1}"), json("{\"b\":2}")));
    }

    @Test
    void creationsAndDeletionsNameNoFields() throws Exception {
        assertEquals(List.of(), Audit.changed(null, json("{\"a\":1}")));
        assertEquals(List.of(), Audit.changed(json("{\"a\":1}"), null));
    }

    @Test
    void aKindIsLowerCaseWithWordsJoinedByHyphens() {
        for (String good : List.of("workshop", "funding-call", "value-chain", "plugin-configuration")) {
            assertTrue(AuditKinds.SPELLING.matcher(good).matches(), good);
        }
        for (String bad : List.of("funding call", "Funding-call", "value_chain", "-plan", "plan-", "")) {
            // refused before anything is written
            assertThrows(IllegalArgumentException.class, () -> Audit.record(null, Instant.EPOCH, "kia", "create", bad, "1", List.of(), null, null), bad);
        }
    }

    @Test
    void changeset0004RenamesTheFormerKindsAsARestoreDoes() throws Exception {
        String changeset;
        try (var in = Audit.class.getResourceAsStream("/db/changelog/changes/0004-audit-kinds-hyphenated.xml")) {
            changeset = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("value=\"([^\"]+)\"/>\\s*<where>KIND = '([^']+)'</where>").matcher(changeset);
        while (m.find()) {
            renamed.put(m.group(2), m.group(1));
        }
        assertEquals(AuditKinds.FORMER, renamed);
        AuditKinds.FORMER.values().forEach(kind -> assertTrue(AuditKinds.SPELLING.matcher(kind).matches(), kind));
    }
}
