import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers for the crash bench: WORKERS threads create workshops until the server stops
 * answering (it is killed with -9 meanwhile), and write the id of every workshop that was
 * acknowledged with 201 to ACKED, one a line. Usage: java CrashWriters.java BASE_URL WORKERS ACKED
 * (login from LOADGEN_AUTH, user:password). With {@code verify} as the first argument it reads
 * ACKED back after the restart and prints how many are lost or half written:
 * java CrashWriters.java verify BASE_URL ACKED.
 */
public class CrashWriters {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("verify")) {
            verify(args[1], Path.of(args[2]));
            return;
        }
        String base = args[0];
        int workers = Integer.parseInt(args[1]);
        Path acked = Path.of(args[2]);
        String auth = "Basic " + Base64.getEncoder().encodeToString(System.getenv("LOADGEN_AUTH").getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        AtomicBoolean down = new AtomicBoolean();
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads[w] = new Thread(() -> {
                for (int i = 0; !down.get(); i++) {
                    String body = "{\"title\":\"crash " + worker + "-" + i + "\",\"date\":\"2026-06-01\",\"rom\":\"BOM\",\"place\":\"Eindhoven\","
                            + "\"participants\":[{\"name\":\"P " + i + "\",\"role\":\"SME\"}]}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/workshops")).timeout(Duration.ofSeconds(10))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 201) {
                            Matcher m = ID.matcher(answer.body());
                            if (m.find()) {
                                ids.add(m.group(1));
                            }
                        }
                    } catch (IOException e) {
                        down.set(true);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acked))) {
            ids.forEach(out::println);
        }
        System.out.println("acknowledged=" + ids.size());
    }

    /** Every acknowledged workshop is there with its participant and its one audit entry. */
    static void verify(String base, Path acked) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(System.getenv("LOADGEN_AUTH").getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        java.util.List<String> ids = Files.readAllLines(acked).stream().filter(l -> !l.isBlank()).toList();
        java.util.concurrent.atomic.AtomicInteger lost = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger half = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        for (String id : ids) {
            pool.submit(() -> {
                try {
                    HttpResponse<String> w = client.send(HttpRequest.newBuilder(URI.create(base + "/workshops/" + id)).header("Authorization", auth)
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (w.statusCode() == 404) {
                        lost.incrementAndGet();
                        return null;
                    }
                    HttpResponse<String> a = client.send(HttpRequest.newBuilder(URI.create(base + "/audit?kind=workshop&action=create&record=" + id))
                            .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
                    if (!w.body().contains("\"participants\":[{") || !a.body().contains("\"total\":1")) {
                        half.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    half.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        System.out.println("acknowledged " + ids.size() + ", lost " + lost + ", half written " + half);
    }
}
