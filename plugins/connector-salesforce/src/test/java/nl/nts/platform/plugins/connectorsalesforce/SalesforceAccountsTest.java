package nl.nts.platform.plugins.connectorsalesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.plugin.RetryableSourceException;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * The Salesforce connector against an org on 127.0.0.1 speaking Salesforce's wire formats: the
 * client credentials flow for a token (renewed when it expires or the session is refused), a SOQL
 * query of Account paged by {@code nextRecordsUrl} until {@code done}.
 */
class SalesforceAccountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "consumer-secret-0123456789ABCDEF";

    private final HttpServer server;
    private final AtomicInteger tokens = new AtomicInteger();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<Integer> failures = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock();
    private volatile String valid;
    private volatile boolean wrongSecret;
    /** How many next pages are answered as expired query locators. */
    private final AtomicInteger expiredLocators = new AtomicInteger();
    /** What the first page answers instead of the wire format's, when set. */
    private volatile String firstPage;

    SalesforceAccountsTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/services/oauth2/token", this::token);
        server.createContext("/services/data/v60.0/query", this::query);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = new HashMap<>();
            for (String part : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                int eq = part.indexOf('=');
                form.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
            if (wrongSecret || !SECRET.equals(form.get("client_secret")) || !"client_credentials".equals(form.get("grant_type"))) {
                send(exchange, 400, "{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}");
                return;
            }
            ObjectNode answer;
            try (InputStream in = getClass().getResourceAsStream("/wire-formats/oauth2-token-response.json")) {
                answer = (ObjectNode) JSON.readTree(in);
            }
            valid = "00D000000000001!token-" + tokens.incrementAndGet();
            answer.put("access_token", valid);
            answer.put("instance_url", base());
            send(exchange, 200, JSON.writeValueAsString(answer));
        }
    }

    private void query(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawQuery();
            queries.add(raw == null ? exchange.getRequestURI().getPath() : URLDecoder.decode(raw, StandardCharsets.UTF_8));
            if (!("Bearer " + valid).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
                return;
            }
            if (!failures.isEmpty()) {
                int status = failures.remove(0);
                if (status == 429) {
                    exchange.getResponseHeaders().add("Retry-After", "7");
                }
                send(exchange, status, status == 400
                        ? "[{\"message\":\"\\nSELECT Id, Name FROM Account\\n       ^\\nERROR at Row:1:Column:8\\nNo such column 'KvK__c' on entity 'Account'.\",\"errorCode\":\"INVALID_FIELD\"}]"
                        : "[{\"message\":\"try again later\",\"errorCode\":\"SERVER_UNAVAILABLE\"}]");
                return;
            }
            boolean second = exchange.getRequestURI().getPath().endsWith("-2");
            if (second && expiredLocators.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 400, "[{\"message\":\"invalid query locator\",\"errorCode\":\"INVALID_QUERY_LOCATOR\"}]");
                return;
            }
            String page;
            if (!second && firstPage != null) {
                page = firstPage;
            } else {
                try (InputStream in = getClass().getResourceAsStream("/wire-formats/salesforce-accounts-query-page" + (second ? 2 : 1) + ".json")) {
                    page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            send(exchange, 200, page);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A clock the test moves on, to let a token expire. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-03T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private SalesforceAccounts connector(String kvkField) {
        Map<String, Object> given = Map.of("instanceUrl", base() + "/", "clientId", "3MVG9-consumer-key", "_clientSecret", SECRET,
                "nts_connector_system", "salesforce-onl", "kvkField", kvkField);
        SalesforceAccounts.Config config = (SalesforceAccounts.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SalesforceAccounts.Config.class}, (proxy, method, args) -> given.containsKey(method.getName())
                        ? given.get(method.getName()) : method.getDefaultValue());
        return new SalesforceAccounts(config, clock);
    }

    /** Every record of a run, page by page, as the core's runner reads them. */
    private static List<Organisation> readAll(SalesforceAccounts connector, List<SourcePage<Organisation>> pages) throws IOException {
        List<Organisation> all = new ArrayList<>();
        String cursor = null;
        do {
            SourcePage<Organisation> page = connector.read(cursor, 200);
            pages.add(page);
            all.addAll(page.records());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    @Test
    void theAccountsComePageByPageUntilDoneWithOneToken() throws IOException {
        List<SourcePage<Organisation>> pages = new ArrayList<>();
        List<Organisation> all = readAll(connector(""), pages);
        assertEquals(2, pages.size());
        assertEquals(List.of("Twente Photonic Integration B.V.", "Gelderse Biotech Partners", "Groningen Energy Materials B.V."),
                all.stream().map(Organisation::name).toList());
        assertEquals(Organisation.builder().name("Twente Photonic Integration B.V.").kind(OrganisationKind.SME).city("Enschede").country("NL")
                .externalIds(Map.of("salesforce-onl", "001D000000IRFmaIAH")).build(), all.get(0),
                "the billing state and country the answer lacks are absent: the default country, no province");
        assertEquals(1, tokens.get(), "the token is kept while it is valid");
        assertEquals("q=SELECT Id, Name, BillingCity, BillingState, BillingCountry, NumberOfEmployees, Industry, LastModifiedDate FROM Account"
                + " ORDER BY LastModifiedDate ASC", queries.get(0));
        assertEquals("/services/data/v60.0/query/01gD0000002HU6KIAW-2", queries.get(1));
        assertFalse(pages.get(0).fields().contains("kvkNumber"), "no KvK field configured: the platform's KvK numbers stay");
        assertNull(pages.get(1).checkpoint(), "no LastModifiedDate in the answer: the next run reads everything again");
    }

    @Test
    void anEmptyResultIsOneEmptyLastPage() throws IOException {
        firstPage = "{\"totalSize\":0,\"done\":true,\"records\":[]}";
        SourcePage<Organisation> page = connector("").read(null, 200);
        assertEquals(List.of(), page.records());
        assertNull(page.next());
    }

    @Test
    void aMalformedRecordAmongGoodOnesIsHandedOnForTheCoreToRefuseAndAMissingFieldIsAbsent() throws IOException {
        firstPage = "{\"totalSize\":4,\"done\":true,\"records\":["
                + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001A\",\"Name\":\"Good One B.V.\",\"BillingCity\":\"Delft\",\"BillingState\":\"Zuid-Holland\","
                + "\"BillingCountry\":\"Netherlands\",\"NumberOfEmployees\":900,\"Industry\":\"Manufacturing\",\"LastModifiedDate\":\"2026-11-30T08:15:00.000+0000\","
                + "\"KvK__c\":\"1234 5678\"},"
                + "\"not an account\","
                + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001C\",\"Name\":null,\"BillingCity\":\"Leiden\"},"
                + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001D\",\"Name\":\"Universiteit Voorbeeld\",\"Industry\":\"Education\","
                + "\"LastModifiedDate\":\"2026-12-01T09:00:00.000+0000\"}]}";
        SourcePage<Organisation> page = connector("KvK__c").read(null, 200);
        assertEquals(4, page.records().size(), "every record is handed on, the malformed ones too");
        Organisation good = page.records().get(0);
        assertEquals(Organisation.builder().name("Good One B.V.").kind(OrganisationKind.LARGE_COMPANY).kvkNumber("12345678").city("Delft").country("NL")
                .province("Zuid-Holland").externalIds(Map.of("salesforce-onl", "001A")).build(), good);
        assertEquals(Organisation.builder().build(), page.records().get(1), "no id, no name: the core refuses it with the reason");
        assertNull(page.records().get(2).name());
        assertEquals(OrganisationKind.KNOWLEDGE_INSTITUTION, page.records().get(3).kind());
        assertNull(page.records().get(3).kvkNumber(), "a field the answer lacks is absent (and clears the KvK number the source keeps)");
        assertTrue(page.fields().contains("kvkNumber"));
        assertEquals("since=2026-12-01T09:00:00Z", page.checkpoint(), "the latest LastModifiedDate read");

        connector("KvK__c").read(page.checkpoint(), 200);
        assertTrue(queries.get(1).contains(", KvK__c FROM Account WHERE LastModifiedDate >= 2026-12-01T09:00:00Z ORDER BY"), queries.get(1));
    }

    @Test
    void throttlingAndServerErrorsAreRetriedByTheRunnerWithTheirRetryAfter() throws IOException {
        SalesforceAccounts connector = connector("");
        failures.add(429);
        RetryableSourceException throttled = assertThrows(RetryableSourceException.class, () -> connector.read(null, 200));
        assertEquals(Duration.ofSeconds(7), throttled.retryAfter());
        failures.add(500);
        RetryableSourceException failed = assertThrows(RetryableSourceException.class, () -> connector.read(null, 200));
        assertNull(failed.retryAfter(), "no Retry-After: the runner's back-off");
        assertEquals(2, connector.read(null, 200).records().size(), "then the page, as if nothing happened");
    }

    @Test
    void anExpiredTokenIsRenewedAndARefusedSessionIsReplacedOnce() throws IOException {
        SalesforceAccounts connector = connector("");
        connector.read(null, 200);
        clock.advance(Duration.ofSeconds(3599 - 59));
        connector.read(null, 200);
        assertEquals(2, tokens.get(), "renewed a minute before the expiry the token endpoint gave");
        valid = "revoked-on-the-server";
        assertEquals(2, connector.read(null, 200).records().size());
        assertEquals(3, tokens.get(), "a refused session is replaced, and the page read again");
    }

    @Test
    void wrongCredentialsAMissingFieldAndAnotherHostSayWhatToFixWithoutTheSecret() throws IOException {
        SalesforceAccounts connector = connector("KvK__c");
        failures.add(400);
        IOException field = assertThrows(IOException.class, () -> connector.read(null, 200));
        assertFalse(field instanceof RetryableSourceException);
        assertTrue(field.getMessage().contains("INVALID_FIELD") && field.getMessage().contains("No such column 'KvK__c'"), field.getMessage());

        wrongSecret = true;
        valid = "revoked";
        IOException refused = assertThrows(IOException.class, () -> connector.read(null, 200));
        assertFalse(refused instanceof RetryableSourceException);
        assertTrue(refused.getMessage().contains("400 invalid_client") && refused.getMessage().contains(".clientSecret"), refused.getMessage());
        assertFalse(refused.getMessage().contains(SECRET));

        IOException elsewhere = assertThrows(IOException.class, () -> connector.read("next=https%3A%2F%2Fevil.example%2Fservices%2Fdata%2Fv60.0%2Fquery%2Fx", 200));
        assertTrue(elsewhere.getMessage().contains("refused"), elsewhere.getMessage());
        assertThrows(IllegalArgumentException.class, () -> connector("Name FROM User --"));
    }

    @Test
    void aNextPageSalesforceNoLongerKeepsIsReadByQueryingAgainFromTheLatestModificationRead() throws IOException {
        firstPage = "{\"totalSize\":3,\"done\":false,\"nextRecordsUrl\":\"/services/data/v60.0/query/01gD0000002HU6KIAW-2\",\"records\":["
                + "{\"attributes\":{\"type\":\"Account\"},\"Id\":\"001A\",\"Name\":\"Good One B.V.\",\"LastModifiedDate\":\"2026-11-30T08:15:00.000+0000\"}]}";
        SalesforceAccounts connector = connector("");
        SourcePage<Organisation> first = connector.read("since=2026-11-01T00:00:00Z", 200);
        expiredLocators.set(1);
        // the run resumed after the locator expired
        SourcePage<Organisation> again = connector.read(first.next(), 200);
        assertEquals(3, queries.size());
        assertEquals("/services/data/v60.0/query/01gD0000002HU6KIAW-2", queries.get(1));
        assertTrue(queries.get(2).endsWith("FROM Account WHERE LastModifiedDate >= 2026-11-30T08:15:00Z ORDER BY LastModifiedDate ASC"), queries.get(2));
        assertEquals(List.of("Good One B.V."), again.records().stream().map(Organisation::name).toList(), "the account read before, found unchanged");
        SourcePage<Organisation> last = connector.read(again.next(), 200);
        assertNull(last.next());
        assertEquals("since=2026-11-30T08:15:00Z", last.checkpoint());

        expiredLocators.set(1);
        assertEquals(List.of("Good One B.V."), connector.read("next=%2Fservices%2Fdata%2Fv60.0%2Fquery%2F01gD0000002HU6KIAW-2", 200).records().stream()
                .map(Organisation::name).toList(), "nothing read yet and no since: the query from the start");
        assertTrue(queries.get(queries.size() - 1).endsWith("FROM Account ORDER BY LastModifiedDate ASC"), queries.get(queries.size() - 1));
    }
}
