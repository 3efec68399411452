package nl.nts.platform.plugins.connectorsedia;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.FundingCallSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.RetryableSourceException;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * The calls (topics) of the EU Funding &amp; Tenders portal, through its public search API (SEDIA):
 * a multipart POST whose {@code query} part selects topics by type, status and framework programme,
 * paged by {@code pageNumber}; each result's {@code metadata} holds arrays of strings. Programme
 * and status codes are the portal's (Horizon Europe 43108390, European Defence Fund 44181033;
 * forthcoming 31094501, open 31094502, closed 31094503); the core derives a call's status from its
 * dates and keeps the portal's word for what the dates leave open. Active once
 * {@code etc/nl.nts.platform.connector.sedia.cfg} exists.
 */
@Component(configurationPid = SediaCalls.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {PluginProperties.PLUGIN_ID + "=connector-sedia", Connector.SYSTEM + "=sedia"})
@Designate(ocd = SediaCalls.Config.class)
public class SediaCalls implements FundingCallSource {

    static final String PID = "nl.nts.platform.connector.sedia";
    static final String SOURCE = "SEDIA";

    @ObjectClassDefinition(name = "EU Funding & Tenders calls connector", description = "The portal's calls (topics) as funding calls")
    public @interface Config {
        @AttributeDefinition(name = "Connector id")
        String nts_connector_id() default "sedia-calls";

        @AttributeDefinition(name = "Search API", description = "The portal's search endpoint, or a test server")
        String searchUrl() default "https://api.tech.ec.europa.eu/search-api/prod/rest/search";

        @AttributeDefinition(name = "API key", description = "The search API's key; the portal's public one is SEDIA")
        String apiKey() default "SEDIA";

        @AttributeDefinition(name = "Programmes", description = "Framework programme codes: 43108390 Horizon Europe, 44181033 European Defence Fund")
        String[] programmes() default {"43108390", "44181033"};

        @AttributeDefinition(name = "Statuses", description = "Status codes read: 31094501 forthcoming, 31094502 open, 31094503 closed")
        String[] statuses() default {"31094501", "31094502"};

        @AttributeDefinition(name = "Timeout", description = "Seconds to wait for the portal's answer")
        int timeoutSeconds() default 30;

        @AttributeDefinition(name = "Run every", description = "Minutes between periodic runs; 0: only when asked", required = false)
        int nts_connector_runEveryMinutes() default 0;
    }

    /** The portal's names of the programmes, by code. */
    static final Map<String, String> PROGRAMMES = Map.of("43108390", "Horizon Europe", "44181033", "European Defence Fund", "43152860",
            "Digital Europe Programme", "43251567", "Connecting Europe Facility", "43252405", "Single Market Programme");
    private static final Map<String, CallStatus> STATUSES = Map.of("31094501", CallStatus.FORTHCOMING, "31094502", CallStatus.OPEN, "31094503",
            CallStatus.CLOSED);
    private static final DateTimeFormatter SEDIA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    /** The portal answers at most 100 results a page. */
    static final int MOST_PER_PAGE = 100;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final Config config;
    private final Duration timeout;

    @Activate
    public SediaCalls(Config config) {
        this.config = config;
        this.timeout = Duration.ofSeconds(Math.max(1, config.timeoutSeconds()));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return "EU Funding & Tenders calls (" + String.join(", ", List.of(config.programmes()).stream().map(c -> PROGRAMMES.getOrDefault(c, c)).toList())
                + ")";
    }

