package nl.nts.platform.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
