package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's state across runtimes, as operators meet it: plugins installed and configured
 * in one runtime are installed and configured again by a fresh unpack of the distribution on
 * the same database (what run.sh does on a rebuild, and an upgrade to a new archive does); a
 * backup taken while it runs restores into a new, empty platform with every record and audit
 * entry as it was, ids, versions and stamps included, and the plugins installed again.
 */
class PlatformStateIT {

    private static final String CORDIS_PID = "nl.nts.platform.connector.cordis";
    private static final String SECRET = "tok-s3cret-never-shown";

    @Test
    void pluginsAndTheirConfigurationSurviveANewRuntimeAndABackupRestoresLosslesslyIntoAnEmptyPlatform() throws Exception {
        String cordisFile = new File("src/test/resources/wire-formats/cordis-organization.csv").getAbsolutePath();
        String tokenSecret;
        try (KarafRuntime first = KarafRuntime.unpack("state-first", "bom-admin = bom-admin-password,rom-admin:BOM,rom-member:BOM")) {
            Api api = first.start().api();
            first.awaitReady(api);
            assertEquals(201, api.post("/plugins", "{\"id\":\"rom-bom\"}").status());
            assertEquals(201, api.post("/plugins", "{\"id\":\"connector-cordis\"}").status());
            Api.Answer configured = api.put("/plugins/connector-cordis/configuration/" + CORDIS_PID,
                    "{\"properties\":{\"organisationFile\":\"" + cordisFile + "\",\"apiToken\":\"" + SECRET + "\",\"pageSize\":50}}");
            assertEquals(200, configured.status(), configured.body());
            assertEquals("********", configured.json().get("properties").get("apiToken").asText(), "a secret is never shown");
            assertFalse(configured.body().contains(SECRET));
            awaitConnector(api);
            awaitBomWorkflow(api);
            Api.Answer token = api.post("/tokens", "{\"name\":\"state-test\"}");
            assertEquals(201, token.status(), token.body());
            tokenSecret = token.json().get("secret").asText();
            assertFalse(api.get("/audit?kind=plugin-configuration").body().contains(SECRET), "no secret in the audit trail");
            first.stop();
            assertFalse(first.log().contains(SECRET), "no secret in the log");

            // a new runtime (a rebuild, an upgraded archive) on the same database
            try (KarafRuntime second = KarafRuntime.unpack("state-second", "bom-admin = bom-admin-password,rom-admin:BOM,rom-member:BOM")) {
                second.takeDatabaseOf(first);
                api = second.start().api();
                second.awaitReady(api);
                awaitPlugin(api, "rom-bom", "ACTIVE");
                awaitPlugin(api, "connector-cordis", "ACTIVE");
                awaitConnector(api);
                awaitBomWorkflow(api);
                assertEquals("BOM intake", api.get("/workflows/BOM").json().get("name").asText());
                Api secondApi = api;
                Await.holds("BOM's report format back", Duration.ofSeconds(60), () -> secondApi.get("/reports").body().contains("bom-house"));
                JsonNode configuration = configuration(api, "connector-cordis", CORDIS_PID);
                assertEquals(cordisFile, configuration.get("properties").get("organisationFile").asText());
                assertEquals(50, configuration.get("properties").get("pageSize").asInt());
                assertEquals("********", configuration.get("properties").get("apiToken").asText());
                assertEquals(Api.USER, configuration.get("changedBy").asText());
                JsonNode reinstalled = api.get("/audit?kind=plugin&user=plugin-state").json();
                assertTrue(reinstalled.get("total").asInt() >= 2, "the start's installs are in the audit trail: " + reinstalled);
                assertTrue(second.log().contains("is recorded as installed: installing it"), "and in the log");

                // only an operator backs up
                assertEquals(403, second.api("bom-admin", "bom-admin-password").post("/backups", "").status());
                Api.Answer started = api.post("/backups", "");
                assertEquals(202, started.status(), started.body());
                String location = started.header("Location");
                assertNotNull(location);
                assertTrue(location.matches("/api/backups/[0-9]+"), "a path, as every link of the API: " + location);
                JsonNode done = WholePlatform.awaitJob(api, location);
                assertEquals("DONE", done.get("state").asText(), done.toString());
                assertEquals(100, done.get("percent").asInt());
                assertTrue(done.get("notes").toString().contains(CORDIS_PID + " apiToken"), "the note names the secret left out: " + done);
                assertTrue(done.get("download").asText().matches("/api/backups/[0-9]+/file"), done.toString());
                byte[] backup = WholePlatform.download(second.port, done.get("download").asText());
                assertEquals(done.get("bytes").asLong(), backup.length);
                String contents = WholePlatform.unzipped(backup);
                assertTrue(contents.contains("\"formatVersion\" : 1"), "a manifest with the format's version");
                assertFalse(contents.contains(SECRET), "no secret in the backup");
                assertFalse(contents.contains(tokenSecret), "no token's secret in the backup, only its hash");

                WholePlatform.Contents before = WholePlatform.contents(api);
                assertTrue(before.collections().get("/tokens?user=*").size() >= 1);
                // a platform that holds data refuses a restore
                Api.Answer refused = WholePlatform.upload(second.port, backup);
                assertEquals(409, refused.status(), refused.body());
                assertTrue(refused.body().contains("holds data"), refused.body());
                second.stop();

                // a new platform, started empty (no sample data), gets the backup
                try (KarafRuntime third = KarafRuntime.unpack("state-third")) {
                    third.configure("nl.nts.platform.sampledata", "loadOnFirstStart", "false");
                    api = third.start().api();
                    third.awaitReady(api);
                    assertEquals(0, api.get("/organisations").json().get("total").asInt());
                    Api.Answer restoring = WholePlatform.upload(third.port, backup);
                    assertEquals(202, restoring.status(), restoring.body());
                    JsonNode restored = WholePlatform.awaitJob(api, restoring.header("Location"));
                    assertEquals("DONE", restored.get("state").asText(), restored.toString());
                    assertTrue(restored.get("notes").toString().contains("apiToken"), restored.toString());

                    WholePlatform.Contents after = WholePlatform.contents(api);
                    before.assertHeldBy(after);
                    long lastBefore = before.lastAuditEntry();
                    assertTrue(after.audit().entrySet().stream().anyMatch(e -> e.getKey() > lastBefore && "restore".equals(e.getValue().get("action").asText())),
                            "the restore is in the audit trail, after the restored entries");

                    // the plugins come back, configured as recorded (the secret must be set again)
                    awaitPlugin(api, "rom-bom", "ACTIVE");
                    awaitPlugin(api, "connector-cordis", "ACTIVE");
                    awaitBomWorkflow(api);
                    JsonNode cordis = configuration(api, "connector-cordis", CORDIS_PID);
                    assertEquals(cordisFile, cordis.get("properties").get("organisationFile").asText());
                    assertFalse(cordis.get("properties").has("apiToken"), cordis.toString());

                    // new records take ids past the restored ones; the token restored by its hash still logs in
                    long maxOrganisation = before.collections().get("/organisations").stream().mapToLong(o -> o.get("id").asLong()).max().orElseThrow();
                    Api.Answer created = api.post("/organisations", "{\"name\":\"After the restore\",\"kind\":\"SME\",\"country\":\"BE\"}");
                    assertEquals(201, created.status(), created.body());
                    assertTrue(created.json().get("id").asLong() > maxOrganisation, created.body());
                    assertEquals(200, Api.bearer(third.port, tokenSecret).get("/organisations").status());
                    // and now it holds data
                    assertEquals(409, WholePlatform.upload(third.port, backup).status());
                    third.stop();
                }
            }
        }
    }