    /** The cursor is the number of the page to read, from 1. */
    @Override
    public SourcePage<FundingCall> read(String cursor, int pageSize) throws IOException {
        int page = cursor == null ? 1 : Integer.parseInt(cursor);
        int size = Math.max(1, Math.min(MOST_PER_PAGE, pageSize));
        JsonNode answer = search(page, size);
        Map<String, FundingCall> calls = new LinkedHashMap<>();
        List<FundingCall> unreadable = new ArrayList<>();
        for (JsonNode result : answer.path("results")) {
            FundingCall call = call(result);
            if (call.identifier() == null) {
                unreadable.add(call);
            } else {
                // the portal answers a topic once per language it is written in
                calls.putIfAbsent(call.identifier(), call);
            }
        }
        List<FundingCall> records = new ArrayList<>(calls.values());
        records.addAll(unreadable);
        long total = answer.path("totalResults").asLong(0);
        boolean more = (long) page * size < total && answer.path("results").size() > 0;
        return new SourcePage<>(records, more ? String.valueOf(page + 1) : null);
    }

    private JsonNode search(int page, int size) throws IOException {
        ObjectNode query = json.createObjectNode();
        ArrayNode must = query.putObject("bool").putArray("must");
        terms(must.addObject(), "type", new String[] {"1", "2"});
        terms(must.addObject(), "status", config.statuses());
        terms(must.addObject(), "frameworkProgramme", config.programmes());
        ObjectNode sort = json.createObjectNode().put("field", "deadlineDate").put("order", "ASC");
        String boundary = "nts-" + UUID.randomUUID();
        String body = part(boundary, "query", json.writeValueAsString(query)) + part(boundary, "languages", "[\"en\"]")
                + part(boundary, "sort", json.writeValueAsString(sort)) + "--" + boundary + "--\r\n";
        URI uri = URI.create(config.searchUrl() + "?apiKey=" + URLEncoder.encode(config.apiKey(), StandardCharsets.UTF_8) + "&text=***&pageSize=" + size
                + "&pageNumber=" + page);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException | java.net.ConnectException e) {
            throw new RetryableSourceException("the Funding & Tenders search did not answer: " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the Funding & Tenders search");
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new RetryableSourceException("the Funding & Tenders search answered " + status,
                    RetryableSourceException.retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status != 200) {
            throw new IOException("the Funding & Tenders search answered " + status + " to page " + page + " (check searchUrl and apiKey)");
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("the Funding & Tenders search answered 200 with a body that is not JSON");
        }
    }

    private static void terms(ObjectNode clause, String field, String[] values) {
        ArrayNode list = clause.putObject("terms").putArray(field);
        for (String v : values) {
            list.add(v.strip());
        }
    }

    private static String part(String boundary, String name, String jsonValue) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"blob\"\r\nContent-Type: application/json\r\n\r\n"
                + jsonValue + "\r\n";
    }

    /** A result as a call; one the mapping cannot read whole still becomes a record, which the core refuses with the reason. */
    static FundingCall call(JsonNode result) {
        JsonNode m = result.path("metadata");
        String identifier = first(m, "identifier");
        String title = first(m, "title");
        String programme = first(m, "frameworkProgramme");
        return FundingCall.builder()
                .source(SOURCE)
                .identifier(identifier)
                .title(title != null ? title : text(result.get("summary")))
                .programme(programme == null ? null : PROGRAMMES.getOrDefault(programme, programme))
                .opening(instant(first(m, "startDate")))
                .deadline(instant(first(m, "deadlineDate")))
                .budget(budget(first(m, "budget"), first(m, "currency")))
                .status(first(m, "status") == null ? null : STATUSES.get(first(m, "status")))
                .url(identifier == null ? null
                        : "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/"
                                + URLEncoder.encode(identifier, StandardCharsets.UTF_8))
                .build();
    }

    private static BigDecimal budget(String amount, String currency) {
        if (amount == null || currency != null && !"EUR".equals(currency)) {
            return null;
        }
        try {
            return new BigDecimal(amount);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, SEDIA_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The metadata's values are arrays of strings; the first is the value. */
    private static String first(JsonNode metadata, String field) {
        JsonNode values = metadata.get(field);
        return values != null && values.isArray() && values.size() > 0 ? text(values.get(0)) : null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
