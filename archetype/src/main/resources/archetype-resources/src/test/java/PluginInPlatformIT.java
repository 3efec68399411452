package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The plugin in the platform's own distribution, booted in Karaf: ${rom}'s admin adds the
 * plugin's feature repository (within what the operator allows ${rom}), installs the plugin over
 * REST, and its workflow, report format and connector answer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginInPlatformIT {

    private static final String OPERATOR = "it-operator:it-operator-password";
    private static final String ADMIN = "it-admin:it-admin-password";

    @Configuration
    public Option[] configuration() throws IOException {
        String distribution = System.getProperty("nts.distribution");
        int http = freePort();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(new File(distribution).toURI().toString()).name("nts-platform")
                    .unpackDirectory(new File(System.getProperty("plugin.itest.dir"), "exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            // what bin/karaf gives Karaf's JVM and Pax Exam does not
            vmOptions("--add-exports=java.base/org.apache.karaf.specs.locator=ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + System.getProperty("nts.karaf.version") + ".jar"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/users.properties", "it-operator", "it-operator-password,kia-operator"),
            editConfigurationFilePut("etc/users.properties", "it-admin", "it-admin-password,rom-admin:${rom},rom-member:${rom}"),
            // the operator allows ${rom} repositories on this machine's disk
            editConfigurationFilePut("etc/nl.nts.platform.plugins.repositories.cfg", "${rom}", "file:"),
            // what the test, inside Karaf, needs to know
            editConfigurationFilePut("etc/system.properties", "plugin.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/system.properties", "plugin.jar", new File(System.getProperty("plugin.jar")).getAbsolutePath()),
            editConfigurationFilePut("etc/system.properties", "plugin.features", new File(System.getProperty("plugin.features")).getAbsolutePath()),
        };
    }

    @Test
    public void theRomsAdminInstallsThePluginAndItsWorkflowReportAndConnectorAnswer() throws Exception {
        awaitStatus("/technologies", null, 200, Duration.ofMinutes(3));
        // the feature as built, naming the jar as built (it is installed into no Maven repository before this test)
        Path folder = Files.createTempDirectory("${pluginId}");
        String jar = Paths.get(System.getProperty("plugin.jar")).toUri().toString();
        String features = Files.readString(Paths.get(System.getProperty("plugin.features")))
                .replace("mvn:${groupId}/${artifactId}/${version}", jar);
        Path repository = folder.resolve("features.xml");
        Files.writeString(repository, features);

        Answer added = send("POST", "/plugin-repositories", ADMIN, "{\"url\": \"" + repository.toUri() + "\"}");
        assertEquals(added.body, 201, added.status);
        Answer installed = send("POST", "/plugins", ADMIN, "{\"id\": \"${pluginId}\"}");
        assertEquals(installed.body, 201, installed.status);
        assertTrue(installed.body, installed.body.contains("\"state\":\"ACTIVE\""));

        Answer workflow = send("GET", "/workflows/${rom}?subject=input", ADMIN, null);
        assertTrue(workflow.body, workflow.body.contains("${rom} intake"));

        Answer workshop = send("POST", "/workshops", ADMIN, "{\"rom\": \"${rom}\", \"title\": \"Plugin check\", \"date\": \"2026-11-30\", \"place\": \"Online\"}");
        assertEquals(workshop.body, 201, workshop.status);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(workshop.body);
        assertTrue(workshop.body, id.find());
        Answer summary = send("GET", "/workshops/" + id.group(1) + "/report?format=${pluginId}-summary&heading=Check", ADMIN, null);
        assertEquals(summary.body, 200, summary.status);
        assertTrue(summary.body, summary.body.startsWith("Check\n0 inputs"));

        Path register = folder.resolve("register.csv");
        Files.writeString(register, "id;name;kind;city;province\nR-1;Acme Photonics;SME;Delft;Zuid-Holland\n");
        String configuration = "/plugins/${pluginId}/configuration/${package}.register";
        Answer refused = send("PUT", configuration, ADMIN, "{\"properties\": {\"file\": \"" + register + "\", \"separator\": \"|\"}}");
        assertEquals(refused.body, 422, refused.status);
        assertTrue(refused.body, refused.body.contains("properties.separator"));
        Answer configured = send("PUT", configuration, ADMIN, "{\"properties\": {\"file\": \"" + register + "\"}}");
        assertEquals(configured.body, 200, configured.status);
        awaitStatus("/connectors", "${pluginId}-register", 200, Duration.ofSeconds(30));
    }

    /** An answer of the platform's REST API. */
    private record Answer(int status, String body) {
    }

    private static Answer send(String method, String path, String login, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("plugin.http.port") + "/api" + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** Waits, with a deadline, until the path answers the status (and holds the text, when given); a platform starts in the background. */
    private static void awaitStatus(String path, String holding, int status, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        String last = "no answer";
        while (System.nanoTime() < end) {
            try {
                Answer answer = send("GET", path, OPERATOR, null);
                if (answer.status == status && (holding == null || answer.body.contains(holding))) {
                    return;
                }
                last = answer.status + " " + answer.body;
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + path + " did not answer " + status + (holding == null ? "" : " with " + holding) + " in time: " + last);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
