package nl.nts.platform.plugins.connectorhubspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.SegmentRef;
import nl.nts.platform.api.plugin.RetryableSourceException;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * The HubSpot connector against a HubSpot on 127.0.0.1 that speaks CRM v3's wire format, read page
 * by page as the core's runner reads it.
 */
class HubSpotCompaniesTest {

    private static final String TOKEN = "pat-eu1-11111111-2222-3333-4444-555555555555";
    private static final List<Rom> ROMS = List.of(new Rom("BOM", "BOM", List.of(new Region("Noord-Brabant", "NL41", "NL41", "NL-NB"))),
            new Rom("LIOF", "LIOF", List.of(new Region("Limburg", "NL42", "NL42", "NL-LI"))));
    private static final List<KeyTechnology> TECHNOLOGIES = List.of(new KeyTechnology("NTS01", "Optical systems and integrated photonics",
            "Optische systemen en geïntegreerde fotonica"), new KeyTechnology("NTS02", "Quantum technologies", "Quantumtechnologie"));

    private final FakeHubSpot hubspot = start();

    private static FakeHubSpot start() {
        try {
            return new FakeHubSpot(TOKEN).withWireFormatCompanies();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        hubspot.close();
    }

    private HubSpotCompanies connector(Map<String, Object> settings) {
        Map<String, Object> given = new HashMap<>(Map.of("_accessToken", TOKEN, "baseUrl", hubspot.url().toString()));
        given.putAll(settings);
        HubSpotCompanies.Config config = (HubSpotCompanies.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HubSpotCompanies.Config.class}, (proxy, method, args) -> given.containsKey(method.getName())
                        ? given.get(method.getName()) : method.getDefaultValue());
        return new HubSpotCompanies(config, ROMS, TECHNOLOGIES);
    }

    private HubSpotCompanies connector() {
        return connector(Map.of());
    }

    /** Reads as the runner does: page after page from a cursor; the last page's checkpoint is kept. */
    private static List<SourcePage<Organisation>> readAll(HubSpotCompanies connector, String cursor, int pageSize) throws IOException {
        List<SourcePage<Organisation>> pages = new ArrayList<>();
        String next = cursor;
        do {
            SourcePage<Organisation> page = connector.read(next, pageSize);
            pages.add(page);
            next = page.next();
        } while (next != null);
        return pages;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode properties(com.fasterxml.jackson.databind.node.ObjectNode company) {
        return (com.fasterxml.jackson.databind.node.ObjectNode) company.get("properties");
    }

    @Test
    void aFullReadListsEveryCompanyPageByPageAndLeavesTheLatestChangeAsCheckpoint() throws IOException {
        List<SourcePage<Organisation>> pages = readAll(connector(), null, 2);
        assertEquals(2, pages.size());
        assertEquals(List.of("512", "513"), pages.get(0).records().stream().map(o -> o.externalIds().get("hubspot")).toList());
        assertEquals("after=514&latest=2025-10-01T10%3A00%3A00Z", pages.get(0).next());
        Organisation first = pages.get(0).records().get(0);
        assertEquals(Organisation.builder().name("Voorbeeld Photonics B.V.").kind(OrganisationKind.SME).kvkNumber("12345678").city("Eindhoven")
                .country("NL").externalIds(Map.of("hubspot", "512")).build(), first);
        assertNull(pages.get(1).next());
        assertEquals("since=2025-10-01T10:00:00Z", pages.get(1).checkpoint(), "the latest hs_lastmodifieddate read");
        assertTrue(pages.get(1).fields().contains("kvkNumber"), "the KvK property is configured: an empty one clears the number");
        assertFalse(pages.get(1).fields().contains("technologies"), "no technologies property: the platform's stay");
        assertTrue(hubspot.requests.get(0).startsWith("GET /crm/v3/objects/companies?limit=2&archived=false&properties=name%2Ccity%2Ccountry"),
                hubspot.requests.get(0));
        assertTrue(hubspot.requests.get(1).endsWith("&after=514"), hubspot.requests.get(1));
    }

    @Test
    void anIncrementalReadSearchesForTheCompaniesModifiedSinceTheCheckpoint() throws IOException {
        List<SourcePage<Organisation>> pages = readAll(connector(), "since=2025-09-15T12:30:00Z", 100);
        assertEquals(List.of("512", "513"), pages.get(0).records().stream().map(o -> o.externalIds().get("hubspot")).toList(),
                "from the checkpoint on, inclusive, oldest change first");
        var filter = hubspot.searches.get(0).path("filterGroups").path(0).path("filters").path(0);
        assertEquals("hs_lastmodifieddate", filter.path("propertyName").asText());
        assertEquals("GTE", filter.path("operator").asText());
        assertEquals(String.valueOf(Instant.parse("2025-09-15T12:30:00Z").toEpochMilli()), filter.path("value").asText());
        assertEquals("since=2025-10-01T10:00:00Z", pages.get(0).checkpoint());

        SourcePage<Organisation> empty = connector().read("since=2026-01-01T00:00:00Z", 100);
        assertEquals(List.of(), empty.records());
        assertNull(empty.next());
        assertEquals("since=2026-01-01T00:00:00Z", empty.checkpoint(), "nothing changed: the next run starts from the same point");
    }

    @Test
    void tooManyRequestsAndServerErrorsAreWorthRetryingWithHubSpotsRetryAfter() throws IOException {
        HubSpotCompanies connector = connector();
        hubspot.fail(429, 2);
        RetryableSourceException limited = assertThrows(RetryableSourceException.class, () -> connector.read(null, 10));
        assertEquals(Duration.ofSeconds(2), limited.retryAfter());
        assertTrue(limited.getMessage().contains("429") && limited.getMessage().contains("secondly limit"), limited.getMessage());
        hubspot.fail(500, -1);
        RetryableSourceException broken = assertThrows(RetryableSourceException.class, () -> connector.read(null, 10));
        assertNull(broken.retryAfter());
        assertEquals(3, connector.read(null, 10).records().size(), "then it answers");
    }

    @Test
    void aBadTokenIsReportedAsWhatToFixNotRetriedAndNeverShown() {
        HubSpotCompanies connector = connector(Map.of("_accessToken", "pat-eu1-wrong-token"));
        IOException refused = assertThrows(IOException.class, () -> connector.read(null, 10));
        assertFalse(refused instanceof RetryableSourceException);
        assertTrue(refused.getMessage().startsWith("HubSpot refused the access token (401: Authentication credentials not found."),
                refused.getMessage());
        assertTrue(refused.getMessage().contains(".accessToken"), refused.getMessage());
        assertFalse(refused.getMessage().contains("wrong-token"));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> connector(Map.of("_accessToken", " ")));
        assertTrue(none.getMessage().contains(".accessToken"));
    }