    private static void awaitConnector(Api api) throws InterruptedException {
        Await.holds("the configured CORDIS connector", Duration.ofSeconds(60), () -> api.get("/connectors").body().contains("cordis-organisations"));
    }

    /**
     * An active plugin's services reach the platform a moment after its bundle starts (each is described
     * once when it registers), so its workflow is awaited, not read once.
     */
    private static void awaitBomWorkflow(Api api) throws InterruptedException {
        Await.holds("BOM's own workflow in force", Duration.ofSeconds(60),
                () -> "rom-bom".equals(api.get("/workflows/BOM").json().get("plugin").asText()));
    }

    private static void awaitPlugin(Api api, String id, String state) throws InterruptedException {
        Await.holds("plugin " + id + " " + state, Duration.ofSeconds(120), () -> {
            Api.Answer plugin = api.get("/plugins/" + id);
            return plugin.status() == 200 && state.equals(plugin.json().get("state").asText());
        });
    }

    private static JsonNode configuration(Api api, String plugin, String pid) throws Exception {
        for (JsonNode c : api.get("/plugins/" + plugin + "/configuration").json().get("items")) {
            if (pid.equals(c.get("pid").asText())) {
                return c;
            }
        }
        throw new AssertionError("no configuration " + pid + " of " + plugin);
    }
}
