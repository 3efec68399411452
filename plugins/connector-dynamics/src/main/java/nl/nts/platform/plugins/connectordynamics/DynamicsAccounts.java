package nl.nts.platform.plugins.connectordynamics;

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
import nl.nts.platform.api.plugin.SourceHttp;
import nl.nts.platform.api.plugin.SourceCursor;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * The accounts of one Dynamics 365 environment (Dataverse Web API v9.2) as organisations, with
 * OAuth2 client credentials, one instance per configuration
 * {@code nl.nts.platform.connector.dynamics~<name>}. Pages follow {@code @odata.nextLink} (sent
 * only to the configured environment, so the token goes nowhere else); a run after a completed one
 * asks only for the accounts modified since the latest {@code modifiedon} it read.
 */
@Component(configurationPid = DynamicsAccounts.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = PluginProperties.PLUGIN_ID + "=connector-dynamics")
@Designate(ocd = DynamicsAccounts.Config.class, factory = true)
public class DynamicsAccounts implements OrganisationSource {

    static final String PID = "nl.nts.platform.connector.dynamics";

    @ObjectClassDefinition(name = "Dynamics 365 accounts connector", description = "One Dataverse environment's accounts as organisations")
    public @interface Config {
        @AttributeDefinition(name = "Connector id", description = "Unique on the platform, e.g. dynamics-iz")
        String nts_connector_id() default "dynamics";

        @AttributeDefinition(name = "Source system", description = "The key of the account ids in the organisations' externalIds")
        String nts_connector_system() default "dynamics";

        @AttributeDefinition(name = "ROM", description = "The ROM this environment is (e.g. IZ); empty: national", required = false)
        String nts_rom() default "";

        @AttributeDefinition(name = "Environment", description = "The environment's address, e.g. https://example-rom.crm4.dynamics.com")
        String environmentUrl();

        @AttributeDefinition(name = "Token endpoint", description = "e.g. https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/token")
        String tokenUrl();

        @AttributeDefinition(name = "Client id", description = "The app registration's application (client) id")
        String clientId();

        @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD, description = "The app registration's secret; never shown, logged or exported")
        String _clientSecret();

        @AttributeDefinition(name = "Scope", description = "Empty: the environment's .default scope", required = false)
        String scope() default "";

        @AttributeDefinition(name = "KvK column", description = "The account column holding the KvK number; empty: not read", required = false)
        String kvkProperty() default "accountnumber";

        @AttributeDefinition(name = "Default country", description = "The country of an account whose address names none")
        String defaultCountry() default "NL";

        @AttributeDefinition(name = "Timeout", description = "Seconds to wait for an answer")
        int timeoutSeconds() default 30;

