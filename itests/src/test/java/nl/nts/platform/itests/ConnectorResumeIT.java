package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nts.platform.plugins.connectorhubspot.FakeHubSpot;

/**
 * A connector run killed mid-way ({@code kill -9} of the platform, while a page is being read) is
 * resumed by the next start from the cursor stored with its last page, and ends with every company
 * stored once: none doubled, none missing. The distribution runs as a process of its own
 * ({@link KarafRuntime}), against a HubSpot on 127.0.0.1 ({@link FakeHubSpot}) that holds the
 * fourth page's request unanswered until the platform is dead.
 */
class ConnectorResumeIT {

    private static final String TOKEN = "pat-eu1-resume00-1111-2222-3333-444444444444";
    private static final int COMPANIES = 40;

    @Test
    void aRunKilledMidwayIsResumedByTheNextStartWithNoCompanyDoubledOrMissing() throws Exception {
        try (FakeHubSpot hubspot = new FakeHubSpot(TOKEN);
                KarafRuntime karaf = KarafRuntime.unpack("connector-resume", "bom-admin = bom-admin-password,rom-admin:BOM,rom-member:BOM")) {
            for (int i = 1; i <= COMPANIES; i++) {
                hubspot.add(String.valueOf(1000 + i), String.format("Resume Company %02d B.V.", i), null, "2025-11-01T08:00:00Z");
            }
            hubspot.holdPage(4);
            karaf.configure("nl.nts.platform.connectors", "pageSize", "5");
            Api api = karaf.start().api();
            karaf.awaitReady(api);
            assertEquals(201, api.post("/plugins", "{\"id\": \"connector-hubspot\"}").status());
            Api.Answer configured = api.put("/plugins/connector-hubspot/configuration/nl.nts.platform.connector.hubspot~bom", "{\"properties\": {"
                    + "\"nts.connector.id\": \"hubspot-bom\", \"nts.connector.system\": \"hubspot-bom\", \"nts.rom\": \"BOM\","
                    + "\".accessToken\": \"" + TOKEN + "\", \"baseUrl\": \"" + hubspot.url() + "\"}}");
            assertEquals(200, configured.status(), configured.body());
            Api bomAdmin = karaf.api("bom-admin", "bom-admin-password");
            Await.holds("a run of connector hubspot-bom starts", Duration.ofSeconds(60), () -> bomAdmin.post("/connectors/hubspot-bom/runs", "").status() == 202);
            JsonNode started = bomAdmin.get("/connectors/hubspot-bom/runs").json().get("items").get(0);
            String run = "/connectors/runs/" + started.get("id").asText();

            assertTrue(hubspot.awaitHeld(Duration.ofSeconds(60)), "the fourth page is asked for");
            JsonNode before = api.get(run).json();
            assertEquals("RUNNING", before.get("status").asText());
            assertEquals(3, before.get("pages").asInt(), before.toString());
            karaf.kill();
            hubspot.release();

            karaf.start();
            karaf.awaitReady(api);
            assertResumedWithEveryCompany(api, run, COMPANIES, "resume%20company");
            assertTrue(karaf.log().contains("resumes from its last stored page (page 4)"), "the log says so");
            // the transaction manager (and with it the data source, the persistence unit and the REST API) started once
            // at each of the two starts: when it started with defaults and again once its configuration came, a run
            // resumed in between was stopped with it and resumed a second time
            assertEquals(2, karaf.log().split("TransactionManager service detected", -1).length - 1, "the transaction manager's starts");
            assertEquals(1, api.get(run).json().get("resumes").asInt(), "resumed once");
        }
    }

    /**
     * The run ends {@code DONE}, resumed from its fourth page, with every one of the companies
     * the fake HubSpot holds stored once: none doubled, none missing.
     *
     * @param search the words of the companies' names, as a query string value
     */
    static void assertResumedWithEveryCompany(Api api, String run, int companies, String search) throws InterruptedException, java.io.IOException {
        JsonNode[] after = new JsonNode[1];
        Await.holds("the run is resumed and ends", Duration.ofSeconds(180), () -> {
            after[0] = api.get(run).json();
            return "DONE".equals(after[0].get("status").asText());
        });
        JsonNode done = after[0];
        // at least once: with several nodes, a node may take over a run another one resumed
        assertTrue(done.get("resumes").asInt() >= 1, done.toString());
        // created, or found unchanged where a page stored in part before a stop is read again
        assertEquals(List.of(8, companies, companies, 0), List.of(done.get("pages").asInt(), done.get("read").asInt(),
                done.get("created").asInt() + done.get("unchanged").asInt(), done.get("refused").asInt()), done.toString());
        List<String> ids = new ArrayList<>();
        for (JsonNode o : api.get("/organisations?q=" + search + "&size=100").json().get("items")) {
            ids.add(o.get("externalIds").get("hubspot-bom").asText());
        }
        assertEquals(companies, ids.size(), "none missing: " + ids);
        assertEquals(companies, ids.stream().distinct().count(), "none doubled: " + ids);
    }
}
