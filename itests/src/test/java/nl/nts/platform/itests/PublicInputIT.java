package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static nl.nts.platform.itests.NationalCoreIT.assertRefused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A ROM's public input page over real HTTP: an entrepreneur without an account leaves input, it
 * reaches the ROM's queue in its workflow's first state, its contact only where the person agreed
 * and only for that ROM's people; the page tells nothing else, refuses bad input without keeping
 * any of it, and limits how often one address leaves input. The platform here trusts the loopback
 * address as a proxy, so that each test speaks for addresses of its own (X-Forwarded-For).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PublicInputIT extends PlatformTest {

    private static final int PER_ADDRESS = 3;

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(NtsDistribution.optionsWithDatabase(),
                editConfigurationFilePut("etc/nl.nts.platform.publicpages.cfg", "perAddress", String.valueOf(PER_ADDRESS)),
                editConfigurationFilePut("etc/nl.nts.platform.publicpages.cfg", "closedRoms", "IZ, NOM"),
                editConfigurationFilePut("etc/nl.nts.platform.publicpages.cfg", "trustedProxies", "127.0.0.1, ::1"));
    }

    private static Map<String, Object> input(String text, Map<String, Object> submission) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "CHALLENGE");
        body.put("theme", "TALENT");
        body.put("technologies", List.of("NTS06"));
        body.put("valueChain", "VC04");
        body.put("text", text);
        body.put("submission", submission);
        return body;
    }

    private static Map<String, Object> submission(String organisation, String name, String email, boolean consent) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organisation", organisation);
        s.put("contactName", name);
        s.put("contactEmail", email);
        s.put("contactConsent", consent);
        return s;
    }

    /** A submission from this address (the proxy's X-Forwarded-For), with these credentials (null: none). */
    private Api.Answer leave(String rom, String from, Map<String, Object> body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/public/" + rom + "/inputs")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", from).POST(HttpRequest.BodyPublishers.ofString(Api.json(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Api.anonymous(port()).send(request);
    }

    private JsonNode findByText(Api reader, String text) throws Exception {
        for (JsonNode i : reader.get("/inputs?rom=BOM&size=200&sort=-createdAt").json().get("items")) {
            if (i.get("text").asText().equals(text)) {
                return i;
            }
        }
        return null;
    }

    @Test
    public void anEntrepreneurWithoutAnAccountReachesTheRomsQueueAndOnlyThatRomSeesTheContact() throws Exception {
        String text = "We cannot find welders for our cleanroom frames " + System.nanoTime();
        Api.Answer page = Api.anonymous(port()).get("/public/BOM");
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.json().get("open").asBoolean());
        assertEquals("BOM", page.json().get("rom").asText());

        Api.Answer left = leave("BOM", "203.0.113.1", input(" " + text + " ", submission(" Lasbedrijf De Vonk ", "Anna de Vries",
                "anna@devonk.example", true)), null);
        assertEquals(left.body(), 201, left.status());
        assertEquals("a receipt, nothing of the record", Set.of("rom", "status", "receivedAt"), fields(left.json()));
        assertEquals("received", left.json().get("status").asText());
        assertTrue(left.header("Cache-Control"), left.header("Cache-Control").contains("no-store"));

        JsonNode seen = findByText(user("bom-member", "bom-password"), text);
        assertNotNull("in BOM's queue", seen);
        assertEquals("received", seen.get("status").asText());
        assertTrue("no workshop", seen.get("workshop").isNull());
        assertEquals("BOM", seen.get("rom").asText());
        assertEquals("public-page", seen.get("stamp").get("createdBy").asText());
        JsonNode s = seen.get("submission");
        assertEquals("Lasbedrijf De Vonk", s.get("organisation").asText());
        assertEquals("Anna de Vries", s.get("contactName").asText());
        assertEquals("anna@devonk.example", s.get("contactEmail").asText());
        long id = seen.get("id").asLong();

        JsonNode byLiof = user("liof-member", "liof-password").get("/inputs/" + id).json();
        assertEquals(text, byLiof.get("text").asText());
        assertEquals("Lasbedrijf De Vonk", byLiof.get("submission").get("organisation").asText());
        assertTrue("another ROM's people do not see the contact: " + byLiof, byLiof.get("submission").get("contactName").isNull()
                && byLiof.get("submission").get("contactEmail").isNull());
        JsonNode listedForLiof = null;
        for (JsonNode i : user("liof-member", "liof-password").get("/inputs?rom=BOM&size=200&sort=-createdAt").json().get("items")) {
            listedForLiof = i.get("id").asLong() == id ? i : listedForLiof;
        }
        assertTrue("nor in a list: " + listedForLiof, listedForLiof.get("submission").get("contactEmail").isNull());
        assertProblem(Api.anonymous(port()).get("/inputs/" + id), 401);

        // BOM's adviser links it to a stored organisation; what the entrepreneur left stays as it came
        long org = api.get("/organisations?rom=BOM&size=1").json().get("items").get(0).get("id").asLong();
        Map<String, Object> change = input(text, submission("Forged BV", "Mallory", "m@example.org", true));
        change.put("organisation", org);
        change.put("version", seen.get("version").asLong());
        Api.Answer linked = user("bom-member", "bom-password").send("PUT", "/inputs/" + id, Api.json(change));
        assertEquals(linked.body(), 200, linked.status());
        assertEquals(org, linked.json().get("organisation").asLong());
        assertEquals("Lasbedrijf De Vonk", linked.json().get("submission").get("organisation").asText());
        assertEquals("anna@devonk.example", linked.json().get("submission").get("contactEmail").asText());
        assertTrue(linked.json().get("workshop").isNull());

        JsonNode audit = api.get("/audit?kind=input&record=" + id).json().get("items");
        assertTrue(audit.toString(), audit.size() >= 1);
        boolean created = false;
        for (JsonNode e : audit) {
            created |= e.get("action").asText().equals("create") && e.get("actor").asText().equals("public-page");
        }
        assertTrue("made by the public page: " + audit, created);
    }

    @Test
    public void credentialsMakeNoDifferenceOnThePublicPage() throws Exception {
        String text = "Sent by someone logged in " + System.nanoTime();
        String operator = "Basic " + java.util.Base64.getEncoder().encodeToString((Api.USER + ":" + Api.PASSWORD).getBytes());
        Api.Answer left = leave("BOM", "203.0.113.2", input(text, submission("Bakkerij Brood", null, null, false)), operator);
        assertEquals(left.body(), 201, left.status());
        assertEquals("public-page", findByText(api, text).get("stamp").get("createdBy").asText());
        Api.Answer wrong = leave("BOM", "203.0.113.2", input(text + " again", submission("Bakkerij Brood", null, null, false)),
                "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:wrong".getBytes()));
        assertEquals("no login is tried here: " + wrong.body(), 201, wrong.status());
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndNothingOfItIsKept() throws Exception {
        long before = api.get("/inputs?size=1").json().get("total").asLong();
        long auditBefore = api.get("/audit?size=1").json().get("total").asLong();
        assertRefused(leave("BOM", "203.0.113.3", input("Contact without consent", submission("De Vonk", null, "anna@devonk.example", false)), null),
                422, "submission.contactConsent");
        assertRefused(leave("BOM", "203.0.113.3", input("No organisation", submission(" ", null, null, false)), null), 422, "submission.organisation");
        assertRefused(leave("BOM", "203.0.113.3", input("Nothing left", null), null), 422, "submission");
        Map<String, Object> badTheme = input("Weather", submission("De Vonk", null, null, false));
        badTheme.put("theme", "WEATHER");
        assertRefused(leave("BOM", "203.0.113.3", badTheme, null), 422, "theme");
        assertRefused(leave("BOM", "203.0.113.3", input("", submission("De Vonk", null, null, false)), null), 422, "text");
        assertRefused(leave("XYZ", "203.0.113.3", input("Unknown ROM", submission("De Vonk", null, null, false)), null), 404, null);
        assertEquals("nothing kept", before, api.get("/inputs?size=1").json().get("total").asLong());
        assertEquals("nothing audited", auditBefore, api.get("/audit?size=1").json().get("total").asLong());
        // refused submissions do not count against the address
        for (int i = 0; i < PER_ADDRESS; i++) {
            Api.Answer ok = leave("BOM", "203.0.113.3", input("Good one " + i + " " + System.nanoTime(), submission("De Vonk", null, null, false)), null);
            assertEquals(ok.body(), 201, ok.status());
        }
    }

    /** The core's service as any bundle gets it (this test's probe: a bundle of no plugin), around REST. */
    @javax.inject.Inject
    private nl.nts.platform.api.service.Inputs inputs;

    @Test
    public void aClosedPageTakesNothing() throws Exception {
        // decided below REST: a bundle calling the service itself is refused too
        SecurityException below = org.junit.Assert.assertThrows(SecurityException.class, () -> inputs.submitPublic("IZ",
                nl.nts.platform.api.model.Input.builder().kind(nl.nts.platform.api.model.InputKind.RISK).theme("TALENT").text("Around REST")
                        .submission(nl.nts.platform.api.model.PublicSubmission.builder().organisation("Zeeuwse Mossel BV").build()).build()));
        assertTrue(below.getMessage(), below.getMessage().contains("IZ's public page takes no input"));
        assertFalse(Api.anonymous(port()).get("/public/IZ").json().get("open").asBoolean());
        assertFalse(Api.anonymous(port()).get("/public/NOM").json().get("open").asBoolean());
        Api.Answer refused = leave("IZ", "203.0.113.4", input("Closed", submission("Zeeuwse Mossel BV", null, null, false)), null);
        assertProblem(refused, 403);
        assertTrue(refused.body(), refused.json().get("detail").asText().contains("IZ"));
        assertProblem(Api.anonymous(port()).get("/public/XYZ"), 404);
    }

    @Test
    public void oneAddressLeavesAsMuchAsThePageTakesThenWaitsWhileOthersGoOn() throws Exception {
        for (int i = 0; i < PER_ADDRESS; i++) {
            Api.Answer ok = leave("BOM", "198.51.100.7", input("Flood " + i + " " + System.nanoTime(), submission("Flood BV", null, null, false)), null);
            assertEquals(ok.body(), 201, ok.status());
        }
        Api.Answer waits = leave("BOM", "198.51.100.7", input("One too many", submission("Flood BV", null, null, false)), null);
        assertProblem(waits, 429);
        long retry = Long.parseLong(waits.header("Retry-After"));
        assertTrue("seconds until the address's window ends: " + retry, retry > 0 && retry <= 3600);
        assertEquals("another address goes on", 201, leave("BOM", "198.51.100.8", input("Other " + System.nanoTime(),
                submission("Other BV", null, null, false)), null).status());
        // an IPv6 host counts by its /64 network: a new address in the same network waits too
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertEquals(201, leave("BOM", "2001:db8:7:7::" + (i + 1), input("Six " + i + " " + System.nanoTime(), submission("Six BV", null, null, false)), null).status());
        }
        assertProblem(leave("BOM", "2001:db8:7:7:ffff::9", input("Six more", submission("Six BV", null, null, false)), null), 429);
    }

    @Test
    public void theOpenApiDocumentListsThePageAsNeedingNoLogin() throws Exception {
        JsonNode post = api.get("/openapi.json").json().get("paths").get("/public/{rom}/inputs").get("post");
        assertEquals("public", post.get("tags").get(0).asText());
        assertEquals("no security requirement: " + post.get("security"), 1, post.get("security").size());
        assertEquals(0, post.get("security").get(0).size());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