    @Test
    void aMalformedCompanyBecomesARecordTheCoreRefusesAndAMissingFieldIsAbsent() throws IOException {
        hubspot.companies().add((com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"id\":\"600\",\"properties\":\"not an object\",\"archived\":false}"));
        hubspot.companies().add((com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"properties\":{\"name\":\"No id\"}}"));
        properties(hubspot.add("601", "Zonder KvK B.V.", null, "2025-11-01T08:00:00Z")).put("state", "North Brabant");
        List<Organisation> read = readAll(connector(), null, 100).get(0).records();
        assertEquals(6, read.size(), "every company is handed on, the malformed ones too");
        assertEquals(Organisation.builder().externalIds(Map.of("hubspot", "600")).build(), read.get(3), "no name: the core refuses it, saying so");
        assertEquals(Map.of(), read.get(4).externalIds(), "no id: the core refuses it, saying so");
        Organisation noKvk = read.get(5);
        assertNull(noKvk.kvkNumber());
        assertEquals("Noord-Brabant", noKvk.province(), "HubSpot's state in English, as the platform names the province");
    }

    @Test
    void thePropertiesForTechnologiesAndValueChainsAreConfiguration() throws IOException {
        properties(hubspot.add("700", "Kwantum B.V.", "45678901", "2025-11-02T08:00:00Z")).put("nts_technologies", "NTS01; quantum technologies")
                .put("nts_chains", "VC01/design;VC03").put("nts_kvk", "4567 8901").put("country", "Netherlands");
        HubSpotCompanies connector = connector(Map.of("technologiesProperty", "nts_technologies", "valueChainsProperty", "nts_chains", "kvkProperty",
                "nts_kvk", "nts_connector_system", "hubspot-bom"));
        SourcePage<Organisation> page = connector.read(null, 100);
        Organisation o = page.records().get(3);
        assertEquals(List.of("NTS01", "NTS02"), o.technologies());
        assertEquals(List.of(new SegmentRef("VC01", "design"), new SegmentRef("VC03", null)), o.segments(), "a chain without a segment the core names");
        assertEquals("45678901", o.kvkNumber());
        assertEquals("NL", o.country());
        assertEquals("700", o.externalIds().get("hubspot-bom"));
        assertTrue(page.fields().containsAll(List.of("technologies", "segments", "kvkNumber")));
        assertTrue(hubspot.requests.get(0).endsWith("hs_lastmodifieddate%2Cnts_kvk%2Cstate%2Cnts_technologies%2Cnts_chains"), hubspot.requests.get(0));
        assertEquals("HubSpot companies (hubspot)", connector.name());
    }
}
