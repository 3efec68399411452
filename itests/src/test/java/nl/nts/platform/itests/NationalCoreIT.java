package nl.nts.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The national core as a user meets it: the distribution archive booted in Karaf, its REST API
 * over real HTTP and its shell commands. One container for the whole class.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NationalCoreIT extends PlatformTest {

    @Inject
    private BundleContext context;

    @Test
    public void everyBundleOfTheDistributionIsActive() {
        List<String> notActive = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                notActive.add(bundle.getSymbolicName() + " (state " + bundle.getState() + ")");
            }
        }
        assertEquals("bundles not active", List.of(), notActive);
        for (String core : List.of("nts-core-api", "nts-core-shared", "nts-core-store", "nts-core-domain", "nts-core-plugins", "nts-core-security", "nts-core-rest", "nts-core-shell")) {
            assertTrue(core + " is installed", List.of(context.getBundles()).stream().anyMatch(b -> core.equals(b.getSymbolicName())));
        }
    }

    /**
     * The realm's start waits for the password hashing service (bcrypt) when it starts first, and
     * the same thread would only start that service next: every start stood still for the wait's
     * limit of 10 s. etc/org.apache.karaf.features.xml puts the service a start level earlier;
     * this fails when a Karaf upgrade brings the feature back under another version.
     */
    @Test
    public void thePasswordHashingServiceStartsBeforeTheRealmThatWaitsForIt() {
        int hashing = startLevel("org.apache.karaf.jaas.spring-security-crypto");
        int realm = startLevel("org.apache.karaf.jaas.modules");
        assertTrue("the hashing service's start level " + hashing + " is below the realm's " + realm, hashing < realm);
    }

    private int startLevel(String symbolicName) {
        Bundle bundle = List.of(context.getBundles()).stream().filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
        assertEquals(symbolicName + " is active", Bundle.ACTIVE, bundle.getState());
        return bundle.adapt(BundleStartLevel.class).getStartLevel();
    }

    /**
     * Every GET answers conditionally (ETag, If-None-Match answered 304 without a body), and the
     * national picture, which the API keeps between writes, is right after every write: one
     * through the API, and, on a database other nodes can share (PostgreSQL), one another node
     * makes in it (its data and its mark in NTS_CHANGE_MARK, written here over JDBC as that node
     * would).
     */
    @Test
    public void keptAnswersAreRightAfterEveryWriteHereOrOnAnotherNode() throws Exception {
        Api anonymous = Api.anonymous(Integer.getInteger(NtsDistribution.HTTP_PORT));
        for (String path : List.of("/value-chains", "/value-chains/VC02", "/value-chains/VC02/resilience", "/technologies", "/roms",
                "/themes", "/organisations?size=5", "/workshops?size=5", "/audit?size=5")) {
            Api reader = path.startsWith("/organisations") || path.startsWith("/workshops") || path.startsWith("/audit") ? api : anonymous;
            Api.Answer first = reader.get(path);
            assertEquals(path + ": " + first.body(), 200, first.status());
            String tag = first.header("ETag");
            assertNotNull(path + " has an ETag", tag);
            Api.Answer again = reader.send(java.net.http.HttpRequest.newBuilder(reader.uri(path)).header("If-None-Match", tag).GET());
            assertEquals(path, 304, again.status());
            assertEquals(path, "", again.body());
            assertEquals(path, tag, again.header("ETag"));
            assertEquals(path + " answers the same again", first.body(), reader.get(path).body());
        }

        JsonNode chain = anonymous.get("/value-chains/VC02").json();
        String listTag = anonymous.get("/value-chains").header("ETag");
        com.fasterxml.jackson.databind.node.ObjectNode changed = chain.deepCopy();
        changed.put("description", "Changed through the API " + System.nanoTime());
        Api.Answer put = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/value-chains/VC02")).header("Content-Type", "application/json")
                .header("If-Match", "\"" + chain.get("version").asLong() + "\"").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(changed.toString())));
        assertEquals(put.body(), 200, put.status());
        assertEquals(changed.get("description").asText(), anonymous.get("/value-chains/VC02").json().get("description").asText());
        Api.Answer list = anonymous.send(java.net.http.HttpRequest.newBuilder(anonymous.uri("/value-chains")).header("If-None-Match", listTag).GET());
        assertEquals("the list moved on with the write", 200, list.status());
        assertTrue(list.body(), list.body().contains(changed.get("description").asText()));

        String elsewhere = "Changed by another node " + System.nanoTime();
        javax.sql.DataSource database = context.getService(context.getServiceReferences(javax.sql.DataSource.class, "(osgi.jndi.service.name=nts)")
                .iterator().next());
        try (java.sql.Connection c = database.getConnection()) {
            if (c.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                // embedded H2 is locked to this runtime: no other node can write it, and the kept answers are checked
                // against this runtime's own writes (the part above); a shared database (PostgreSQL) is checked below
                return;
            }
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement data = c.prepareStatement("UPDATE NTS_VALUE_CHAIN SET DESCRIPTION = ? WHERE CODE = 'VC02'");
                    java.sql.PreparedStatement mark = c.prepareStatement("UPDATE NTS_CHANGE_MARK SET MARK = MARK + 1 WHERE NODE = 'itest-other-node'")) {
                data.setString(1, elsewhere);
                assertEquals(1, data.executeUpdate());
                if (mark.executeUpdate() == 0) {
                    try (java.sql.PreparedStatement first = c.prepareStatement("INSERT INTO NTS_CHANGE_MARK (NODE, MARK) VALUES ('itest-other-node', 1)")) {
                        first.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        assertEquals(elsewhere, anonymous.get("/value-chains/VC02").json().get("description").asText());
        assertTrue(anonymous.get("/value-chains").body().contains(elsewhere));
    }

    @Test
    public void theTenKeyTechnologies() throws Exception {
        Api.Answer answer = api.get("/technologies");
        assertEquals(200, answer.status());
        assertTrue(answer.contentType(), answer.contentType().startsWith("application/json"));
        JsonNode items = answer.json().get("items");
        assertEquals(10, items.size());
        assertEquals(10, answer.json().get("total").asInt());
        JsonNode semiconductors = items.get(8);
        assertEquals("NTS09", semiconductors.get("code").asText());
        assertEquals("Semiconductor technologies", semiconductors.get("nameEn").asText());
        assertEquals("Halfgeleidertechnologie", semiconductors.get("nameNl").asText());

        assertEquals("Optische systemen en geïntegreerde fotonica", api.get("/technologies/NTS01").json().get("nameNl").asText());
        Api.Answer unknown = api.get("/technologies/NTS99");
        assertProblem(unknown, 404);
        assertEquals("no key technology 'NTS99'", unknown.json().get("detail").asText());
    }

    @Test
    public void theNineRomsWithProvincesAndNuts2Codes() throws Exception {
        JsonNode roms = api.get("/roms").json().get("items");
        assertEquals(9, roms.size());
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        roms.forEach(r -> byCode.put(r.get("code").asText(), r));
        assertEquals(List.of("BOM", "HF", "INW", "IQ", "IZ", "LIOF", "NOM", "ONL", "RUR"), List.copyOf(byCode.keySet()));

        JsonNode oostNl = byCode.get("ONL").get("regions");
        assertEquals(2, oostNl.size());
        assertEquals("Gelderland", oostNl.get(0).get("province").asText());
        assertEquals("NL22", oostNl.get(0).get("nuts2").asText());
        assertEquals("Overijssel", oostNl.get(1).get("province").asText());
        assertEquals("NL21", oostNl.get(1).get("nuts2").asText());

        JsonNode utrecht = api.get("/roms/RUR").json().get("regions").get(0);
        assertEquals("NL35", utrecht.get("nuts2").asText());
        assertEquals("NL31", utrecht.get("nuts2In2021").asText());
        assertProblem(api.get("/roms/XYZ"), 404);
    }

    @Test
    public void theSampleValueChainsAreLoaded() throws Exception {
        JsonNode chain = api.get("/value-chains/VC02").json();
        assertEquals("Integrated photonics (InP and SiN chips to modules)", chain.get("name").asText());
        assertEquals(List.of("NTS01"), texts(chain.get("technologies")));
        assertFalse(texts(chain.get("roms")).isEmpty());
        List<String> codes = texts(api.get("/value-chains").json().get("items"), "code");
        assertTrue(codes.toString(), codes.containsAll(List.of("VC01", "VC07", "VC09", "VC10", "VC14")));
        assertEquals(List.of("VC07", "VC09"), texts(api.get("/value-chains?rom=LIOF&technology=NTS05").json().get("items"), "code"));
        JsonNode page = api.get("/value-chains?size=5&page=2&sort=-code").json();
        assertEquals(5, page.get("items").size());
        assertTrue(page.get("total").asInt() >= 14);
        assertRefused(api.get("/value-chains?sort=colour"), 422, "sort");
    }

    @Test
    public void aValueChainIsCreatedReadChangedAndDeleted() throws Exception {
        Api.Answer created = api.post("/value-chains", Api.json(chain("IT-LIFE", "Lab-to-fab lines", List.of("NTS09", "NTS01"), List.of("BOM", "LIOF"))));
        assertEquals(created.body(), 201, created.status());
        // a path, not a URL built from the Host header
        assertEquals("/api/value-chains/IT-LIFE", created.header("Location"));
        assertEquals(1, created.json().get("version").asInt());
        assertEquals(List.of("NTS01", "NTS09"), texts(created.json().get("technologies")));

        JsonNode read = api.get("/value-chains/IT-LIFE").json();
        assertEquals("Lab-to-fab lines", read.get("name").asText());
        assertEquals(List.of("BOM", "LIOF"), texts(read.get("roms")));

        Map<String, Object> change = chain(null, "Lab-to-fab pilot lines", List.of("NTS09"), List.of("BOM"));
        change.put("description", "Pilot lines for start-ups");
        change.put("version", 1);
        Api.Answer changed = api.put("/value-chains/IT-LIFE", Api.json(change));
        assertEquals(changed.body(), 200, changed.status());
        assertEquals(2, changed.json().get("version").asInt());
        assertEquals("Pilot lines for start-ups", api.get("/value-chains/IT-LIFE").json().get("description").asText());

        // a writer who read version 1 does not overwrite version 2
        Api.Answer stale = api.put("/value-chains/IT-LIFE", Api.json(change));
        assertProblem(stale, 409);
        assertEquals("version", stale.json().get("field").asText());
        assertEquals("Lab-to-fab pilot lines", api.get("/value-chains/IT-LIFE").json().get("name").asText());

        assertEquals(204, api.delete("/value-chains/IT-LIFE").status());
        assertProblem(api.get("/value-chains/IT-LIFE"), 404);
        assertProblem(api.delete("/value-chains/IT-LIFE"), 404);
        assertProblem(api.put("/value-chains/IT-LIFE", Api.json(change)), 404);
    }

    @Test
    public void badInputIsRefusedWithTheFieldNamedAndNothingWritten() throws Exception {
        String before = api.get("/value-chains").body();

        assertRefused(api.post("/value-chains", "{\"code\": \"IT-BAD\", \"name\": "), 400, null);
        assertRefused(api.post("/value-chains", ""), 400, "body");
        assertRefused(api.post("/value-chains", "{\"code\":\"IT-BAD\",\"name\":\"x\",\"technologies\":[\"NTS01\"],\"colour\":\"red\"}"), 400, "colour");
        assertRefused(api.post("/value-chains", "{\"code\":\"IT-BAD\",\"name\":\"x\",\"technologies\":\"NTS01\"}"), 400, "technologies");
        assertRefused(api.post("/value-chains", Api.json(chain("IT-BAD", null, List.of("NTS01"), List.of()))), 422, "name");
        assertRefused(api.post("/value-chains", Api.json(chain("IT-BAD", "x".repeat(201), List.of("NTS01"), List.of()))), 422, "name");
        assertRefused(api.post("/value-chains", Api.json(chain("it bad", "x", List.of("NTS01"), List.of()))), 422, "code");
        assertRefused(api.post("/value-chains", Api.json(chain("IT-BAD", "x", List.of("NTS01", "NTS99"), List.of()))), 422, "technologies[1]");
        assertRefused(api.post("/value-chains", Api.json(chain("IT-BAD", "x", List.of("NTS01"), List.of("BOM", "XYZ")))), 422, "roms[1]");
        assertRefused(api.post("/value-chains", Api.json(chain("IT-BAD", "x", List.of(), List.of()))), 422, "technologies");
        assertRefused(api.post("/value-chains", Api.json(chain("VC01", "x", List.of("NTS01"), List.of()))), 409, "code");
        assertRefused(api.put("/value-chains/VC01", Api.json(versioned(chain("VC02", "x", List.of("NTS01"), List.of()), 1))), 422, "code");
        assertRefused(api.put("/value-chains/VC01", Api.json(versioned(chain(null, "x", List.of("NTS77"), List.of()), 1))), 422, "technologies[0]");
        assertRefused(api.put("/value-chains/VC01", Api.json(chain(null, "x", List.of("NTS01"), List.of()))), 428, "version");
        assertRefused(api.send(java.net.http.HttpRequest.newBuilder(api.uri("/value-chains"))
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("VC99"))), 415, null);
        assertRefused(api.get("/no-such-resource"), 404, null);

        assertEquals("the value chains are exactly as before", before, api.get("/value-chains").body());
    }

    @Test
    public void concurrentCreatesOfOneCodeLeaveExactlyOneChain() throws Exception {
        String body = Api.json(chain("IT-RACE", "Race", List.of("NTS02"), List.of()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> api.post("/value-chains", body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(posts)) {
                statuses.add(f.get());
            }
            assertEquals(statuses.toString(), 1, statuses.stream().filter(s -> s == 201).count());
            assertEquals(statuses.toString(), 7, statuses.stream().filter(s -> s == 409).count());
        } finally {
            pool.shutdownNow();
            api.delete("/value-chains/IT-RACE");
        }
    }

    @Test
    public void shellCommandsPrintReadableTables() throws Exception {
        KarafShell shell = shell();
        String technologies = shell.run("nts:technologies");
        assertTrue(technologies, technologies.contains("NTS09") && technologies.contains("Halfgeleidertechnologie"));

        String roms = shell.run("nts:roms");
        assertTrue(roms, roms.contains("Gelderland, Overijssel") && roms.contains("NL22, NL21"));

        String chains = shell.run("nts:value-chains");
        assertTrue(chains, chains.contains("VC01") && chains.contains("VC14"));
        String liof = shell.run("nts:value-chains --rom LIOF");
        assertTrue(liof, liof.contains("VC07") && !liof.contains("VC03"));
    }

    private static Map<String, Object> chain(String code, String name, List<String> technologies, List<String> roms) {
        Map<String, Object> chain = new LinkedHashMap<>();
        if (code != null) {
            chain.put("code", code);
        }
        chain.put("name", name);
        chain.put("technologies", technologies);
        chain.put("roms", roms);
        return chain;
    }

    private static Map<String, Object> versioned(Map<String, Object> record, long version) {
        record.put("version", version);
        return record;
    }

    static void assertRefused(Api.Answer answer, int status, String field) {
        assertProblem(answer, status);
        if (field != null) {
            assertNotNull(answer.body(), answer.json().get("field"));
            assertEquals(answer.body(), field, answer.json().get("field").asText());
        }
    }

    static void assertProblem(Api.Answer answer, int status) {
        assertEquals(answer.body(), status, answer.status());
        assertEquals(answer.body(), "application/problem+json", answer.contentType());
        JsonNode problem = answer.json();
        assertEquals(status, problem.get("status").asInt());
        assertNotNull(problem.get("title"));
        assertFalse("no stack trace in an answer: " + answer.body(), answer.body().contains("Exception") || answer.body().contains("\tat "));
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    @Test
    public void theOpenApiDocumentDescribesTheWholeApiAndHasABrowsablePage() throws Exception {
        Api.Answer answer = api.get("/openapi.json");
        assertEquals(200, answer.status());
        JsonNode document = answer.json();
        assertTrue(document.get("openapi").asText().startsWith("3."));
        assertEquals("/api", document.get("servers").get(0).get("url").asText());
        JsonNode paths = document.get("paths");
        for (String path : List.of("/technologies", "/roms", "/themes", "/value-chains/{code}", "/value-chains/{code}/resilience",
                "/organisations/{id}", "/workshops", "/inputs", "/plans/{id}/overview", "/actions", "/agendas/{technology}",
                "/funding-calls", "/consortia")) {
            assertNotNull("documented: " + path, paths.get(path));
        }
        assertNotNull(paths.get("/value-chains/{code}").get("put"));
        JsonNode schemas = document.get("components").get("schemas");
        assertNotNull(schemas.get("Organisation").get("properties").get("kvkNumber"));
        assertNotNull(schemas.get("Action").get("properties").get("budget"));

        // the page at /api/docs and /api/docs/ alike: everything it links to is there
        for (String at : List.of("/docs", "/docs/")) {
            Api.Answer page = api.get(at);
            assertEquals(at, 200, page.status());
            assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
            java.util.regex.Matcher links = java.util.regex.Pattern.compile("(?:href=\"|src=\"|url: ')([^\"']+)").matcher(page.body());
            int linked = 0;
            while (links.find()) {
                java.net.URI link = api.uri(at).resolve(links.group(1));
                Api.Answer linkedFile = api.send(java.net.http.HttpRequest.newBuilder(link).GET());
                assertEquals(at + " links " + link, 200, linkedFile.status());
                linked++;
            }
            assertEquals(at, 4, linked);
        }
        Api.Answer script = api.get("/docs/swagger-ui-bundle.js");
        assertEquals(200, script.status());
        assertTrue(script.body().length() > 100_000);
        // refused at the edge: an encoded slash names no file
        assertProblem(api.get("/docs/..%2Fetc%2Fpasswd"), 400);
    }

    @Test
    public void referenceDataIsPublicAndEverythingElseNeedsALogin() throws Exception {
        Api anonymous = Api.anonymous(Integer.getInteger(NtsDistribution.HTTP_PORT));
        for (String path : List.of("/technologies", "/roms/BOM", "/themes", "/value-chains", "/value-chains/VC01/resilience", "/openapi.json")) {
            assertEquals(path, 200, anonymous.get(path).status());
        }
        for (String path : List.of("/organisations", "/workshops", "/inputs", "/plans", "/agendas", "/plugins", "/funding-calls")) {
            Api.Answer refused = anonymous.get(path);
            assertProblem(refused, 401);
            assertEquals("Basic realm=\"nts-platform\"", refused.header("WWW-Authenticate"));
            assertTrue(refused.body(), refused.json().get("detail").asText().startsWith("log in with HTTP Basic"));
        }
        long before = api.get("/value-chains").json().get("total").asLong();
        assertProblem(anonymous.post("/value-chains", Api.json(chain("IT-ANON", "Anonymous", List.of("NTS01"), List.of()))), 401);
        Api wrongPassword = new Api(Integer.getInteger(NtsDistribution.HTTP_PORT), Api.USER, "not-the-password");
        // a failed login says so, and not which half of it was wrong
        for (Api wrong : List.of(wrongPassword, new Api(Integer.getInteger(NtsDistribution.HTTP_PORT), "nobody-here", "not-the-password"))) {
            for (String path : List.of("/organisations", "/technologies")) {
                Api.Answer refused = wrong.get(path);
                assertProblem(refused, 401);
                assertEquals(refused.body(), "the user name or the password is wrong", refused.json().get("detail").asText());
            }
        }
        assertEquals(before, api.get("/value-chains").json().get("total").asLong());
    }
}
