import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop HTTP load generator: N workers, each sending GET requests back to back for a
 * while, then a line of figures. Run with: java LoadGen.java URL WORKERS SECONDS [WARMUP_SECONDS]; set
 * LOADGEN_AUTH=user:password to log in with HTTP Basic, LOADGEN_BEARER=secret to send an API
 * token instead, and LOADGEN_BODY=json to POST that body instead of GET (answers 200 and 201
 * count as served). URL may be several, comma-separated: the requests go to them in turn (round
 * robin), as a load balancer in front of several nodes sends them.
 */
public class LoadGen {

    record WorkerResult(long[] latenciesNanos, int count, int failed, String firstFailure) {
    }

    public static void main(String[] args) throws Exception {
        List<URI> uris = Arrays.stream(args[0].split(",")).map(String::strip).map(URI::create).toList();
        int workers = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = uris.stream().map(LoadGen::request).toList();

        run(client, requests, workers, warmup); // JIT, pools and caches warm up; figures discarded
        long start = System.nanoTime();
        List<WorkerResult> results = run(client, requests, workers, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;

        int count = results.stream().mapToInt(WorkerResult::count).sum();
        int failed = results.stream().mapToInt(WorkerResult::failed).sum();
        long[] all = new long[count];
        int at = 0;
        for (WorkerResult r : results) {
            System.arraycopy(r.latenciesNanos(), 0, all, at, r.count());
            at += r.count();
        }
        Arrays.sort(all);
        System.out.printf("workers=%d requests=%d failed=%d rps=%.0f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                workers, count, failed, count / elapsed, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        results.stream().map(WorkerResult::firstFailure).filter(f -> f != null).findFirst()
                .ifPresent(f -> System.out.println("first failure: " + f));
    }

    private static HttpRequest request(URI uri) {
        String body = System.getenv("LOADGEN_BODY");
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (body != null && !body.isBlank()) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.GET();
        }
        String auth = System.getenv("LOADGEN_AUTH"); // user:password, for HTTP Basic
        String bearer = System.getenv("LOADGEN_BEARER");
        if (bearer != null && !bearer.isBlank()) {
            builder.header("Authorization", "Bearer " + bearer);
        } else if (auth != null && !auth.isBlank()) {
            builder.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(auth.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private static List<WorkerResult> run(HttpClient client, List<HttpRequest> requests, int workers, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        java.util.concurrent.atomic.AtomicLong turn = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<WorkerResult>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    int failed = 0;
                    String firstFailure = null;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpRequest request = requests.get((int) (turn.getAndIncrement() % requests.size()));
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200 && response.statusCode() != 201) {
                                failed++;
                                firstFailure = firstFailure == null ? "HTTP " + response.statusCode() : firstFailure;
                            }
                        } catch (Exception e) {
                            failed++;
                            firstFailure = firstFailure == null ? e.toString() : firstFailure;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    return new WorkerResult(latencies, n, failed, firstFailure);
                }));
            }
            List<WorkerResult> results = new ArrayList<>();
            for (Future<WorkerResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
