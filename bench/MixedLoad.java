import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLIENTS closed-loop clients for SECONDS, each request one of: a read, a write (a workshop),
 * a PUT with If-Match on one of a few shared organisations (so writers race on one version),
 * and a workflow step on one of a few shared inputs (so steps race). Prints the requests of each
 * kind, the answers of 5xx, the client errors (mostly requests without an answer: timeouts,
 * refused or reset connections, so a server that hangs or drops connections fails too), and
 * the lost updates: versions on which more than one PUT won. All three are failures; their sum
 * is printed as "failures", which must be 0.
 * Usage: java MixedLoad.java BASE_URL CLIENTS SECONDS (login from LOADGEN_AUTH, an operator).
 * MIXED_ONLY=0..3 runs one kind only (2: racing PUTs). A second winner on one version is printed
 * to stderr with the ETag both answered, and the time each answer arrived.
 */
public class MixedLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String base;
    private static String auth;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        auth = "Basic " + Base64.getEncoder().encodeToString(System.getenv("LOADGEN_AUTH").getBytes(StandardCharsets.UTF_8));
        List<Long> organisations = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            organisations.add(id(send("POST", "/organisations", "{\"name\":\"Mixed " + System.nanoTime() + "\",\"kind\":\"SME\",\"country\":\"NL\","
                    + "\"province\":\"Utrecht\"}", null).body()));
        }
        long workshop = id(send("POST", "/workshops", "{\"title\":\"Mixed load\",\"date\":\"2026-06-01\",\"rom\":\"IQ\"}", null).body());
        List<Long> inputs = new java.util.concurrent.CopyOnWriteArrayList<>();

        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger clientErrors = new AtomicInteger();
        Map<String, AtomicInteger> clientErrorKinds = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> winners = new ConcurrentHashMap<>();
        Map<String, String> firstWinner = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    try {
                        int kind = System.getenv("MIXED_ONLY") != null ? Integer.parseInt(System.getenv("MIXED_ONLY")) : random.nextInt(4);
                        HttpResponse<String> answer;
                        if (kind == 0) {
                            answer = send("GET", "/organisations?size=20&sort=-updatedAt", null, null);
                            count(counts, "read");
                        } else if (kind == 1) {
                            answer = send("POST", "/workshops", "{\"title\":\"Mixed " + random.nextInt() + "\",\"date\":\"2026-06-02\",\"rom\":\"IQ\"}", null);
                            count(counts, "write");
                            if (answer.statusCode() == 201 && random.nextInt(3) == 0) {
                                HttpResponse<String> input = send("POST", "/inputs", "{\"workshop\":" + workshop
                                        + ",\"kind\":\"PROPOSAL\",\"theme\":\"TALENT\",\"text\":\"Mixed\"}", null);
                                if (input.statusCode() == 201) {
                                    inputs.add(id(input.body()));
                                }
                                serverErrors.addAndGet(input.statusCode() >= 500 ? 1 : 0);
                            }
                        } else if (kind == 2) {
                            long org = organisations.get(random.nextInt(organisations.size()));
                            HttpResponse<String> read = send("GET", "/organisations/" + org, null, null);
                            String version = read.headers().firstValue("ETag").orElse("\"0\"");
                            answer = send("PUT", "/organisations/" + org, "{\"name\":\"Mixed " + org + "\",\"kind\":\"SME\",\"country\":\"NL\","
                                    + "\"province\":\"Utrecht\",\"city\":\"City " + random.nextInt(1000) + "\"}", version);
                            count(counts, "racing PUT");
                            if (answer.statusCode() == 200) {
                                if (winners.computeIfAbsent(org + "@" + version, k -> new AtomicInteger()).incrementAndGet() > 1) {
                                    System.err.println("second winner on " + org + "@" + version + ": answered ETag "
                                            + answer.headers().firstValue("ETag").orElse("?") + " at " + java.time.Instant.now());
                                }
                                firstWinner.putIfAbsent(org + "@" + version, answer.headers().firstValue("ETag").orElse("?") + " at " + java.time.Instant.now());
                            }
                        } else {
                            if (inputs.isEmpty()) {
                                continue;
                            }
                            long input = inputs.get(random.nextInt(Math.min(inputs.size(), 8)) + Math.max(0, inputs.size() - 8));
                            String step = random.nextBoolean() ? "triage" : "decline";
                            answer = send("POST", "/inputs/" + input + "/transitions", "{\"transition\":\"" + step + "\",\"reason\":\"mixed load\"}", null);
                            count(counts, "racing step");
                        }
                        if (answer.statusCode() >= 500) {
                            serverErrors.incrementAndGet();
                            System.err.println(answer.statusCode() + " " + answer.uri() + ": " + answer.body().substring(0, Math.min(200, answer.body().length())));
                        }
                    } catch (Exception e) {
                        // mostly no answer: a timeout, a refused or reset connection (or an answer without its id)
                        count(clientErrorKinds, e.getClass().getSimpleName());
                        if (clientErrors.incrementAndGet() <= 20) {
                            System.err.println("client error: " + e + " at " + java.time.Instant.now());
                        }
                    }
                }
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        winners.forEach((k, w) -> {
            if (w.get() > 1) {
                System.err.println("first winner on " + k + ": " + firstWinner.get(k));
            }
        });
        long lost = winners.values().stream().filter(w -> w.get() > 1).mapToLong(w -> w.get() - 1).sum();
        long failures = serverErrors.get() + clientErrors.get() + lost;
        System.out.println(clients + " clients, " + seconds + " s: " + counts + "; answers of 5xx: " + serverErrors.get()
                + "; client errors (timeouts, connection errors): " + clientErrors.get() + (clientErrorKinds.isEmpty() ? "" : " " + clientErrorKinds)
                + "; lost updates (more than one PUT won on one version): " + lost + "; failures: " + failures + " (must be 0)");
    }

    private static void count(Map<String, AtomicInteger> counts, String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static long id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> send(String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("Authorization", auth);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
