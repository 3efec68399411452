package nl.nts.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operator's shell: nts:backup with its progress, nts:restore refused in one line by a
 * platform that holds data, both for the operator only; a plugin configured by Karaf's own
 * config commands is recorded as the platform's state, its secret masked.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BackupShellIT extends PlatformTest {

    private static final String CORDIS_PID = "nl.nts.platform.connector.cordis";

    @Test
    public void theOperatorBacksUpFromTheShellAndARestoreIntoAPlatformWithDataIsRefusedInOneLine() throws Exception {
        Path file = Files.createTempDirectory("nts-backup").resolve("shell.zip");
        String out = shell().runAsOperator("nts:backup " + file);
        assertTrue(out, out.contains("backup [##############################] 100%"));
        assertTrue(out, out.contains("backup written to " + file));
        assertTrue(Files.size(file) > 1000);
        assertFalse("no partial file is left", Files.exists(file.resolveSibling("shell.zip.partial")));

        String refused = failure(() -> shell().runAsOperator("nts:restore " + file));
        assertTrue(refused, refused.contains("the platform holds data"));
        assertEquals(refused, 1, refused.strip().lines().count());
        assertTrue(api.get("/organisations").json().get("total").asInt() > 0);

        String notAnOperator = failure(() -> shell().tryAs("bom-admin", "nts:backup " + file.resolveSibling("other.zip"), "rom-admin:BOM", "rom-member:BOM"));
        // Karaf's command ACL (etc/org.apache.karaf.command.acl.nts.cfg) hides it from them, and the core would refuse it
        assertTrue(notAnOperator, notAnOperator.contains("Command not found") || notAnOperator.contains("Insufficient credentials"));
        assertFalse(Files.exists(file.resolveSibling("other.zip")));
        JsonNode jobs = api.get("/backups").json();
        assertEquals("DONE", jobs.get("items").get(0).get("state").asText());
        assertEquals(403, new Api(Integer.getInteger(NtsDistribution.HTTP_PORT), "bom-admin", "bom-admin-password").get("/backups").status());
    }

    /** A command called without what it needs says so in one line, never silence (nts:connector-run used to print nothing). */
    @Test
    public void aCommandWithoutWhatItNeedsSaysWhatInOneLine() throws Exception {
        String run = failure(() -> shell().runAsOperator("nts:connector-run"));
        assertEquals(run, 1, run.strip().lines().count());
        assertTrue(run, run.contains("needs the id of the connector to run") && run.contains("nts:connector-run --list"));
        String listed = shell().runAsOperator("nts:connector-run --list");
        assertTrue(listed, listed.contains("no runs yet") || listed.contains("run "));
        assertTrue(listed, listed.contains("no connector is installed") || listed.contains(" from "));
        for (String[] command : new String[][] {{"nts:resilience", "value-chain"}, {"nts:restore", "file"}}) {
            String refused = failure(() -> shell().runAsOperator(command[0]));
            assertEquals(refused, 1, refused.strip().lines().count());
            assertTrue(refused, refused.contains(command[1]) && refused.contains("required"));
        }
        String both = failure(() -> shell().runAsOperator("nts:funding-calls --open-now --status CLOSED"));
        assertTrue(both, both.contains("does not go with --status CLOSED"));
    }

    private interface Command {
        String run() throws Exception;
    }

    /** The message a refused command fails with (Karaf prints it as its one line). */
    private static String failure(Command command) {
        try {
            return "not refused: " + command.run();
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }

    @Test
    public void aConfigurationMadeWithKarafsOwnCommandsIsRecordedWithItsSecretMasked() throws Exception {
        assertEquals(201, api.post("/plugins", "{\"id\":\"connector-cordis\"}").status());
        String csv = new File(System.getProperty("karaf.base"), "cordis.csv").getAbsolutePath();
        Files.writeString(Path.of(csv), "projectID;organisationID;name\n");
        shell().runAsOperator("config:edit " + CORDIS_PID + "\nconfig:property-set organisationFile " + csv
                + "\nconfig:property-set clientSecret shell-s3cret\nconfig:update");
        Await.holds("the configuration recorded", Duration.ofSeconds(30), () -> {
            // the listener records it a moment after ConfigAdmin has it: wait for the record, not the live value
            String body = api.get("/plugins/connector-cordis/configuration").body();
            return body.contains(csv) && body.contains("\"changedBy\":\"karaf\"");
        });
        Api.Answer configuration = api.get("/plugins/connector-cordis/configuration");
        assertTrue(configuration.body(), configuration.body().contains("\"clientSecret\":\"********\""));
        assertFalse(configuration.body().contains("shell-s3cret"));
        assertTrue(configuration.body(), configuration.body().contains("\"changedBy\":\"karaf\""));
        assertFalse(api.get("/audit?kind=plugin-configuration").body().contains("shell-s3cret"));
        // a PID the plugin does not own is refused, naming the ones it does
        Api.Answer wrong = api.put("/plugins/connector-cordis/configuration/org.example.other", "{\"properties\":{\"a\":\"b\"}}");
        assertEquals(422, wrong.status());
        assertTrue(wrong.body(), wrong.body().contains(CORDIS_PID));
    }
}
