package nl.nts.platform.plugins.connectorsedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.plugin.RetryableSourceException;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * The Funding &amp; Tenders connector against a search API on 127.0.0.1 that answers the wire format
 * ({@code wire-formats/sedia-search-response.json}), paged by {@code pageNumber}, to a multipart POST.
 */
class SediaCallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> results = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<int[]> failures = new ConcurrentLinkedDeque<>();

    SediaCallsTest() throws IOException {
        try (InputStream in = SediaCallsTest.class.getResourceAsStream("/wire-formats/sedia-search-response.json")) {
            JSON.readTree(in).path("results").forEach(results::add);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/search-api/prod/rest/search", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + "?" + query + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int[] failure = failures.poll();
            if (failure != null) {
                if (failure[1] >= 0) {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(failure[1]));
                }
                send(exchange, failure[0], "{\"message\":\"busy\"}");
                return;
            }
            Map<String, String> params = new HashMap<>();
            for (String part : query.split("&")) {
                params.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
            }
            int size = Integer.parseInt(params.get("pageSize"));
            int number = Integer.parseInt(params.get("pageNumber"));
            ObjectNode page = JSON.createObjectNode().put("apiVersion", "2.109").put("terms", "***").put("totalResults", results.size())
                    .put("pageNumber", number).put("pageSize", size).put("sort", "deadlineDate:ASC");
            ArrayNode list = page.putArray("results");
            results.stream().skip((long) (number - 1) * size).limit(size).forEach(list::add);
            send(exchange, 200, JSON.writeValueAsString(page));
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private SediaCalls connector() {
        Map<String, Object> given = Map.of("searchUrl", "http://127.0.0.1:" + server.getAddress().getPort() + "/search-api/prod/rest/search");
        SediaCalls.Config config = (SediaCalls.Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SediaCalls.Config.class},
                (proxy, method, args) -> given.containsKey(method.getName()) ? given.get(method.getName()) : method.getDefaultValue());
        return new SediaCalls(config);
    }

    private List<SourcePage<FundingCall>> readAll(int pageSize) throws IOException {
        SediaCalls connector = connector();
        List<SourcePage<FundingCall>> pages = new ArrayList<>();
        String cursor = null;
        do {
            SourcePage<FundingCall> page = connector.read(cursor, pageSize);
            pages.add(page);
            cursor = page.next();
        } while (cursor != null);
        return pages;
    }

    @Test
    void theCallsOfTheDefenceFundAndHorizonEuropeComePageByPageWithTheirCodesMapped() throws IOException {
        List<SourcePage<FundingCall>> pages = readAll(1);
        assertEquals(2, pages.size());
        FundingCall edf = pages.get(0).records().get(0);
        assertEquals(FundingCall.builder().source("SEDIA").identifier("EDF-2025-DA-SENS-EXAMPLE-01").title("Sensor packaging for defence platforms")
                .programme("European Defence Fund").opening(Instant.parse("2025-06-12T00:00:00Z")).deadline(Instant.parse("2025-10-16T17:00:00Z"))
                .budget(new BigDecimal("25000000")).status(CallStatus.OPEN)
                .url("https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/EDF-2025-DA-SENS-EXAMPLE-01")
                .build(), edf);
        FundingCall horizon = pages.get(1).records().get(0);
        assertEquals("Horizon Europe", horizon.programme());
        assertEquals(CallStatus.FORTHCOMING, horizon.status());
        assertNull(pages.get(1).next());
        assertTrue(requests.get(0).startsWith("POST /search-api/prod/rest/search?apiKey=SEDIA&text=***&pageSize=1&pageNumber=1 multipart/form-data; boundary="),
                requests.get(0));
        assertTrue(requests.get(1).contains("&pageNumber=2 "), requests.get(1));
        String body = bodies.get(0);
        assertTrue(body.contains("Content-Disposition: form-data; name=\"query\""), body);
        assertTrue(body.contains("{\"terms\":{\"frameworkProgramme\":[\"43108390\",\"44181033\"]}}"), body);
        assertTrue(body.contains("{\"terms\":{\"status\":[\"31094501\",\"31094502\"]}}"), body);
        assertTrue(body.contains("name=\"sort\"") && body.contains("\"field\":\"deadlineDate\""), body);
    }

    @Test
    void aTopicInSeveralLanguagesIsOneCallAndAResultWithoutMetadataIsHandedOnForTheCoreToRefuse() throws IOException {
        ObjectNode french = results.get(0).deepCopy();
        french.put("reference", "EDF-2025-DA-SENS-EXAMPLE-01fr").put("language", "fr");
        results.add(1, french);
        results.add(JSON.readTree("{\"reference\":\"broken\",\"summary\":\"no metadata\"}"));
        ObjectNode noDeadline = results.get(2).deepCopy();
        ((ObjectNode) noDeadline.get("metadata")).remove("deadlineDate");
        ((ObjectNode) noDeadline.get("metadata")).putArray("identifier").add("HORIZON-EXAMPLE-03");
        results.add(noDeadline);
        List<FundingCall> calls = readAll(100).get(0).records();
        assertEquals(List.of("EDF-2025-DA-SENS-EXAMPLE-01", "HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02", "HORIZON-EXAMPLE-03"),
                calls.stream().map(FundingCall::identifier).limit(3).toList());
        assertNull(calls.get(2).deadline(), "a field the portal leaves out is absent");
        assertNull(calls.get(3).identifier(), "no identifier: the core refuses it, saying so");
        assertEquals("no metadata", calls.get(3).title());
    }

    @Test
    void aBusyPortalIsWorthRetryingAndAnotherRefusalSaysWhatToCheck() throws IOException {
        SediaCalls connector = connector();
        failures.add(new int[] {429, 3});
        assertEquals(Duration.ofSeconds(3), assertThrows(RetryableSourceException.class, () -> connector.read(null, 10)).retryAfter());
        failures.add(new int[] {503, -1});
        assertNull(assertThrows(RetryableSourceException.class, () -> connector.read(null, 10)).retryAfter());
        assertEquals(2, connector.read(null, 10).records().size());
        failures.add(new int[] {403, -1});
        IOException refused = assertThrows(IOException.class, () -> connector.read(null, 10));
        assertFalse(refused instanceof RetryableSourceException);
        assertTrue(refused.getMessage().contains("check searchUrl and apiKey"), refused.getMessage());
        assertEquals("EU Funding & Tenders calls (Horizon Europe, European Defence Fund)", connector.name());
    }
}
