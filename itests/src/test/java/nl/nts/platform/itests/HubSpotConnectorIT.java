package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.texts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The HubSpot connector plugin in the real distribution against a HubSpot on 127.0.0.1 speaking
 * CRM v3's wire format: installed and configured over REST as BOM's instance (a Karaf factory
 * configuration, its token a secret), run by BOM's admin page after page, its companies stored as
 * BOM's organisations (the one in Limburg refused, naming LIOF), and a second run over unchanged
 * data writing nothing: no version, no audit entry.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HubSpotConnectorIT extends PlatformTest {

    private static final String URL = "nts.it.hubspot.url";
    private static final String PID = "nl.nts.platform.connector.hubspot~bom";

    @Override
    @Configuration
    public Option[] configuration() {
        try {
            return OptionUtils.combine(NtsDistribution.optionsWithDatabase(),
                    editConfigurationFilePut("etc/system.properties", URL, HubSpotFakeServer.start()),
                    // pages of two, so that the three companies come in two pages
                    editConfigurationFilePut("etc/nl.nts.platform.connectors.cfg", "pageSize", "2"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the fake HubSpot did not start", e);
        }
    }

    @Test
    public void bomsHubSpotInstanceBringsInBomsCompaniesAndASecondRunChangesNothing() throws Exception {
        Api.Answer installed = api.post("/plugins", "{\"id\": \"connector-hubspot\"}");
        assertEquals(installed.body(), 201, installed.status());
        Api.Answer configured = api.put("/plugins/connector-hubspot/configuration/" + PID, "{\"properties\": {"
                + "\"nts.connector.id\": \"hubspot-bom\", \"nts.connector.system\": \"hubspot-bom\", \"nts.rom\": \"BOM\","
                + "\".accessToken\": \"" + HubSpotFakeServer.TOKEN + "\", \"baseUrl\": \"" + System.getProperty(URL) + "\"}}");
        assertEquals(configured.body(), 200, configured.status());
        assertFalse("the token is never answered", configured.body().contains(HubSpotFakeServer.TOKEN));
        Await.until("connector hubspot-bom", Duration.ofSeconds(30), () -> {
            try {
                return texts(api.get("/connectors").json().get("items"), "id").contains("hubspot-bom");
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode listed = api.get("/connectors").json().get("items");
        assertEquals("BOM", listed.get(texts(listed, "id").indexOf("hubspot-bom")).get("rom").asText());

        Api bomMember = user("bom-member", "bom-password");
        assertEquals(403, bomMember.post("/connectors/hubspot-bom/runs", "").status());
        assertEquals(403, user("liof-member", "liof-password").post("/connectors/hubspot-bom/runs", "").status());

        Api bomAdmin = user("bom-admin", "bom-admin-password");
        JsonNode first = runToEnd(bomAdmin, "/connectors/hubspot-bom/runs");
        assertEquals(first.toString(), "DONE", first.get("status").asText());
        assertEquals(first.toString(), List.of(2, 3, 2, 0, 0, 1), counts(first));
        assertFalse(first.get("incremental").asBoolean());
        String refusal = first.get("problems").get(0).asText();
        assertTrue(refusal, refusal.startsWith("hubspot-bom 514: ") && refusal.contains("LIOF"));

        JsonNode found = api.get("/organisations?q=voorbeeld%20photonics").json().get("items").get(0);
        assertEquals("Voorbeeld Photonics B.V.", found.get("name").asText());
        assertEquals("BOM", found.get("rom").asText());
        assertEquals("Noord-Brabant", found.get("province").asText());
        assertEquals("12345678", found.get("kvkNumber").asText());
        assertEquals("512", found.get("externalIds").get("hubspot-bom").asText());
        assertEquals("plugin:connector-hubspot", found.get("stamp").get("createdBy").asText());
        List<String> versions = versions();
        int audited = api.get("/audit?kind=organisation&size=200").json().get("total").asInt();

        JsonNode incremental = runToEnd(bomAdmin, "/connectors/hubspot-bom/runs");
        assertEquals(incremental.toString(), "DONE", incremental.get("status").asText());
        assertTrue(incremental.toString(), incremental.get("incremental").asBoolean());
        assertEquals(incremental.toString(), List.of(1, 1, 0, 0, 1, 0), counts(incremental));

        JsonNode full = runToEnd(bomAdmin, "/connectors/hubspot-bom/runs?full=true");
        assertEquals(full.toString(), List.of(2, 3, 0, 0, 2, 1), counts(full));
        assertEquals("an unchanged record is not written", versions, versions());
        assertEquals("nor audited", audited, api.get("/audit?kind=organisation&size=200").json().get("total").asInt());

        Api.Answer again = bomAdmin.delete("/connectors/runs/" + full.get("id").asText());
        assertEquals(again.body(), "DONE", again.json().get("status").asText());
        assertEquals(3, api.get("/connectors/hubspot-bom/runs").json().get("items").size());

        String shown = api.get("/plugins/connector-hubspot/configuration").body();
        assertFalse(shown, shown.contains(HubSpotFakeServer.TOKEN));
        assertTrue(shown, shown.contains("********"));
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        assertFalse("the token is in no log line", Files.readString(log, StandardCharsets.UTF_8).contains(HubSpotFakeServer.TOKEN));
        String listing = shell().runAsOperator("nts:connector-run --list");
        assertTrue(listing, listing.contains("hubspot-bom  organisations from hubspot-bom (HubSpot companies (hubspot-bom), plugin connector-hubspot, for BOM)"));
        // BOM's admin runs it in the shell too: one live line, then the summary
        String ran = shell().runAs("bom-admin", "nts:connector-run hubspot-bom", "rom-admin:BOM", "rom-member:BOM");
        assertTrue(ran, ran.contains("\rrun 4 hubspot-bom: "));
        assertTrue(ran, ran.contains("run 4 hubspot-bom DONE: 1 page, 1 read, 0 created, 0 updated, 1 unchanged, 0 refused (incremental)"));
    }

    /** pages, read, created, updated, unchanged, refused */
    private static List<Integer> counts(JsonNode run) {
        List<Integer> counts = new ArrayList<>();
        for (String field : List.of("pages", "read", "created", "updated", "unchanged", "refused")) {
            counts.add(run.get(field).asInt());
        }
        return counts;
    }

    private List<String> versions() throws Exception {
        List<String> versions = new ArrayList<>();
        for (JsonNode o : api.get("/organisations?q=b%20v&size=200").json().get("items")) {
            if (o.get("externalIds").has("hubspot-bom")) {
                versions.add(o.get("externalIds").get("hubspot-bom").asText() + "@" + o.get("version").asText());
            }
        }
        assertEquals(versions.toString(), 2, versions.size());
        return versions;
    }

    private static JsonNode runToEnd(Api as, String start) throws Exception {
        Api.Answer started = as.post(start, "");
        assertEquals(started.body(), 202, started.status());
        String location = started.header("Location");
        String path = location.substring(location.indexOf("/api") + 4);
        JsonNode[] run = new JsonNode[1];
        Await.holds("run " + location + " ends", Duration.ofSeconds(60), () -> {
            run[0] = as.get(path).json();
            return !"RUNNING".equals(run[0].get("status").asText());
        });
        return run[0];
    }
}
