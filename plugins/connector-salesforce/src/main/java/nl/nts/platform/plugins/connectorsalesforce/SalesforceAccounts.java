package nl.nts.platform.plugins.connectorsalesforce;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.RetryableSourceException;
import nl.nts.platform.api.plugin.SourceHttp;
import nl.nts.platform.api.plugin.SourceCursor;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * The Accounts of one Salesforce org as organisations: a SOQL query over the REST API, with OAuth2
 * client credentials, one instance per configuration {@code nl.nts.platform.connector.salesforce~<name>}.
 * Pages follow {@code nextRecordsUrl} until {@code done} (read only on the configured org, so the
 * token goes nowhere else); a run after a completed one asks only for the accounts with a
 * {@code LastModifiedDate} from the latest it read. A next page Salesforce no longer keeps (its
 * query locator expires some 15 minutes unread, say in a run resumed later) is read by querying
 * again from the latest {@code LastModifiedDate} the run has read. Salesforce is read only: nothing is written back.
 */
@Component(configurationPid = SalesforceAccounts.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = PluginProperties.PLUGIN_ID + "=connector-salesforce")
@Designate(ocd = SalesforceAccounts.Config.class, factory = true)
public class SalesforceAccounts implements OrganisationSource {

    static final String PID = "nl.nts.platform.connector.salesforce";

    @ObjectClassDefinition(name = "Salesforce accounts connector", description = "One Salesforce org's Accounts as organisations")
    public @interface Config {
        @AttributeDefinition(name = "Connector id", description = "Unique on the platform, e.g. salesforce-onl")
        String nts_connector_id() default "salesforce";

        @AttributeDefinition(name = "Source system", description = "The key of the Account ids in the organisations' externalIds")
        String nts_connector_system() default "salesforce";

        @AttributeDefinition(name = "ROM", description = "The ROM this org is (e.g. ONL); empty: national", required = false)
        String nts_rom() default "";

        @AttributeDefinition(name = "Instance", description = "The org's My Domain address, e.g. https://example-rom.my.salesforce.com")
        String instanceUrl();

        @AttributeDefinition(name = "Client id", description = "The connected app's consumer key")
        String clientId();

        @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD, description = "The connected app's consumer secret; never shown, logged or exported")
        String _clientSecret();

        @AttributeDefinition(name = "API version", description = "The REST API's version, e.g. 60.0")
        String apiVersion() default "60.0";

        @AttributeDefinition(name = "KvK field", description = "The Account field holding the KvK number, e.g. KvK_Number__c; empty: not read", required = false)
        String kvkField() default "";

        @AttributeDefinition(name = "Default country", description = "The country of an Account whose billing address names none")
        String defaultCountry() default "NL";

        @AttributeDefinition(name = "Timeout", description = "Seconds to wait for an answer")
        int timeoutSeconds() default 30;

