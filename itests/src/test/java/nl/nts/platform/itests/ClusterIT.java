package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nts.platform.plugins.connectorhubspot.FakeHubSpot;

/**
 * Two nodes of the distribution ({@link KarafRuntime}: each unpacked and started as an operator
 * would, with a name of its own, {@code nts.node}) on one PostgreSQL, all on 127.0.0.1: what one
 * node writes the other reads at once; a web session, an API token's revocation and the login
 * lock hold on both; a plugin installed for the cluster group (Karaf Cellar, feature
 * {@code nts-cluster}) is active on both; and a connector run whose node is killed mid-way is
 * finished by the other, with no company doubled or missing. Needs the PostgreSQL server .ci/run starts ({@code nts.pg.url}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String TOKEN = "pat-eu1-cluster0-1111-2222-3333-444444444444";
    private static final int COMPANIES = 40;
    private static final String OPERATOR = "cluster-operator";
    private static final String OPERATOR_PASSWORD = "cluster-operator-password";
    private static final String[] USERS = {OPERATOR + " = " + OPERATOR_PASSWORD + ",kia-operator,ssh",
            "bom-admin = bom-admin-password,rom-admin:BOM,rom-member:BOM",
            "bom-member = bom-member-password,rom-member:BOM", "guessed = guessed-password,rom-member:BOM"};

    private FakeHubSpot hubspot;
    private KarafRuntime a;
    private KarafRuntime b;

    @BeforeAll
    void startTwoNodes() throws Exception {
        String admin = System.getProperty("nts.pg.url", System.getProperty(NtsDistribution.JDBC_URL));
        Assumptions.assumeTrue(admin != null && !admin.isBlank(), "no PostgreSQL given (nts.pg.url): .ci/run gives one");
        String database = PostgresDatabases.create(admin);
        hubspot = new FakeHubSpot(TOKEN);
        for (int i = 1; i <= COMPANIES; i++) {
            hubspot.add(String.valueOf(2000 + i), String.format("Cluster Company %02d B.V.", i), null, "2025-11-01T08:00:00Z");
        }
        // the cluster group of Karaf Cellar: each node on a port of its own, both naming both, on loopback only
        int portA = KarafRuntime.port();
        int portB = KarafRuntime.port();
        String members = "127.0.0.1:" + portA + ",127.0.0.1:" + portB;
        String group = "nts-it-" + portA;
        a = node("cluster-a", "node-a", database).systemProperty("nts.cluster.port", String.valueOf(portA))
                .systemProperty("nts.cluster.members", members).systemProperty("nts.cluster.name", group);
        b = node("cluster-b", "node-b", database).systemProperty("nts.cluster.port", String.valueOf(portB))
                .systemProperty("nts.cluster.members", members).systemProperty("nts.cluster.name", group);
        // one after the other: the first brings the schema up, the second finds it current
        a.start().api().awaitReady(Api.START);
        // the connector, installed and configured before node B starts: B's start brings the plugin in from the database
        Api api = a.api();
        assertEquals(201, api.post("/plugins", "{\"id\": \"connector-hubspot\"}").status());
        configureConnector(api);
        b.start().api().awaitReady(Api.START);
        Await.holds("node B has the connector the database records", Duration.ofSeconds(120),
                () -> b.api().get("/connectors").body().contains("hubspot-bom"));
        configureConnector(b.api());
        // what the README tells an operator to do on each node
        for (KarafRuntime node : List.of(a, b)) {
            String out = node.shell(OPERATOR, OPERATOR_PASSWORD, "feature:install -r nts-cluster");
            assertTrue(!out.contains("Error"), out);
        }
        Await.holds("the two nodes form one cluster group", Duration.ofSeconds(120),
                () -> twoNodes(a));
    }

    private static boolean twoNodes(KarafRuntime node) throws Exception {
        String out = node.shell(OPERATOR, OPERATOR_PASSWORD, "cluster:node-list");
        return out.lines().filter(l -> l.contains("127.0.0.1")).count() >= 2;
    }

    private static KarafRuntime node(String folder, String name, String database) throws Exception {
        return KarafRuntime.unpack(folder, USERS).onPostgres(database).systemProperty("nts.node", name)
                .configure("nl.nts.platform.sampledata", "loadOnFirstStart", "false")
                .configure("nl.nts.platform.connectors", "pageSize", "5")
                // a node not heard of for 10 s is taken for down (the least allowed), looked for every second
                .configure("nl.nts.platform.connectors", "staleAfterSeconds", "10")
                .configure("nl.nts.platform.connectors", "tickSeconds", "1");
    }

    private void configureConnector(Api api) throws Exception {
        Api.Answer configured = api.put("/plugins/connector-hubspot/configuration/nl.nts.platform.connector.hubspot~bom", "{\"properties\": {"
                + "\"nts.connector.id\": \"hubspot-bom\", \"nts.connector.system\": \"hubspot-bom\", \"nts.rom\": \"BOM\","
                + "\".accessToken\": \"" + TOKEN + "\", \"baseUrl\": \"" + hubspot.url() + "\"}}");
        assertEquals(200, configured.status(), configured.body());
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, hubspot}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    @Order(1)
    void whatOneNodeWritesTheOtherReadsAtOnceAndAChangeThereIsSeenBack() throws Exception {
        Api.Answer answer = a.api().post("/organisations", Api.json(Map.of("name", "Written On A B.V.", "kind", "SME", "country", "NL",
                "province", "Noord-Brabant", "city", "Eindhoven")));
        assertEquals(201, answer.status(), answer.body());
        JsonNode created = answer.json();
        String path = "/organisations/" + created.get("id").asText();
        JsonNode onB = b.api().get(path).json();
        assertEquals("Written On A B.V.", onB.get("name").asText());

        ((com.fasterxml.jackson.databind.node.ObjectNode) onB).put("city", "Helmond");
        Api.Answer changed = b.api().send(HttpRequest.newBuilder(b.api().uri(path)).header("Content-Type", "application/json")
                .header("If-Match", "\"" + onB.get("version").asLong() + "\"").PUT(HttpRequest.BodyPublishers.ofString(onB.toString())));
        assertEquals(200, changed.status(), changed.body());
        JsonNode back = a.api().get(path).json();
        assertEquals("Helmond", back.get("city").asText(), "node A reads B's change, not a copy it kept: " + back);
        assertEquals(onB.get("version").asLong() + 1, back.get("version").asLong());
    }

    @Test
    @Order(2)
    void aWebSessionMadeOnOneNodeWorksOnTheOtherAndALogoutThereEndsItOnBoth() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + a.port + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("user", "bom-member", "password", "bom-member-password")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, login.statusCode(), login.body());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NTS_SESSION=")).findFirst().orElseThrow();
        String session = cookie.substring(0, cookie.indexOf(';'));
        String csrf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(login.body()).get("csrfToken").asText();

        HttpResponse<String> onB = withCookie(b, session, "GET", "/api/session", null);
        assertEquals(200, onB.statusCode(), "the session made on A is known on B: " + onB.body());
        assertTrue(onB.body().contains("\"user\":\"bom-member\""), onB.body());
        for (KarafRuntime node : List.of(a, b, a, b)) {
            assertEquals(200, withCookie(node, session, "GET", "/api/workshops?size=1", null).statusCode(), "requests alternate between nodes");
        }
        assertEquals(204, withCookie(b, session, "DELETE", "/api/session", csrf).statusCode(), "logged out on B");
        assertEquals(401, withCookie(a, session, "GET", "/api/session", null).statusCode(), "and so on A");
    }

    @Test
    @Order(3)
    void aTokenRevokedOnOneNodeIsRefusedOnTheOtherAtOnce() throws Exception {
        Api member = a.api("bom-member", "bom-member-password");
        JsonNode issued = member.post("/tokens", "{\"name\": \"cluster-sync\"}").json();
        String secret = issued.get("secret").asText();
        Api onB = Api.bearer(b.port, secret);
        assertEquals(200, onB.get("/organisations?size=1").status());
        assertEquals(204, member.delete("/tokens/" + issued.get("token").get("id").asText()).status());
        assertEquals(401, onB.get("/organisations?size=1").status(), "revoked on A, refused on B with the next request");
        assertEquals(401, Api.bearer(a.port, secret).get("/organisations?size=1").status());
    }

    @Test
    @Order(4)
    void failedLoginsOnBothNodesCountTowardOneLockThatHoldsOnBoth() throws Exception {
        // five failures in a row lock the account (the default), wherever they came
        for (int i = 0; i < 5; i++) {
            KarafRuntime node = i % 2 == 0 ? a : b;
            int status = node.api("guessed", "wrong-" + i).get("/workshops?size=1").status();
            assertTrue(status == 401 || status == 429 && i == 4, "failure " + (i + 1) + " on " + (i % 2 == 0 ? "A" : "B") + ": " + status);
        }
        for (KarafRuntime node : List.of(a, b)) {
            Api.Answer right = node.api("guessed", "guessed-password").get("/workshops?size=1");
            assertEquals(429, right.status(), "locked on every node, the right password too: " + right.body());
            assertTrue(right.header("Retry-After") != null);
        }
    }

    @Test
    @Order(5)
    void aPluginInstalledForTheClusterGroupOnOneNodeBecomesActiveOnBothAndItsRemovalGoesToBothToo() throws Exception {
        assertEquals("AVAILABLE", state(b, "report-csv"));
        a.shell(OPERATOR, OPERATOR_PASSWORD, "cluster:feature-install default nts-plugin-report-csv");
        for (KarafRuntime node : List.of(a, b)) {
            Await.holds("report-csv active on node " + node.home.getParent().getFileName(), Duration.ofSeconds(120),
                    () -> "ACTIVE".equals(state(node, "report-csv")));
        }
        a.shell(OPERATOR, OPERATOR_PASSWORD, "cluster:feature-uninstall default nts-plugin-report-csv");
        for (KarafRuntime node : List.of(a, b)) {
            Await.holds("report-csv gone from node " + node.home.getParent().getFileName(), Duration.ofSeconds(120),
                    () -> "AVAILABLE".equals(state(node, "report-csv")));
        }
    }

    private static String state(KarafRuntime node, String plugin) throws Exception {
        return node.api().get("/plugins/" + plugin).json().get("state").asText();
    }

    @Test
    @Order(6)
    void aRunWhoseNodeIsKilledMidwayIsFinishedByTheOtherWithNoCompanyDoubledOrMissing() throws Exception {
        hubspot.holdPage(4);
        Api bomAdmin = a.api("bom-admin", "bom-admin-password");
        Await.holds("a run of connector hubspot-bom starts on node A", Duration.ofSeconds(60),
                () -> bomAdmin.post("/connectors/hubspot-bom/runs", "").status() == 202);
        JsonNode started = bomAdmin.get("/connectors/hubspot-bom/runs").json().get("items").get(0);
        String run = "/connectors/runs/" + started.get("id").asText();
        assertTrue(hubspot.awaitHeld(Duration.ofSeconds(60)), "the fourth page is asked for");
        assertEquals(3, a.api().get(run).json().get("pages").asInt());
        a.kill();
        hubspot.release();

        // node B takes the run over once A's heartbeat is stale, and ends it
        ConnectorResumeIT.assertResumedWithEveryCompany(b.api(), run, COMPANIES, "cluster%20company");
        assertTrue(b.log().contains("resumes from its last stored page (page 4)"), "node B's log says so");
    }

    private static HttpResponse<String> withCookie(KarafRuntime node, String cookie, String method, String path, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port + path)).header("Cookie", cookie)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
