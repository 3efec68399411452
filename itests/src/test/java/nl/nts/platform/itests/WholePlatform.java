package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything a platform holds as its REST API shows it (every collection and every audit entry in
 * full), and its backup and restore as an operator uses them: for "restored as it was".
 */
final class WholePlatform {

    /** The collections a backup carries, as an operator reads them. */
    static final List<String> COLLECTIONS = List.of("/value-chains", "/organisations", "/workshops", "/inputs", "/plans", "/actions",
            "/funding-calls", "/consortia", "/tokens?user=*");

    /** Every collection's items, and every audit entry as its own page shows it. */
    record Contents(Map<String, List<JsonNode>> collections, Map<Long, JsonNode> audit) {

        long lastAuditEntry() {
            return audit.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        /** Asserts that {@code after} holds the same, audit entries after {@code lastAuditEntry()} (the restore's own) apart. */
        void assertHeldBy(Contents after) {
            for (String collection : COLLECTIONS) {
                assertEquals(collections.get(collection), after.collections().get(collection), collection + " as it was");
            }
            Map<Long, JsonNode> restored = new LinkedHashMap<>(after.audit());
            restored.keySet().removeIf(id -> id > lastAuditEntry());
            assertEquals(audit.keySet(), restored.keySet(), "every audit entry");
            for (Map.Entry<Long, JsonNode> entry : audit.entrySet()) {
                assertEquals(entry.getValue(), restored.get(entry.getKey()), "audit entry " + entry.getKey() + " in full");
            }
        }
    }

    private WholePlatform() {
    }

    static Contents contents(Api api) throws Exception {
        Map<String, List<JsonNode>> collections = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            collections.put(collection, all(api, collection));
        }
        Map<Long, JsonNode> audit = new LinkedHashMap<>();
        for (JsonNode entry : all(api, "/audit")) {
            long id = entry.get("id").asLong();
            audit.put(id, api.get("/audit/" + id).json());
        }
        return new Contents(collections, audit);
    }

    /** Every item of a collection, page by page. */
    static List<JsonNode> all(Api api, String collection) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1;; page++) {
            Api.Answer answer = api.get(collection + (collection.contains("?") ? "&" : "?") + "size=200&page=" + page);
            assertEquals(200, answer.status(), collection + ": " + answer.body());
            JsonNode json = answer.json();
            json.get("items").forEach(items::add);
            if (items.size() >= json.get("total").asInt() || json.get("items").isEmpty()) {
                return items;
            }
        }
    }

    /** A backup job started by the operator, awaited, and its file downloaded. */
    static byte[] backUp(Api api, int port) throws Exception {
        Api.Answer started = api.post("/backups", "");
        assertEquals(202, started.status(), started.body());
        JsonNode done = awaitJob(api, started.header("Location"));
        assertEquals("DONE", done.get("state").asText(), done.toString());
        byte[] file = download(port, done.get("download").asText());
        assertEquals(done.get("bytes").asLong(), file.length);
        return file;
    }

    /** Uploads a backup as the operator; the answer as it came. */
    static Api.Answer upload(int port, byte[] backup) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(operator(URI.create("http://localhost:" + port + "/api/restores"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(backup)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
    }

    /** Restores a backup into the platform at {@code port} and awaits the job, which must end DONE. */
    static JsonNode restore(Api api, int port, byte[] backup) throws Exception {
        Api.Answer restoring = upload(port, backup);
        assertEquals(202, restoring.status(), restoring.body());
        JsonNode restored = awaitJob(api, restoring.header("Location"));
        assertEquals("DONE", restored.get("state").asText(), restored.toString());
        return restored;
    }

    /** Waits for a job (a backup's or a restore's) to leave RUNNING; its last state. */
    static JsonNode awaitJob(Api api, String location) throws Exception {
        // no JUnit 5 here: Pax Exam's probes (JUnit 4) call this too
        if (location == null || !location.contains("/api/")) {
            throw new AssertionError("a job's address: " + location);
        }
        String path = location.substring(location.indexOf("/api/") + 4);
        JsonNode[] job = new JsonNode[1];
        Await.holds("job " + path + " ends", Duration.ofSeconds(300), () -> {
            job[0] = api.get(path).json();
            return !"RUNNING".equals(job[0].get("state").asText());
        });
        return job[0];
    }

    /** Every file of a backup (a zip) as one text. */
    static String unzipped(byte[] zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** Downloads a backup file; {@code link} is absolute or a path on the platform. */
    static byte[] download(int port, String link) throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/").resolve(link);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(operator(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static HttpRequest.Builder operator(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((Api.USER + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
