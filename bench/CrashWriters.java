import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers for the crash bench: WORKERS threads create workshops until the server is gone (it is
 * killed with -9 meanwhile: a connection is refused), and write the id of every workshop that was
 * acknowledged with 201 to ACKED, one a line; ACKED.started appears with the first 201. A timeout or a connection closed mid-request does
 * not stop a writer: its next request tells whether the server is gone (or a minute without any
 * answer does). Usage:
 * java CrashWriters.java BASE_URL WORKERS ACKED (login from LOADGEN_AUTH, user:password).
 * With {@code verify} as the first argument it reads ACKED back after the restart and prints how
 * many are lost, half written, or unverified (the check itself got no answer, or not a 200):
 * java CrashWriters.java verify BASE_URL ACKED.
 */
public class CrashWriters {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** Marks that writes are being acknowledged: the bench's clock to the kill starts then, not when this JVM does. */
    private static void touch(Path mark) {
        try {
            Files.writeString(mark, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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
        AtomicBoolean started = new AtomicBoolean();
        Path startedMark = Path.of(acked + ".started");
        AtomicInteger timeouts = new AtomicInteger();
        AtomicInteger otherErrors = new AtomicInteger();
        AtomicInteger notCreated = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong lastAnswer = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
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
                            if (started.compareAndSet(false, true)) {
                                touch(startedMark);
                            }
                        } else {
                            notCreated.incrementAndGet();
                        }
                        lastAnswer.set(System.nanoTime());
                    } catch (ConnectException e) {
                        down.set(true); // refused: the server is gone
                    } catch (HttpTimeoutException e) {
                        timeouts.incrementAndGet();
                        giveUpAfterSilence(lastAnswer, down);
                    } catch (IOException e) {
                        otherErrors.incrementAndGet(); // e.g. reset or closed mid-request; the next request tells
                        giveUpAfterSilence(lastAnswer, down);
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
        System.out.println("acknowledged=" + ids.size() + " not-201=" + notCreated + " timeouts=" + timeouts + " other-io-errors=" + otherErrors);
    }

    /** No answer at all for a minute, to any writer: the server is gone even if nothing refused. */
    private static void giveUpAfterSilence(java.util.concurrent.atomic.AtomicLong lastAnswer, AtomicBoolean down) {
        if (System.nanoTime() - lastAnswer.get() > Duration.ofMinutes(1).toNanos()) {
            down.set(true);
        }
    }

    /**
     * Every acknowledged workshop is there with its participant and its one audit entry. One whose
     * check got no answer (an I/O error, a timeout) or not a 200 is unverified, not half written.
     */
    static void verify(String base, Path acked) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(System.getenv("LOADGEN_AUTH").getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        java.util.List<String> ids = Files.readAllLines(acked).stream().filter(l -> !l.isBlank()).toList();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger half = new AtomicInteger();
        AtomicInteger whole = new AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        for (String id : ids) {
            pool.submit(() -> {
                try {
                    HttpResponse<String> w = client.send(HttpRequest.newBuilder(URI.create(base + "/workshops/" + id)).header("Authorization", auth)
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (w.statusCode() == 404) {
                        lost.incrementAndGet();
                        return null;
                    }
                    HttpResponse<String> a = client.send(HttpRequest.newBuilder(URI.create(base + "/audit?kind=workshop&action=create&record=" + id))
                            .header("Authorization", auth).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (w.statusCode() != 200 || a.statusCode() != 200) {
                        System.err.println("unverified " + id + ": workshop answered " + w.statusCode() + ", audit " + a.statusCode());
                    } else if (!w.body().contains("\"participants\":[{") || !a.body().contains("\"total\":1")) {
                        half.incrementAndGet();
                    } else {
                        whole.incrementAndGet();
                    }
                } catch (Exception e) {
                    System.err.println("unverified " + id + ": " + e);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        // not lost, half written nor whole: its check failed (or had not finished)
        int unverified = ids.size() - lost.get() - half.get() - whole.get();
        System.out.println("acknowledged " + ids.size() + ", lost " + lost + ", half written " + half + ", unverified " + unverified);
    }
}
