package nl.nts.platform.plugins.connectorhubspot;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nts.platform.api.plugin.RetryableSourceException;

/**
 * HubSpot's CRM v3 companies over HTTP, with a private app's bearer token: the list endpoint
 * ({@code GET /crm/v3/objects/companies}) for a full read, the search endpoint ({@code POST
 * /crm/v3/objects/companies/search}, filtered and sorted by {@code hs_lastmodifieddate}) for an
 * incremental one; both page with {@code after}. Answers that may succeed later (429, 5xx, a
 * timeout, a refused connection) are {@link RetryableSourceException}s with HubSpot's
 * {@code Retry-After}; others are {@link IOException}s saying what to fix. The token is never in
 * a message.
 */
final class HubSpotClient {

    static final String LAST_MODIFIED = "hs_lastmodifieddate";
    private static final int MESSAGE_MAX = 300;

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final String token;
    private final Duration timeout;

    HubSpotClient(URI base, String token, Duration timeout) {
        this.base = base;
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One page of every company (not archived). */
    JsonNode list(List<String> properties, int limit, String after) throws IOException {
        StringBuilder query = new StringBuilder("limit=").append(limit).append("&archived=false&properties=")
                .append(URLEncoder.encode(String.join(",", properties), StandardCharsets.UTF_8));
        if (after != null) {
            query.append("&after=").append(URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        return send(request("crm/v3/objects/companies?" + query).GET().build());
    }

    /** One page of the companies modified at or after {@code since}, oldest change first. */
    JsonNode modifiedSince(Instant since, List<String> properties, int limit, String after) throws IOException {
        ObjectNode body = json.createObjectNode();
        ObjectNode filter = body.putArray("filterGroups").addObject().putArray("filters").addObject();
        filter.put("propertyName", LAST_MODIFIED).put("operator", "GTE").put("value", String.valueOf(since.toEpochMilli()));
        body.putArray("sorts").addObject().put("propertyName", LAST_MODIFIED).put("direction", "ASCENDING");
        ArrayNode wanted = body.putArray("properties");
        properties.forEach(wanted::add);
        body.put("limit", limit);
        if (after != null) {
            body.put("after", after);
        }
        return send(request("crm/v3/objects/companies/search").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) throws IOException {
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new RetryableSourceException("HubSpot did not answer within " + timeout.toSeconds() + " s", null, e);
        } catch (java.net.ConnectException e) {
            throw new RetryableSourceException("HubSpot cannot be reached at " + base + ": " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading HubSpot");
        }
        int status = answer.statusCode();
        if (status == 200) {
            try {
                return json.readTree(answer.body());
            } catch (IOException e) {
                throw new IOException("HubSpot answered 200 with a body that is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        String retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
        String said = message(answer.body());
        if (status == 429 || status >= 500) {
            throw new RetryableSourceException("HubSpot answered " + status + said, RetryableSourceException.retryAfter(retryAfter));
        }
        if (status == 401) {
            throw new IOException("HubSpot refused the access token (401" + said + "): set the private app's token as .accessToken in "
                    + "this connector's configuration; it needs the scope crm.objects.companies.read");
        }
        if (status == 403) {
            throw new IOException("HubSpot refused the request (403" + said + "): the private app needs the scope crm.objects.companies.read");
        }
        throw new IOException("HubSpot answered " + status + " to " + request.method() + " " + request.uri().getPath() + said);
    }

    /** HubSpot's own words ({@code {"status":"error","message":...}}), short, and never the token. */
    private String message(String body) {
        try {
            JsonNode error = json.readTree(body == null ? "" : body);
            String message = error == null ? null : error.path("message").asText(null);
            if (message == null || message.isBlank()) {
                return "";
            }
            message = message.replace(token, "********").replaceAll("\\s+", " ");
            return ": " + (message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) + "…" : message);
        } catch (IOException e) {
            return "";
        }
    }
}
