package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * People managed over HTTP against the real realm ({@code etc/users.properties} through its
 * backing engine): an operator adds a BOM admin, who adds a BOM member, who logs in; the BOM admin
 * cannot touch a LIOF member nor grant {@code kia-operator}; a demoted user's session loses the
 * role and a removed user's session, token and Basic login stop at once; passwords are stored as
 * bcrypt hashes; the audit trail names every change and holds no secret.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeopleIT extends PlatformTest {

    private static final String CHIEF_PASSWORD = "bom-chief-first-password";

    @Test
    public void peopleAreManagedThroughTheRealmEachWithinTheirRights() throws Exception {
        // the operator adds a BOM admin, with a password chosen
        Api.Answer chiefAdded = api.post("/people", Api.json(Map.of("name", " bom-chief ", "password", CHIEF_PASSWORD,
                "roles", List.of("rom-admin:BOM", "rom-member:BOM"))));
        assertEquals(chiefAdded.body(), 201, chiefAdded.status());
        assertEquals("/api/people/bom-chief", chiefAdded.header("Location"));
        assertEquals("bom-chief", chiefAdded.json().get("person").get("name").asText());
        assertEquals(List.of("rom-admin:BOM", "rom-member:BOM"), NationalCoreIT.texts(chiefAdded.json().get("person").get("roles")));
        assertTrue("a chosen password is not echoed: " + chiefAdded.body(), chiefAdded.json().get("password").isNull());
        // stored as Karaf's bcrypt hash, like every password of the realm
        String users = Files.readString(Paths.get(System.getProperty("karaf.etc"), "users.properties"), StandardCharsets.UTF_8);
        String chiefLine = users.lines().filter(l -> l.startsWith("bom-chief")).findFirst().orElseThrow();
        assertTrue(chiefLine, chiefLine.matches("bom-chief\\s*=\\s*\\{CRYPT\\}[^,]{40,}\\{CRYPT\\},rom-admin:BOM,rom-member:BOM"));
        assertFalse(users.contains(CHIEF_PASSWORD));

        // the BOM admin logs in with it, and sees BOM's people only
        Api chief = user("bom-chief", CHIEF_PASSWORD);
        List<String> seen = names(chief.get("/people"));
        assertTrue(seen.toString(), seen.containsAll(List.of("bom-admin", "bom-chief", "bom-member", "spaced")));
        assertFalse(seen.toString(), seen.contains("liof-member") || seen.contains(Api.USER) || seen.contains("liof-board"));
        assertTrue(names(api.get("/people")).containsAll(List.of("liof-member", Api.USER, "bom-chief")));

        // ... adds a BOM member with a generated password, shown in that answer once
        Api.Answer newcomerAdded = chief.post("/people", Api.json(Map.of("name", "bom-newcomer", "roles", List.of("rom-member:BOM"))));
        assertEquals(newcomerAdded.body(), 201, newcomerAdded.status());
        assertTrue(newcomerAdded.header("Cache-Control"), newcomerAdded.header("Cache-Control").contains("no-store"));
        String newcomerPassword = newcomerAdded.json().get("password").asText();
        assertEquals(20, newcomerPassword.length());
        assertFalse(chief.get("/people/bom-newcomer").body().contains(newcomerPassword));

        // ... who logs in, with Basic and with a web session
        Api newcomer = user("bom-newcomer", newcomerPassword);
        assertEquals(200, newcomer.get("/workshops").status());
        String session = login("bom-newcomer", newcomerPassword);
        assertEquals(List.of("rom-member:BOM"), NationalCoreIT.texts(sessionOf(session).get("roles")));

        // the BOM admin cannot touch a LIOF member, nor grant what is not BOM's
        for (Api.Answer refused : List.of(chief.get("/people/liof-member"),
                chief.put("/people/liof-member/roles", "{\"roles\":[\"rom-member:BOM\"]}"),
                chief.put("/people/liof-member/password", "{\"password\":\"a-password-of-bom\"}"),
                chief.delete("/people/liof-member"))) {
            assertProblem(refused, 403);
            assertTrue(refused.body(), refused.json().get("detail").asText().contains("they hold roles outside BOM"));
        }
        Api.Answer operatorGrant = chief.post("/people", Api.json(Map.of("name", "bom-climber", "password", "bom-climber-password",
                "roles", List.of("kia-operator"))));
        assertProblem(operatorGrant, 403);
        assertEquals("bom-chief may not grant kia-operator: a ROM's admin grants only rom-member:BOM and rom-admin:BOM",
                operatorGrant.json().get("detail").asText());
        assertProblem(chief.put("/people/bom-newcomer/roles", "{\"roles\":[\"rom-member:BOM\",\"rom-member:LIOF\"]}"), 403);
        assertProblem(chief.get("/people/bom-climber"), 404);
        // a member manages nobody; bad input names its fields
        assertProblem(user("bom-member", "bom-password").get("/people"), 403);
        Api.Answer invalid = api.post("/people", "{\"name\":\"jan de vries\",\"password\":\"short\",\"roles\":[\"rom-member:XYZ\"]}");
        assertProblem(invalid, 422);
        assertEquals(List.of("name", "password", "roles[0]"), fields(invalid));
        assertFalse(invalid.body().contains("short"));
        assertProblem(api.post("/people", Api.json(Map.of("name", "BOM-Newcomer", "password", "another-long-one", "roles", List.of()))), 409);

        // promoted, the web session may act as BOM admin (never more than at its login); demoted, it loses that at once
        assertEquals(200, chief.put("/people/bom-newcomer/roles", "{\"roles\":[\"rom-member:BOM\",\"rom-admin:BOM\"]}").status());
        String adminSession = login("bom-newcomer", newcomerPassword);
        assertTrue(NationalCoreIT.texts(sessionOf(adminSession).get("roles")).contains("rom-admin:BOM"));
        Api.Answer demoted = chief.put("/people/bom-newcomer/roles", "{\"roles\":[\"rom-member:BOM\"]}");
        assertEquals(demoted.body(), List.of("rom-member:BOM"), NationalCoreIT.texts(demoted.json().get("roles")));
        assertEquals(List.of("rom-member:BOM"), NationalCoreIT.texts(sessionOf(adminSession).get("roles")));
        assertEquals(403, withCookie(adminSession, "GET", "/api/people", null).statusCode());

        // removed, the newcomer's session, token and Basic login stop at once
        Api.Answer token = newcomer.post("/tokens", "{\"name\":\"crm-sync\"}");
        assertEquals(token.body(), 201, token.status());
        Api bearer = Api.bearer(port(), token.json().get("secret").asText());
        assertEquals(200, bearer.get("/workshops").status());
        assertEquals(204, chief.delete("/people/bom-newcomer").status());
        assertEquals(401, withCookie(session, "GET", "/api/session", null).statusCode());
        assertEquals(401, withCookie(adminSession, "GET", "/api/workshops", null).statusCode());
        assertEquals(401, bearer.get("/workshops").status());
        assertEquals(401, newcomer.get("/workshops").status());
        assertProblem(chief.get("/people/bom-newcomer"), 404);

        // a new password counts at once, the old one no longer
        Api.Answer reset = api.put("/people/bom-chief/password", "{\"password\":\"bom-chief-second-password\"}");
        assertEquals(reset.body(), 200, reset.status());
        assertEquals(401, chief.get("/people").status());
        assertEquals(200, user("bom-chief", "bom-chief-second-password").get("/people").status());

        // the platform cannot be left without an operator, nor an account remove itself
        Api.Answer self = api.delete("/people/" + Api.USER);
        assertProblem(self, 409);
        assertEquals("name", self.json().get("field").asText());

        // the audit trail names each change, the ROM's admin reads BOM's part, and no password or hash is in it
        Api.Answer audit = api.get("/audit?kind=person&size=50");
        assertEquals(audit.body(), 200, audit.status());
        // (the other test of this class may have written entries of its own person)
        List<JsonNode> entries = ours(audit);
        List<String> actions = new java.util.ArrayList<>();
        entries.forEach(e -> actions.add(e.get("action").asText() + " " + e.get("record").asText() + " by " + e.get("actor").asText()));
        assertEquals(List.of("password-reset bom-chief by " + Api.USER, "delete bom-newcomer by bom-chief", "update bom-newcomer by bom-chief",
                "update bom-newcomer by bom-chief", "create bom-newcomer by bom-chief", "create bom-chief by " + Api.USER), actions);
        String trail = audit.body() + api.get("/audit/" + entries.get(0).get("id").asLong()).body();
        for (String secret : List.of(CHIEF_PASSWORD, "bom-chief-second-password", newcomerPassword, "{CRYPT}", "$2a$", "$2b$")) {
            assertFalse(secret + " in the audit trail", trail.contains(secret));
        }
        assertEquals(6, ours(user("bom-chief", "bom-chief-second-password").get("/audit?kind=person&rom=BOM&size=50")).size());
    }

    @Test
    public void theShellListsAddsAndRemovesPeopleWithTheSameRules() throws Exception {
        KarafShell shell = shell();
        String added = shell.runAs("bom-admin", "nts:person-add -g bom-shell-user rom-member:BOM", "rom-admin:BOM", "rom-member:BOM");
        assertTrue(added, added.contains("added bom-shell-user (rom-member:BOM)"));
        String password = added.lines().filter(l -> l.startsWith("generated password")).findFirst().orElseThrow().replaceAll(".*: ", "").strip();
        assertEquals(200, user("bom-shell-user", password).get("/workshops").status());
        String listed = shell.runAsOperator("nts:people-list");
        assertTrue(listed, listed.contains("bom-shell-user") && listed.contains("liof-member") && !listed.contains(password));
        try {
            shell.runAs("bom-admin", "nts:person-remove liof-member", "rom-admin:BOM", "rom-member:BOM");
            fail("a BOM admin removed a LIOF member");
        } catch (SecurityException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("bom-admin may not remove liof-member"));
        }
        // no terminal to type a password into: refused, nobody added
        try {
            shell.runAsOperator("nts:person-add typed-user rom-member:BOM");
            fail("added without a password");
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().contains("-g"));
        }
        assertProblem(api.get("/people/typed-user"), 404);
        String removed = shell.runAs("bom-admin", "nts:person-remove bom-shell-user", "rom-admin:BOM", "rom-member:BOM");
        assertTrue(removed, removed.contains("removed bom-shell-user"));
        assertEquals(401, user("bom-shell-user", password).get("/workshops").status());
    }

    /** The audit entries of this test's people, newest first. */
    private static List<JsonNode> ours(Api.Answer page) {
        assertEquals(page.body(), 200, page.status());
        List<JsonNode> entries = new java.util.ArrayList<>();
        page.json().get("items").forEach(e -> {
            if (List.of("bom-chief", "bom-newcomer").contains(e.get("record").asText())) {
                entries.add(e);
            }
        });
        return entries;
    }

    private static List<String> names(Api.Answer page) {
        assertEquals(page.body(), 200, page.status());
        List<String> names = new java.util.ArrayList<>();
        page.json().get("items").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    private static List<String> fields(Api.Answer problem) {
        List<String> fields = new java.util.ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    /** Logs in to the web application; the session cookie's value. */
    private static String login(String user, String password) throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("user", user, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(login.body(), 201, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NTS_SESSION=")).findFirst().orElseThrow();
        return cookie.substring("NTS_SESSION=".length(), cookie.indexOf(';'));
    }

    private static JsonNode sessionOf(String session) throws Exception {
        HttpResponse<String> answer = withCookie(session, "GET", "/api/session", null);
        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
        assertNotNull(json.get("roles"));
        return json;
    }

    private static HttpResponse<String> withCookie(String session, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).header("Cookie", "NTS_SESSION=" + session)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
