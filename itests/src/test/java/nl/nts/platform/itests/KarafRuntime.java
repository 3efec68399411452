package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One runtime of the distribution as an operator has it: a fresh unpack of the archive, started
 * with {@code bin/karaf server} on free ports with no Maven repository but its own system/
 * folder, stopped with SIGTERM. Several may share one database folder, one after the other, as
 * a rebuild or an upgrade does.
 */
final class KarafRuntime implements AutoCloseable {

    final Path home;
    final int port;
    private Process karaf;

    private KarafRuntime(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** A fresh unpack under target/itest/NAME, with the tests' users. */
    static KarafRuntime unpack(String name, String... users) throws IOException, InterruptedException {
        Path work = Paths.get(System.getProperty("nts.itest.dir", "target/itest"), name);
        if (Files.exists(work)) {
            run(new ProcessBuilder("rm", "-rf", work.toString()));
        }
        Files.createDirectories(work);
        run(new ProcessBuilder("tar", "xzf", new File(System.getProperty("nts.distribution")).getAbsolutePath(), "-C", work.toString()));
        Path home;
        try (var entries = Files.list(work)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int http = freePort();
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(http));
        // tests listen on loopback only
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(freePort()));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshHost", "127.0.0.1");
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(freePort()));
        // only its own system/ folder to install from: no remote repository, no ~/.m2
        Path emptyLocal = Files.createDirectories(home.resolve("no-local-repository"));
        Files.writeString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), String.join(System.lineSeparator(),
                "org.ops4j.pax.url.mvn.useFallbackRepositories = false",
                "org.ops4j.pax.url.mvn.defaultRepositories = ${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots",
                "org.ops4j.pax.url.mvn.repositories =",
                "org.ops4j.pax.url.mvn.localRepository = " + emptyLocal.toAbsolutePath(),
                ""));
        StringBuilder accounts = new StringBuilder(System.lineSeparator() + Api.USER + " = " + Api.PASSWORD + ",kia-operator" + System.lineSeparator());
        for (String user : users) {
            accounts.append(user).append(System.lineSeparator());
        }
        Files.writeString(home.resolve("etc/users.properties"), accounts, StandardOpenOption.APPEND);
        return new KarafRuntime(home, http);
    }

    /** Writes a configuration file into etc/ before the start. */
    KarafRuntime configure(String pid, String key, String value) throws IOException {
        Path cfg = home.resolve("etc/" + pid + ".cfg");
        if (!Files.exists(cfg)) {
            Files.writeString(cfg, "");
        }
        set(cfg, key, value);
        return this;
    }

    /** Uses this PostgreSQL database: the four lines the README tells an operator to change. */
    KarafRuntime onPostgres(String url) throws IOException {
        return configure("org.ops4j.datasource-nts", "osgi.jdbc.driver.class", "org.postgresql.Driver")
                .configure("org.ops4j.datasource-nts", "url", url)
                .configure("org.ops4j.datasource-nts", "user", PostgresDatabases.USER)
                .configure("org.ops4j.datasource-nts", "password", PostgresDatabases.PASSWORD);
    }

    /** Sets a system property in etc/system.properties before the start (e.g. {@code nts.node}). */
    KarafRuntime systemProperty(String key, String value) throws IOException {
        set(home.resolve("etc/system.properties"), key, value);
        return this;
    }

    /** Takes over another runtime's database, as run.sh does when it unpacks a new build. */
    KarafRuntime takeDatabaseOf(KarafRuntime other) throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("data"));
        run(new ProcessBuilder("mv", other.home.resolve("data/nts").toString(), home.resolve("data/nts").toString()));
        return this;
    }

    /**
     * Runs Karaf shell commands as an operator would, with {@code bin/client} in batch mode over SSH;
     * @return what they printed
     * @param user a user with the roles {@code ssh} and, for Karaf's management commands, {@code kia-operator}
     */
    String shell(String user, String password, String... commands) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-u", user, "-p", password, "-r", "30", "-d", "1", "-b")
                .directory(home.toFile()).redirectErrorStream(true).start();
        client.getOutputStream().write((String.join(System.lineSeparator(), commands) + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String out = new String(client.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(client.waitFor(120, TimeUnit.SECONDS), "bin/client ends");
        return out;
    }

    /** A free port on this machine. */
    static int port() throws IOException {
        return freePort();
    }

    Api api() {
        return new Api(port);
    }

    Api api(String user, String password) {
        return new Api(port, user, password);
    }

    KarafRuntime start() throws IOException {
        return start("state-admin-password");
    }

    /** @param adminPassword what a first start gives the account 'admin' (NTS_ADMIN_PASSWORD) */
    KarafRuntime start(String adminPassword) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // the JVM replaces the script, so a signal reaches Karaf's shutdown hook
        builder.environment().put("KARAF_EXEC", "exec");
        builder.environment().put("NTS_ADMIN_PASSWORD", adminPassword);
        karaf = builder.start();
        return this;
    }

    /** SIGTERM, as Ctrl-C or a service manager sends it. */
    void stop() throws InterruptedException {
        karaf.destroy();
        assertTrue(karaf.waitFor(90, TimeUnit.SECONDS), "Karaf stops within 90 s of SIGTERM");
    }

    /** SIGKILL, as {@code kill -9} or a power cut: no shutdown hook runs. */
    void kill() throws InterruptedException {
        karaf.destroyForcibly();
        assertTrue(karaf.waitFor(30, TimeUnit.SECONDS), "Karaf is gone within 30 s of SIGKILL");
    }

    /**
     * Waits for the API as {@link Api#awaitReady} does; when it does not answer in time, the
     * failure says why as far as the runtime can tell (see {@link #diagnosis}).
     */
    void awaitReady(Api api) throws InterruptedException, IOException {
        try {
            api.awaitReady(Api.START);
        } catch (AssertionError notReady) {
            throw new AssertionError(notReady.getMessage() + System.lineSeparator() + diagnosis(), notReady);
        }
    }

    /**
     * What a start that does not answer leaves to go on, for a failure message that CI prints:
     * whether the process lives, the warnings and errors of karaf.log, the end of console.log,
     * and, from a thread dump (kept whole in threads.txt beside the runtime), the threads that
     * are starting something: Felix's start level and its components, the features service,
     * Pax Web, and any thread in the platform's own code.
     */
    String diagnosis() throws IOException, InterruptedException {
        StringBuilder why = new StringBuilder();
        boolean alive = karaf != null && karaf.isAlive();
        why.append("runtime ").append(home).append(alive ? ": the process lives" : ": the process has ended"
                + (karaf == null ? "" : " with " + karaf.exitValue())).append(System.lineSeparator());
        List<String> warnings = log().lines().filter(l -> l.contains("| WARN ") || l.contains("| ERROR"))
                .filter(l -> !l.contains("Can't find the request for")).toList();
        why.append("karaf.log, its last warnings and errors:").append(System.lineSeparator());
        warnings.subList(Math.max(0, warnings.size() - 25), warnings.size())
                .forEach(l -> why.append("  ").append(l, 0, Math.min(l.length(), 400)).append(System.lineSeparator()));
        Path console = home.resolve("console.log");
        if (Files.exists(console)) {
            List<String> lines = Files.readAllLines(console);
            why.append("console.log, its end:").append(System.lineSeparator());
            lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> why.append("  ").append(l).append(System.lineSeparator()));
        }
        if (alive) {
            Path dump = home.resolve("threads.txt");
            Process jcmd = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(karaf.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            if (jcmd.waitFor(60, TimeUnit.SECONDS)) {
                why.append("threads starting something (all in ").append(dump).append("):").append(System.lineSeparator());
                for (String thread : Files.readString(dump).split("\\R\\R")) {
                    if (thread.startsWith("\"") && (thread.matches("(?s)\"(FelixStartLevel|features-|paxweb|CM Configuration|SCR|nts-).*")
                            || thread.contains("nl.nts.platform")) && !idle(thread)) {
                        thread.lines().limit(25).forEach(l -> why.append("  ").append(l).append(System.lineSeparator()));
                    }
                }
            } else {
                jcmd.destroyForcibly();
            }
        }
        return why.toString();
    }

    /** A thread waiting for work to come: a queue's take, a pool's next task, the start level's own wait. */
    private static boolean idle(String thread) {
        List<String> frames = thread.lines().filter(l -> l.trim().startsWith("at ")).limit(12).toList();
        return frames.stream().anyMatch(f -> f.contains("BlockingDeque.take") || f.contains("BlockingQueue.take")
                || f.contains("ThreadPoolExecutor.getTask") || f.contains("FrameworkStartLevelImpl.run"))
                && frames.stream().noneMatch(f -> f.contains("nl.nts.platform"));
    }

    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (karaf != null && karaf.isAlive()) {
            karaf.destroy();
            if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
                karaf.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void set(Path cfg, String key, String value) throws IOException {
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
