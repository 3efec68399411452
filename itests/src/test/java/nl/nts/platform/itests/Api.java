package nl.nts.platform.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A client of the platform's REST API over real HTTP. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The user the tests log in as: a kia-operator (see NtsDistribution). */
    static final String USER = "itest";
    static final String PASSWORD = "itest-password";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String base;
    private final String authorization;

    /** A client logged in as the tests' operator. */
    Api(int port) {
        this(port, USER, PASSWORD);
    }

    /** A client logged in as this user, or anonymous when {@code user} is null. */
    Api(int port, String user, String password) {
        this.port = port;
        this.base = "http://localhost:" + port + "/api";
        this.authorization = user == null ? null
                : "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A client that sends a personal API token. */
    static Api bearer(int port, String secret) {
        return new Api(port, "Bearer " + secret);
    }

    private Api(int port, String authorization) {
        this.port = port;
        this.base = "http://localhost:" + port + "/api";
        this.authorization = authorization;
    }

    /** A client that does not log in. */
    static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /**
     * How long a start of the distribution may take before its API answers: about 15 s on an idle
     * machine of 2 cores, several times that while other builds and tests share the cores.
     */
    static final Duration START = Duration.ofSeconds(180);

    /**
     * Waits for the API to answer, as the boot features start asynchronously: first for the
     * public reads without a login (a starting platform is not asked to check passwords over and
     * over), then for this client's own answer. A login while the realm starts answers 503 and
     * is retried; a 429 (an account locked) would mean the guard counted those, and fails here.
     */
    void awaitReady(Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        Api anonymous = new Api(port, (String) null);
        awaitOk(anonymous, end, deadline);
        if (authorization != null) {
            awaitOk(this, end, deadline);
        }
    }

    private static void awaitOk(Api api, Instant end, Duration deadline) throws InterruptedException {
        String last = "no answer";
        while (Instant.now().isBefore(end)) {
            try {
                Answer answer = api.get("/value-chains");
                if (answer.status() == 200) {
                    return;
                }
                if (answer.status() == 429) {
                    throw new AssertionError("the account was locked while the platform started: " + answer.body());
                }
                last = "HTTP " + answer.status() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the API did not answer within " + deadline + (api.authorization == null ? " (anonymous)" : "") + ": " + last);
    }

    /**
     * Waits until GET {@code path} answers {@code status}, polling with a deadline; tolerates the
     * API restarting meanwhile (CXF's 404, refused connections).
     */
    Answer awaitStatus(String path, int status, Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        String last = "no answer";
        while (Instant.now().isBefore(end)) {
            try {
                Answer answer = get(path);
                if (answer.status() == status) {
                    return answer;
                }
                last = "HTTP " + answer.status() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET " + path + " did not answer " + status + " within " + deadline + ": " + last);
    }

    /** A GET whose answer is kept as bytes (a PDF, a spreadsheet). */
    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer send(String method, String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
