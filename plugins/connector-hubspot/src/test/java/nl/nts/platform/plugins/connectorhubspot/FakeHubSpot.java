package nl.nts.platform.plugins.connectorhubspot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * HubSpot's CRM v3 companies API on 127.0.0.1, speaking its wire format (the pages of
 * {@code wire-formats/hubspot-companies-page*.json}): the list endpoint paged by {@code after}, the
 * search endpoint with a {@code GTE} filter on {@code hs_lastmodifieddate} (epoch milliseconds),
 * sorted ascending, a bearer token (401 with HubSpot's error body otherwise), and answers a test
 * puts first in line ({@link #fail}): 429 with {@code Retry-After}, 500, ... Also used by the
 * integration tests, from the test jar.
 */
public final class FakeHubSpot implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String token;
    private final List<ObjectNode> companies = new CopyOnWriteArrayList<>();
    private final Deque<int[]> failures = new ConcurrentLinkedDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger pagesAnswered = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int holdAt = -1;
    private final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
    /** Every request as "METHOD path?query", and the search bodies. */
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final List<JsonNode> searches = new CopyOnWriteArrayList<>();

    public FakeHubSpot(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/crm/v3/objects/companies", this::answer);
        server.start();
    }

    /** The companies of the wire format's pages, in their order. */
    public FakeHubSpot withWireFormatCompanies() throws IOException {
        for (String page : List.of("hubspot-companies-page1.json", "hubspot-companies-page2.json")) {
            try (InputStream in = FakeHubSpot.class.getResourceAsStream("/wire-formats/" + page)) {
                JSON.readTree(in).path("results").forEach(c -> companies.add((ObjectNode) c.deepCopy()));
            }
        }
        return this;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public List<ObjectNode> companies() {
        return companies;
    }

    /** A company as HubSpot writes one, modified at {@code modified}. */
    public ObjectNode add(String id, String name, String kvk, String modified) {
        ObjectNode c = JSON.createObjectNode().put("id", id);
        ObjectNode p = c.putObject("properties").put("name", name).put("city", "Eindhoven").put("numberofemployees", "12").put("hs_object_id", id)
                .put("createdate", modified).put("hs_lastmodifieddate", modified);
        if (kvk != null) {
            p.put("kvk_number", kvk);
        }
        c.put("createdAt", modified).put("updatedAt", modified).put("archived", false);
        companies.add(c);
        return c;
    }

    /**
     * Holds the request for page {@code page} (counting from 1, over the list and search endpoints)
     * unanswered until {@link #release}: a read in flight, for a test to stop the platform in.
     */
    public void holdPage(int page) {
        holdAt = page;
    }

    /** @return whether the held page was asked for within the time */
    public boolean awaitHeld(java.time.Duration patience) throws InterruptedException {
        return holding.await(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public void release() {
        holdAt = -1;
        held.countDown();
    }

    private void holdIfAsked() throws IOException {
        if (holdAt > 0 && pagesAnswered.incrementAndGet() == holdAt) {
            holding.countDown();
            try {
                held.await(5, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }

    /** The next request is answered {@code status}, with {@code Retry-After: retryAfter} when not negative. */
    public void fail(int status, int retryAfter) {
        failures.add(new int[] {status, retryAfter});
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query));
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"status\":\"error\",\"message\":\"Authentication credentials not found. This API supports OAuth 2.0 "
                        + "authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview\","
                        + "\"correlationId\":\"3a2e6c0e-0000-4000-8000-000000000001\",\"category\":\"INVALID_AUTHENTICATION\"}");
                return;
            }
            int[] failure = failures.poll();
            if (failure != null) {
                if (failure[1] >= 0) {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(failure[1]));
                }
                send(exchange, failure[0], failure[0] == 429
                        ? "{\"status\":\"error\",\"message\":\"You have reached your secondly limit.\",\"errorType\":\"RATE_LIMIT\","
                                + "\"correlationId\":\"3a2e6c0e-0000-4000-8000-000000000002\",\"policyName\":\"SECONDLY\"}"
                        : "{\"status\":\"error\",\"message\":\"internal error\",\"correlationId\":\"3a2e6c0e-0000-4000-8000-000000000003\"}");
                return;
            }
            holdIfAsked();
            if ("GET".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().equals("/crm/v3/objects/companies")) {
                Map<String, String> params = params(query);
                send(exchange, 200, page(companies, params.get("after"), Integer.parseInt(params.getOrDefault("limit", "10")), false));
            } else if ("POST".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().equals("/crm/v3/objects/companies/search")) {
                JsonNode search = JSON.readTree(body);
                searches.add(search);
                JsonNode filter = search.path("filterGroups").path(0).path("filters").path(0);
                long since = Long.parseLong(filter.path("value").asText());
                List<ObjectNode> matching = new ArrayList<>(companies.stream()
                        .filter(c -> modified(c).toEpochMilli() >= since).toList());
                matching.sort(Comparator.comparing(FakeHubSpot::modified));
                send(exchange, 200, page(matching, search.path("after").asText(null), search.path("limit").asInt(10), true));
            } else {
                send(exchange, 404, "{\"status\":\"error\",\"message\":\"Unable to route request\"}");
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "{\"status\":\"error\",\"message\":\"" + e + "\"}");
        }
    }

    private static Instant modified(JsonNode company) {
        return Instant.parse(company.path("properties").path("hs_lastmodifieddate").asText());
    }

    /** HubSpot's page: the results from the company whose id is {@code after}, and the next page's {@code after}. */
    private String page(List<ObjectNode> all, String after, int limit, boolean search) {
        int from = 0;
        if (after != null) {
            from = search ? Integer.parseInt(after) : indexOf(all, after);
        }
        int to = Math.min(all.size(), from + limit);
        ObjectNode page = JSON.createObjectNode();
        if (search) {
            page.put("total", all.size());
        }
        ArrayNode results = page.putArray("results");
        all.subList(from, to).forEach(results::add);
        if (to < all.size()) {
            String next = search ? String.valueOf(to) : all.get(to).path("id").asText();
            page.putObject("paging").putObject("next").put("after", next).put("link", url() + "crm/v3/objects/companies?limit=" + limit + "&after=" + next);
        }
        try {
            return JSON.writeValueAsString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(List<ObjectNode> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        return all.size();
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                params.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
