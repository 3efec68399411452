package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every example of the README, run as a new user runs it: {@code ./run.sh} on a fresh checkout
 * (the built archive, nothing else), then each {@code curl} and {@code ./run.sh shell} line of the
 * README's {@code sh} blocks and each whole command of its shell table, in order, as written but
 * for the port. Each must answer as the README
 * says: a success (2xx, or the status its comment names first, as in {@code # 204: ...}) with
 * something in it (a non-empty body or file, a page with items) unless its comment says
 * {@code empty}; a shell line must print something and no error. The README's placeholder for a
 * token's secret ({@code nts_Ab3x...}) is the secret the token example before it answered; an
 * example whose comment says {@code once DONE} is tried again until it succeeds (a backup being
 * written). The other lines of the blocks start processes ({@code ./run.sh}, {@code mvn},
 * {@code bin/karaf}): this test does the first itself and leaves the others to the build.
 * When it fails, the checkout stays in {@code target/itest/readme}: {@code run.log}, and the
 * platform's log under {@code runtime/nts-platform/data/log/}.
 */
class ReadmeExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEADING_STATUS = Pattern.compile("^\\s*([1-5]\\d\\d)\\b");
    private static final String SECRET_PLACEHOLDER = "nts_Ab3x...";
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    /** Loads only into an empty database: on the demo, which holds the sample data, it must say so in one line. */
    private static final String REFUSED_ON_THE_DEMO = "./run.sh shell nts:load-sample-data";

    /** One example: its line in the README, the command as written, and its comment. */
    record Example(int line, String command, String comment) {

        boolean shell() {
            return command.startsWith("./run.sh shell");
        }

        boolean allowsEmpty() {
            return comment.contains("empty");
        }

        Integer status() {
            Matcher m = LEADING_STATUS.matcher(comment);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
    }

    /**
     * The {@code curl} and {@code ./run.sh shell} lines of the README's {@code sh} blocks (continuation
     * lines joined), and the commands the shell table shows whole (a code span of its first column
     * with no {@code [option]}, {@code <placeholder>} or {@code ...}), in the README's order.
     */
    static List<Example> examples(List<String> readme) {
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        boolean inShellTable = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock && line.equals("```sh");
                continue;
            }
            if (!inBlock && line.startsWith("#")) {
                inShellTable = line.startsWith("### Karaf shell");
            }
            if (inShellTable && line.startsWith("| `nts:")) {
                Matcher span = CODE_SPAN.matcher(line.split("\\|")[1]);
                while (span.find()) {
                    String command = span.group(1);
                    if (!command.contains("[") && !command.contains("<") && !command.contains("...")) {
                        examples.add(new Example(i + 1, "./run.sh shell " + command, ""));
                    }
                }
                continue;
            }
            if (!inBlock || !(line.startsWith("curl ") || line.startsWith("./run.sh shell"))) {
                continue;
            }
            int first = i + 1;
            StringBuilder command = new StringBuilder();
            String part = line;
            while (part.endsWith("\\") && i + 1 < readme.size()) {
                command.append(part, 0, part.length() - 1).append(' ');
                part = readme.get(++i).strip();
            }
            command.append(part);
            String[] split = splitComment(command.toString());
            examples.add(new Example(first, split[0], split[1]));
        }
        return examples;
    }

    /** The command and its comment: a {@code #} outside quotes after a blank. */
    private static String[] splitComment(String text) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                return new String[] {text.substring(0, i).strip(), text.substring(i + 1).strip()};
            }
        }
        return new String[] {text.strip(), ""};
    }

    @Test
    void everyExampleOfTheReadmeAnswersAsTheReadmeSays() throws Exception {
        Path repository = Paths.get("..").toAbsolutePath().normalize();
        List<Example> examples = examples(Files.readAllLines(repository.resolve("README.md")));
        assertTrue(examples.size() >= 45, "the README's examples were found: " + examples.size());
        assertTrue(examples.stream().anyMatch(Example::shell), "shell examples too");

        Path checkout = Paths.get(System.getProperty("nts.itest.dir", "target/itest"), "readme").toAbsolutePath();
        run(new ProcessBuilder("rm", "-rf", checkout.toString()));
        Files.createDirectories(checkout.resolve("distribution/target"));
        Files.copy(repository.resolve("run.sh"), checkout.resolve("run.sh"));
        File archive = new File(System.getProperty("nts.distribution"));
        Files.createSymbolicLink(checkout.resolve("distribution/target").resolve(archive.getName()), archive.toPath().toAbsolutePath());
        int port = freePorts();

        ProcessBuilder start = new ProcessBuilder("bash", "run.sh").directory(checkout.toFile()).redirectErrorStream(true)
                .redirectOutput(checkout.resolve("run.log").toFile());
        start.environment().put("NTS_HTTP_PORT", String.valueOf(port));
        start.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process platform = start.start();
        try {
            Api kia = new Api(port, "kia", "kia-demo");
            kia.awaitReady(Api.START);
            Await.holds("the sample data", Api.START, () -> kia.get("/plans/1").status() == 200);
            Await.holds("the demo users", Duration.ofSeconds(60), () -> new Api(port, "bom-member", "bom-member-demo").get("/tokens").status() == 200);

            String secret = null;
            List<String> failures = new ArrayList<>();
            for (Example example : examples) {
                String command = example.command().replace("localhost:8181", "localhost:" + port);
                if (command.contains(SECRET_PLACEHOLDER)) {
                    assertTrue(secret != null, "README line " + example.line() + " uses a token's secret, and no example before it created a token");
                    command = command.replace(SECRET_PLACEHOLDER, secret);
                }
                Instant deadline = Instant.now().plus(example.comment().contains("once DONE") ? Duration.ofSeconds(120) : Duration.ZERO);
                String failure;
                String body;
                while (true) {
                    Outcome outcome = example.shell() ? shell(checkout, command) : curl(checkout, command);
                    body = outcome.body;
                    failure = judge(example, command, outcome, checkout);
                    if (failure == null || Instant.now().isAfter(deadline)) {
                        break;
                    }
                    TimeUnit.SECONDS.sleep(1);
                }
                if (failure != null) {
                    failures.add("README line " + example.line() + ": " + example.command() + "\n    " + failure);
                }
                Matcher issued = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                if (issued.find()) {
                    secret = issued.group(1);
                }
            }
            assertEquals("", String.join("\n", failures), failures.size() + " of " + examples.size() + " README examples do not answer as written");
        } finally {
            platform.destroy();
            if (!platform.waitFor(60, TimeUnit.SECONDS)) {
                platform.destroyForcibly();
            }
        }
    }

    private record Outcome(int exit, Integer status, String body) {
    }

    /** Runs a curl line with its answer's status added after the body. */
    private static Outcome curl(Path checkout, String command) throws IOException, InterruptedException {
        Outcome run = bash(checkout, command + " -w '\\n%{http_code}'");
        String out = run.body;
        int last = out.lastIndexOf('\n');
        String code = out.substring(last + 1).strip();
        return new Outcome(run.exit, code.matches("\\d{3}") ? Integer.valueOf(code) : null, last < 0 ? "" : out.substring(0, last));
    }

    private static Outcome shell(Path checkout, String command) throws IOException, InterruptedException {
        return bash(checkout, command);
    }

    private static Outcome bash(Path checkout, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command).directory(checkout.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Outcome(p.exitValue(), null, new String(out, StandardCharsets.UTF_8));
    }

    /** @return what is wrong with the outcome, or null when it answers as the README says */
    private static String judge(Example example, String command, Outcome outcome, Path checkout) throws IOException {
        String shown = abbreviate(outcome.body);
        if (example.command().equals(REFUSED_ON_THE_DEMO)) {
            return outcome.body.contains("only loaded into an empty database") && outcome.body.strip().lines().count() == 1 ? null
                    : "not refused in one line: " + shown;
        }
        if (example.shell()) {
            if (outcome.exit != 0) {
                return "exit " + outcome.exit + ": " + shown;
            }
            for (String line : outcome.body.split("\n")) {
                if (line.startsWith("Error") || line.contains("Command not found") || line.contains("Exception")) {
                    return "the shell said: " + line.strip();
                }
            }
            return outcome.body.isBlank() && !example.allowsEmpty() ? "printed nothing" : null;
        }
        if (outcome.status == null) {
            return "no HTTP answer (curl exit " + outcome.exit + "): " + shown;
        }
        Integer expected = example.status();
        if (expected != null ? outcome.status.intValue() != expected : outcome.status < 200 || outcome.status > 299) {
            return "HTTP " + outcome.status + " where the README says " + (expected == null ? "it works" : expected) + ": " + shown;
        }
        if (expected != null && (expected < 200 || expected > 299) || example.allowsEmpty() || outcome.status == 204) {
            return null;
        }
        Matcher file = Pattern.compile("-o\\s+(\\S+)").matcher(command);
        if (file.find()) {
            Path written = checkout.resolve(file.group(1));
            return Files.exists(written) && Files.size(written) > 0 ? null : "wrote no file " + file.group(1);
        }
        if (outcome.body.isBlank()) {
            return "answered nothing";
        }
        String json = outcome.body.substring(Math.max(0, outcome.body.indexOf("\r\n\r\n")));
        if (json.strip().startsWith("{")) {
            JsonNode answer = JSON.readTree(json.strip());
            if (answer.has("items") && answer.get("items").isEmpty()) {
                return "an empty page where the README shows data: " + shown;
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ').strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }

    /** A port whose next three are free too: run.sh puts SSH and JMX there. */
    private static int freePorts() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (port > 65_000) {
                continue;
            }
            boolean free = true;
            for (int next = 1; next <= 3 && free; next++) {
                try (ServerSocket socket = new ServerSocket(port + next)) {
                    free = true;
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return port;
            }
        }
        throw new IOException("no four free ports in a row");
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        assertEquals(0, builder.inheritIO().start().waitFor(), String.join(" ", builder.command()));
    }
}