        @AttributeDefinition(name = "Run every", description = "Minutes between periodic runs; 0: only when asked", required = false)
        int nts_connector_runEveryMinutes() default 0;
    }

    private static final List<String> COLUMNS = List.of("accountid", "name", "address1_city", "address1_stateorprovince", "address1_country",
            "numberofemployees", "modifiedon");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final ClientCredentials credentials;
    private final String environment;
    private final String system;
    private final String kvkColumn;
    private final String defaultCountry;
    private final Duration timeout;
    private final String id;

    @Activate
    public DynamicsAccounts(Config config) {
        this(config, Clock.systemUTC());
    }

    DynamicsAccounts(Config config, Clock clock) {
        if (config._clientSecret() == null || config._clientSecret().isBlank()) {
            throw new IllegalArgumentException("connector " + config.nts_connector_id() + " needs .clientSecret, the app registration's secret");
        }
        this.id = config.nts_connector_id();
        this.environment = config.environmentUrl().strip().replaceAll("/+$", "");
        this.system = config.nts_connector_system();
        this.kvkColumn = config.kvkProperty() == null || config.kvkProperty().isBlank() ? null : config.kvkProperty().strip();
        this.defaultCountry = config.defaultCountry();
        this.timeout = Duration.ofSeconds(Math.max(1, config.timeoutSeconds()));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        String scope = config.scope() == null || config.scope().isBlank() ? environment + "/.default" : config.scope().strip();
        this.credentials = new ClientCredentials(http, URI.create(config.tokenUrl().strip()), config.clientId(), config._clientSecret(), scope, timeout,
                clock);
    }

    @Override
    public String name() {
        return "Dynamics 365 accounts (" + id + ")";
    }

    /** The cursor: {@code next} (the page's @odata.nextLink), {@code since} and {@code latest}, as a query string. */
    @Override
    public SourcePage<Organisation> read(String cursor, int pageSize) throws IOException {
        Map<String, String> at = SourceCursor.read(cursor);
        String since = at.get("since");
        String url = at.get("next");
        if (url == null) {
            List<String> columns = new ArrayList<>(COLUMNS);
            if (kvkColumn != null && !columns.contains(kvkColumn)) {
                columns.add(kvkColumn);
            }
            url = environment + "/api/data/v9.2/accounts?$select=" + String.join(",", columns)
                    + (since == null ? "" : "&$filter=" + encode("modifiedon ge " + since)) + "&$orderby=" + encode("modifiedon asc");
        } else if (!url.startsWith(environment + "/")) {
            throw new IOException("the environment's next page is not on " + environment + ": refused (the token goes to the environment only)");
        }
        JsonNode page = get(url, pageSize);
        List<Organisation> records = new ArrayList<>();
        Instant latest = instant(at.get("latest"));
        for (JsonNode account : page.path("value")) {
            records.add(organisation(account));
            Instant modified = instant(text(account.get("modifiedon")));
            if (modified != null && (latest == null || modified.isAfter(latest))) {
                latest = modified;
            }
        }
        String nextLink = text(page.get("@odata.nextLink"));
        Map<String, String> next = new LinkedHashMap<>();
        if (since != null) {
            next.put("since", since);
        }
        if (latest != null) {
            next.put("latest", latest.toString());
        }
        String checkpoint = latest != null ? "since=" + latest : since != null ? "since=" + since : null;
        next.put("next", nextLink);
        return new SourcePage<>(records, nextLink == null ? null : SourceCursor.write(next), checkpoint, fields());
    }

    private Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(SourcePage.DEFAULT_FIELDS);
        if (kvkColumn != null) {
            fields.add("kvkNumber");
        }
        return fields;
    }

    private JsonNode get(String url, int pageSize) throws IOException {
        for (int attempt = 1;; attempt++) {
            String token = credentials.token();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").header("OData-MaxVersion", "4.0").header("OData-Version", "4.0")
                    .header("Prefer", "odata.maxpagesize=" + Math.max(1, Math.min(5000, pageSize))).GET().build();
            HttpResponse<String> answer = SourceHttp.send(http, request, "Dynamics");
            int status = answer.statusCode();
            if (status == 200) {
                return json.readTree(answer.body());
            }
            if (status == 401 && attempt == 1) {
                // expired or revoked before its time: a new one, once
                credentials.renew(token);
                continue;
            }
            if (status == 401 || status == 403) {
                throw new IOException("Dynamics refused the app's token (" + status + "): the app registration needs an application user with "
                        + "read access to accounts in " + environment);
            }
            throw new IOException("Dynamics answered " + status + " to GET accounts");
        }
    }

    private Organisation organisation(JsonNode a) {
        String accountId = text(a.get("accountid"));
        String country = country(text(a.get("address1_country")));
        Organisation.Builder o = Organisation.builder().externalIds(accountId == null ? Map.of() : Map.of(system, accountId)).name(text(a.get("name")))
                .city(text(a.get("address1_city"))).country(country).kind(kind(a.get("numberofemployees")));
        if ("NL".equals(country)) {
            o.province(text(a.get("address1_stateorprovince")));
        }
        if (kvkColumn != null) {
            String kvk = text(a.get(kvkColumn));
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

    /** Fewer than 250 employees, or not known: an SME (the EU's definition). */
    private static OrganisationKind kind(JsonNode employees) {
        return employees != null && employees.isNumber() && employees.asInt() >= 250 ? OrganisationKind.LARGE_COMPANY : OrganisationKind.SME;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
