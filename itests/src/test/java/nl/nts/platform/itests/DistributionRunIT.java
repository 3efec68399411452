package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as an operator runs it: unpacked, started with {@code bin/karaf server}
 * with no Maven repository to reach (everything must come from its system/ folder), stopped
 * with a signal and started again. The data must still be there, and the sample data must
 * not come back.
 */
class DistributionRunIT {

    private Process karaf;

    @Test
    void startsOfflineAndARestartKeepsChangesWithoutReloadingSampleData() throws Exception {
        Path home = unpack();
        int port = configurePorts(home);
        cutOffMavenRepositories(home);
        Files.writeString(home.resolve("etc/users.properties"), System.lineSeparator() + Api.USER + " = " + Api.PASSWORD + ",kia-operator"
                + System.lineSeparator(), java.nio.file.StandardOpenOption.APPEND);
        Api api = new Api(port);

        start(home, "first-start-secret");
        api.awaitReady(Duration.ofSeconds(120));
        // no default password: the first start created 'admin' with the one from NTS_ADMIN_PASSWORD
        Api admin = new Api(port, "admin", "first-start-secret");
        awaitStatus(admin, "/organisations", 200, Duration.ofSeconds(30));
        assertEquals(401, new Api(port, "admin", "admin").get("/organisations").status());
        int sampleChains = api.get("/value-chains").json().get("total").asInt();
        assertEquals(14, sampleChains);
        assertEquals(201, api.post("/value-chains",
                "{\"code\":\"VC-KEPT\",\"name\":\"Kept across restarts\",\"technologies\":[\"NTS02\"],\"roms\":[\"IQ\"]}").status());
        assertEquals(204, api.delete("/value-chains/VC14").status());
        assertCleanLogs(home, "first start");
        stop();

        start(home, "a-different-secret");
        api.awaitReady(Duration.ofSeconds(120));
        JsonNode chains = api.get("/value-chains").json();
        List<String> codes = new ArrayList<>();
        chains.get("items").forEach(c -> codes.add(c.get("code").asText()));
        assertTrue(codes.contains("VC-KEPT"), codes.toString());
        assertFalse(codes.contains("VC14"), "a deleted sample chain stays deleted: " + codes);
        assertEquals(sampleChains, chains.get("total").asInt());
        assertEquals("Kept across restarts", api.get("/value-chains/VC-KEPT").json().get("name").asText());
        assertEquals(10, api.get("/technologies").json().get("total").asInt());
        // a later start keeps the admin account as it is
        assertEquals(200, admin.get("/organisations").status());
        stop();
        assertFalse(Files.readString(home.resolve("data/log/karaf.log")).contains("first-start-secret"), "no password in the log");
    }

    /**
     * A clean start logs no stack trace: neither Karaf's log nor H2's trace file (which H2 writes
     * only on errors). One is let through by name: Aries JMX whiteboard registering one of Karaf's
     * own MBeans a second time when two MBean servers come up together (InstanceAlreadyExists), a
     * race in Karaf's management seen now and then on a loaded machine, with nothing of ours in it.
     */
    private static void assertCleanLogs(Path home, String when) throws IOException {
        List<String> traced = new ArrayList<>();
        String entry = null;
        boolean reported = false;
        for (String line : Files.readAllLines(home.resolve("data/log/karaf.log"))) {
            if (line.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
                entry = line;
                reported = false;
            } else if (!reported && entry != null && (line.matches("\\s+at [\\w$.]+\\(.*") || line.startsWith("Caused by:"))) {
                reported = true;
                if (!(entry.contains("| MBeanHolder ") && entry.contains("register: Failure registering MBean"))) {
                    traced.add(entry);
                }
            }
        }
        assertEquals(List.of(), traced, "log entries with a stack trace in karaf.log after the " + when);
        Path trace = home.resolve("data/nts/nts.trace.db");
        assertFalse(Files.exists(trace), "H2 wrote a trace file after the " + when + ": "
                + (Files.exists(trace) ? Files.readString(trace).lines().limit(5).toList() : ""));
    }

    @AfterEach
    void killLeftovers() throws InterruptedException {
        if (karaf != null && karaf.isAlive()) {
            karaf.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitStatus(Api api, String path, int status, Duration deadline) throws Exception {
        java.time.Instant end = java.time.Instant.now().plus(deadline);
        while (api.get(path).status() != status) {
            if (java.time.Instant.now().isAfter(end)) {
                throw new AssertionError(path + " did not answer " + status);
            }
            Thread.sleep(200);
        }
    }

    private void start(Path home, String adminPassword) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // the JVM replaces the script, so the signal below reaches Karaf's shutdown hook
        builder.environment().put("KARAF_EXEC", "exec");
        builder.environment().put("NTS_ADMIN_PASSWORD", adminPassword);
        karaf = builder.start();
    }

    private void stop() throws InterruptedException {
        karaf.destroy(); // SIGTERM, as Ctrl-C or a service manager would
        assertTrue(karaf.waitFor(60, TimeUnit.SECONDS), "Karaf stops within a minute of SIGTERM");
    }

    private static Path unpack() throws IOException, InterruptedException {
        Path work = Paths.get(System.getProperty("nts.itest.dir", "target/itest"), "restart");
        if (Files.exists(work)) {
            run(new ProcessBuilder("rm", "-rf", work.toString()));
        }
        Files.createDirectories(work);
        run(new ProcessBuilder("tar", "xzf", new File(System.getProperty("nts.distribution")).getAbsolutePath(), "-C", work.toString()));
        try (var entries = Files.list(work)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static int configurePorts(Path home) throws IOException {
        int http = freePort();
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", http);
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", freePort());
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", freePort());
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", freePort());
        return http;
    }

    /** Leaves Karaf only its own system/ folder to install from: no remote, no ~/.m2. */
    private static void cutOffMavenRepositories(Path home) throws IOException {
        Path emptyLocal = Files.createDirectories(home.resolve("no-local-repository"));
        Files.writeString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), String.join(System.lineSeparator(),
                "org.ops4j.pax.url.mvn.useFallbackRepositories = false",
                "org.ops4j.pax.url.mvn.defaultRepositories = ${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots",
                "org.ops4j.pax.url.mvn.repositories =",
                "org.ops4j.pax.url.mvn.localRepository = " + emptyLocal.toAbsolutePath(),
                ""));
    }

    private static void set(Path cfg, String key, int value) throws IOException {
        String text = Files.readString(cfg);
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        String entry = key + " = " + value;
        text = line.find() ? line.replaceAll(Matcher.quoteReplacement(entry)) : text + System.lineSeparator() + entry + System.lineSeparator();
        Files.writeString(cfg, text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(ProcessBuilder command) throws IOException, InterruptedException {
        Process p = command.inheritIO().start();
        assertEquals(0, p.waitFor(), "command failed: " + command.command());
    }
}
