package nl.nts.platform.plugins.connectordynamics;

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
 * The Dynamics connector against a Microsoft Entra token endpoint and a Dataverse Web API on
 * 127.0.0.1 speaking their wire formats: client credentials for a token (renewed when it expires or
 * is refused), accounts paged by {@code @odata.nextLink}.
 */
class DynamicsAccountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "s3cr3t~client-secret-value";

    private final HttpServer server;
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile String valid;
    private volatile boolean wrongSecret;
    private volatile int failWith;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock();

    DynamicsAccountsTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tenant-1/oauth2/v2.0/token", this::token);
        server.createContext("/api/data/v9.2/accounts", this::accounts);
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
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (wrongSecret || !SECRET.equals(form.get("client_secret")) || !"client_credentials".equals(form.get("grant_type"))) {
                send(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided. Ensure the "
                        + "secret being sent in the request is the client secret value, not the client secret ID.\",\"error_codes\":[7000215]}");
                return;
            }
            ObjectNode answer;
            try (InputStream in = DynamicsAccountsTest.class.getResourceAsStream("/wire-formats/oauth2-token-response.json")) {
                answer = (ObjectNode) JSON.readTree(in);
            }
            valid = "token-" + tokens.incrementAndGet();
            answer.put("access_token", valid);
            assertEquals(base() + "/.default", form.get("scope"));
            send(exchange, 200, JSON.writeValueAsString(answer));
        }
    }

    private void accounts(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8));
            if (!("Bearer " + valid).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=invalid_token, error_description=\"The access token is expired\"");
                send(exchange, 401, "{\"error\":{\"code\":\"0x80072182\",\"message\":\"The user is not authenticated\"}}");
                return;
            }
            if (failWith != 0) {
                exchange.getResponseHeaders().add("Retry-After", "4");
                send(exchange, failWith, "{\"error\":{\"code\":\"0x80072322\",\"message\":\"Number of requests exceeded the limit of 6000 over time window of 300 seconds.\"}}");
                failWith = 0;
                return;
            }
            boolean second = exchange.getRequestURI().getRawQuery().contains("skiptoken");
            String page;
            try (InputStream in = DynamicsAccountsTest.class.getResourceAsStream("/wire-formats/dynamics-accounts-page" + (second ? 2 : 1) + ".json")) {
                page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            send(exchange, 200, page.replace("https://example-rom.crm4.dynamics.com", base()));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String part : body.split("&")) {
            int eq = part.indexOf('=');
            form.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; odata.metadata=minimal");
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

    private DynamicsAccounts connector() {
        Map<String, Object> given = Map.of("environmentUrl", base(), "tokenUrl", base() + "/tenant-1/oauth2/v2.0/token", "clientId",
                "11111111-2222-3333-4444-555555555555", "_clientSecret", SECRET, "nts_connector_system", "dynamics-iz");
        DynamicsAccounts.Config config = (DynamicsAccounts.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DynamicsAccounts.Config.class}, (proxy, method, args) -> given.containsKey(method.getName())
                        ? given.get(method.getName()) : method.getDefaultValue());
        return new DynamicsAccounts(config, clock);
    }

    @Test
    void theAccountsComePageByPageFollowingTheNextLinkWithOneTokenForBoth() throws IOException {
        DynamicsAccounts connector = connector();
        SourcePage<Organisation> first = connector.read(null, 2);
        assertEquals(2, first.records().size());
        assertEquals(Organisation.builder().name("Zeeuwse Waterstof Systemen B.V.").kind(OrganisationKind.SME).kvkNumber("45678901").city("Vlissingen")
                .country("NL").externalIds(Map.of("dynamics-iz", "6f1c2a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f")).build(), first.records().get(0));
        assertTrue(first.next().startsWith("next=http%3A%2F%2F127.0.0.1"), first.next());
        assertTrue(first.fields().contains("kvkNumber"));
        SourcePage<Organisation> second = connector.read(first.next(), 2);
        assertNull(second.next());
        Organisation lab = second.records().get(0);
        assertEquals("Scheldt Imaging Lab", lab.name());
        assertNull(lab.kvkNumber(), "a null column clears the field");
        assertEquals(1, tokens.get(), "the token is kept while it is valid");
        assertTrue(requests.get(0).startsWith("$select=accountid,name,address1_city,address1_stateorprovince,address1_country,numberofemployees,"
                + "modifiedon,accountnumber&$orderby=modifiedon asc"), requests.get(0));
        assertTrue(requests.get(1).contains("$skiptoken="), requests.get(1));
        assertNull(second.checkpoint(), "no modifiedon in the answer: the next run reads everything again");

        connector.read("since=2025-10-01T10:00:00Z", 2);
        assertTrue(requests.get(2).contains("$filter=modifiedon ge 2025-10-01T10:00:00Z"), requests.get(2));
    }

    @Test
    void anExpiredTokenIsRenewedAndOneTheApiRefusesIsReplacedOnce() throws IOException {
        DynamicsAccounts connector = connector();
        connector.read(null, 2);
        clock.advance(Duration.ofSeconds(3599 - 59));
        connector.read(null, 2);
        assertEquals(2, tokens.get(), "renewed a minute before it expires");
        valid = "revoked-on-the-server";
        assertEquals(2, connector.read(null, 2).records().size());
        assertEquals(3, tokens.get(), "a refused token is replaced, and the page read again");
    }

    @Test
    void wrongClientCredentialsSayWhatToFixWithoutTheSecretAndThrottlingIsRetried() throws IOException {
        DynamicsAccounts connector = connector();
        failWith = 429;
        RetryableSourceException throttled = assertThrows(RetryableSourceException.class, () -> connector.read(null, 2));
        assertEquals(Duration.ofSeconds(4), throttled.retryAfter());

        wrongSecret = true;
        valid = "revoked";
        IOException refused = assertThrows(IOException.class, () -> connector.read(null, 2));
        assertFalse(refused instanceof RetryableSourceException);
        assertTrue(refused.getMessage().contains("401 invalid_client") && refused.getMessage().contains(".clientSecret"), refused.getMessage());
        assertFalse(refused.getMessage().contains(SECRET));

        IOException elsewhere = assertThrows(IOException.class, () -> connector.read("next=https%3A%2F%2Fevil.example%2Fapi%2Fdata%2Fv9.2%2Faccounts", 2));
        assertTrue(elsewhere.getMessage().contains("refused"), elsewhere.getMessage());
    }
}