        @AttributeDefinition(name = "Run every", description = "Minutes between periodic runs; 0: only when asked", required = false)
        int nts_connector_runEveryMinutes() default 0;
    }

    private static final List<String> FIELDS = List.of("Id", "Name", "BillingCity", "BillingState", "BillingCountry", "NumberOfEmployees",
            "Industry", "LastModifiedDate");

    /** A field name of SOQL: letters, digits and underscores (custom fields end in {@code __c}). */
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");

    /** SOQL's dateTime literal, in UTC. */
    private static final DateTimeFormatter SOQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final SalesforceSession session;
    private final String instance;
    private final String api;
    private final String system;
    private final String kvkField;
    private final String defaultCountry;
    private final Duration timeout;
    private final String id;

    @Activate
    public SalesforceAccounts(Config config) {
        this(config, Clock.systemUTC());
    }

    SalesforceAccounts(Config config, Clock clock) {
        if (config._clientSecret() == null || config._clientSecret().isBlank()) {
            throw new IllegalArgumentException("connector " + config.nts_connector_id() + " needs .clientSecret, the connected app's consumer secret");
        }
        String kvk = config.kvkField() == null ? "" : config.kvkField().strip();
        if (!kvk.isEmpty() && !FIELD.matcher(kvk).matches()) {
            throw new IllegalArgumentException("connector " + config.nts_connector_id() + ": kvkField '" + kvk + "' is no Account field name");
        }
        if (!config.apiVersion().strip().matches("\\d{1,3}\\.\\d")) {
            throw new IllegalArgumentException("connector " + config.nts_connector_id() + ": apiVersion must be like 60.0");
        }
        this.id = config.nts_connector_id();
        this.instance = config.instanceUrl().strip().replaceAll("/+$", "");
        this.api = "/services/data/v" + config.apiVersion().strip();
        this.system = config.nts_connector_system();
        this.kvkField = kvk.isEmpty() ? null : kvk;
        this.defaultCountry = config.defaultCountry();
        this.timeout = Duration.ofSeconds(Math.max(1, config.timeoutSeconds()));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.session = new SalesforceSession(http, URI.create(instance + "/services/oauth2/token"), config.clientId(), config._clientSecret(), timeout, clock);
    }

    @Override
    public String name() {
        return "Salesforce accounts (" + id + ")";
    }

    /** The SOQL query of a run's first page; from {@code since} on when given. */
    String query(Instant since) {
        List<String> fields = new ArrayList<>(FIELDS);
        if (kvkField != null && !fields.contains(kvkField)) {
            fields.add(kvkField);
        }
        return "SELECT " + String.join(", ", fields) + " FROM Account" + (since == null ? "" : " WHERE LastModifiedDate >= " + SOQL_TIME.format(since))
                + " ORDER BY LastModifiedDate ASC";
    }

    /** The cursor: {@code next} (the page's nextRecordsUrl), {@code since} and {@code latest}, as a query string. */
    @Override
    public SourcePage<Organisation> read(String cursor, int pageSize) throws IOException {
        Map<String, String> at = SourceCursor.read(cursor);
        Instant since = instant(at.get("since"));
        Instant latest = instant(at.get("latest"));
        String next = at.get("next");
        JsonNode page;
        if (next == null) {
            page = get(queryUrl(since), pageSize);
        } else if (next.startsWith("/services/data/") && !next.contains("//") && !next.contains("..")) {
            try {
                page = get(instance + next, pageSize);
            } catch (ExpiredQueryLocator e) {
                // Salesforce forgets a query's next pages after some 15 minutes unread (a run resumed
                // later): the query again from the latest LastModifiedDate read, so that the accounts
                // read so far come again (>=) and are found unchanged, and none after them is missed
                page = get(queryUrl(latest != null ? latest : since), pageSize);
            }
        } else {
            throw new IOException("the org's next page is not on " + instance + ": refused (the token goes to the org only)");
        }
        List<Organisation> records = new ArrayList<>();
        for (JsonNode account : page.path("records")) {
            records.add(organisation(account));
            Instant modified = instant(text(account.get("LastModifiedDate")));
            if (modified != null && (latest == null || modified.isAfter(latest))) {
                latest = modified;
            }
        }
        String nextUrl = page.path("done").asBoolean(true) ? null : text(page.get("nextRecordsUrl"));
        Map<String, String> cursorNext = new LinkedHashMap<>();
        if (since != null) {
            cursorNext.put("since", since.toString());
        }
        if (latest != null) {
            cursorNext.put("latest", latest.toString());
        }
        String checkpoint = latest != null ? "since=" + latest : since != null ? "since=" + since : null;
        cursorNext.put("next", nextUrl);
        return new SourcePage<>(records, nextUrl == null ? null : SourceCursor.write(cursorNext), checkpoint, fields());
    }

    private String queryUrl(Instant since) {
        return instance + api + "/query?q=" + URLEncoder.encode(query(since), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** 400 {@code INVALID_QUERY_LOCATOR}: the query's next page is no longer kept by Salesforce. */
    private static final class ExpiredQueryLocator extends IOException {
        private static final long serialVersionUID = 1L;

        ExpiredQueryLocator(String message) {
            super(message);
        }
    }

    private Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(SourcePage.DEFAULT_FIELDS);
        if (kvkField != null) {
            fields.add("kvkNumber");
        }
        return fields;
    }

    private JsonNode get(String url, int pageSize) throws IOException {
        for (int attempt = 1;; attempt++) {
            String token = session.token();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    // Salesforce pages 200 to 2,000 records
                    .header("Sforce-Query-Options", "batchSize=" + Math.max(200, Math.min(2000, pageSize))).GET().build();
            HttpResponse<String> answer = SourceHttp.send(http, request, "Salesforce");
            int status = answer.statusCode();
            if (status == 200) {
                return json.readTree(answer.body());
            }
            String error = errorCode(answer.body());
            if (status == 401 && attempt == 1) {
                // INVALID_SESSION_ID: the session expired or was revoked; a new token, once
                session.renew(token);
                continue;
            }
            if ("REQUEST_LIMIT_EXCEEDED".equals(error)) {
                // the org's API requests of the last 24 hours are used up: Salesforce answers 403, with no Retry-After
                throw new RetryableSourceException("Salesforce answered " + status + " " + error,
                        RetryableSourceException.retryAfter(answer.headers().firstValue("Retry-After").orElse(null)));
            }
            if (status == 400 && "INVALID_QUERY_LOCATOR".equals(error)) {
                throw new ExpiredQueryLocator("Salesforce answered 400 " + error + ": " + message(answer.body()));
            }
            if (status == 401 || status == 403) {
                throw new IOException("Salesforce refused the connected app's session (" + status + (error == null ? "" : " " + error)
                        + "): its run-as user needs the API Enabled permission and read access to Accounts in " + instance);
            }
            // e.g. 400 INVALID_FIELD for a kvkField the org does not have: Salesforce's message says which
            throw new IOException("Salesforce answered " + status + (error == null ? "" : " " + error + ": " + message(answer.body()))
                    + " to the Account query");
        }
    }

    /** Salesforce's errors are a list: {@code [{"message": "...", "errorCode": "INVALID_SESSION_ID"}]}. */
    private String errorCode(String body) {
        JsonNode first = first(body);
        return first == null ? null : text(first.get("errorCode"));
    }

    private String message(String body) {
        JsonNode first = first(body);
        String message = first == null ? null : text(first.get("message"));
        return message == null ? "" : message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }

    private JsonNode first(String body) {
        try {
            JsonNode errors = json.readTree(body);
            return errors != null && errors.isArray() && errors.size() > 0 ? errors.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * An Account as the core's record. A malformed one (not an object, no Id or no Name) is handed
     * on as it is, for the core to refuse with the reason; a field the answer lacks is absent.
     */
    Organisation organisation(JsonNode a) {
        if (a == null || !a.isObject()) {
            return Organisation.builder().build();
        }
        String accountId = text(a.get("Id"));
        String country = country(text(a.get("BillingCountry")));
        Organisation.Builder o = Organisation.builder().externalIds(accountId == null ? Map.of() : Map.of(system, accountId)).name(text(a.get("Name")))
                .city(text(a.get("BillingCity"))).country(country).kind(kind(text(a.get("Industry")), a.get("NumberOfEmployees")));
        if ("NL".equals(country)) {
            o.province(text(a.get("BillingState")));
        }
        if (kvkField != null) {
            String kvk = text(a.get(kvkField));
            o.kvkNumber(kvk == null ? null : kvk.replaceAll("[\\s.]", ""));
        }
        return o.build();
    }

    private String country(String text) {
        if (text == null) {
            return defaultCountry;
        }
        if (text.length() == 2) {
            return text.toUpperCase(Locale.ROOT);
        }
        return "netherlands".equalsIgnoreCase(text) || "nederland".equalsIgnoreCase(text) || "the netherlands".equalsIgnoreCase(text) ? "NL" : text;
    }

    /** Salesforce's standard industries for education and government; else by head count (under 250, or not known: an SME). */
    private static OrganisationKind kind(String industry, JsonNode employees) {
        if ("Education".equalsIgnoreCase(industry)) {
            return OrganisationKind.KNOWLEDGE_INSTITUTION;
        }
        if ("Government".equalsIgnoreCase(industry)) {
            return OrganisationKind.GOVERNMENT;
        }
        return employees != null && employees.isNumber() && employees.asInt() >= 250 ? OrganisationKind.LARGE_COMPANY : OrganisationKind.SME;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** Salesforce writes {@code 2025-10-01T10:00:00.000+0000}; the cursor ISO instants. */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
