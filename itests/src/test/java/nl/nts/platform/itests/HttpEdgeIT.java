package nl.nts.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static nl.nts.platform.itests.RawHttp.raw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.nts.platform.itests.RawHttp.Raw;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP edge under attack, over raw sockets so that nothing on the client side tidies a
 * request: every bad input gets a problem document of ours (never a 5xx, never HTML under
 * /api, never a Java type's name), links never reflect the Host header, user names with
 * control characters never reach security.log by REST or SSH, and users.properties holds salted
 * slow hashes only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HttpEdgeIT extends PlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR = "Basic " + Base64.getEncoder().encodeToString((Api.USER + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String BODY = "{\"name\":\"Edge BV\",\"kind\":\"SME\",\"country\":\"BE\"}";

    /** With Karaf's SSH server on: a test here logs in over SSH. */
    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] configuration() {
        return NtsDistribution.options(true);
    }

    static String get(String target, String... headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OPERATOR + "\r\n" + String.join("", headers)
                + "Connection: close\r\n\r\n";
    }

    static String post(String target, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + OPERATOR + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** An attack and what it must get: a status of 4xx, and the field named where one is at fault (null: any or none). */
    record Attack(String what, String request, String field) {
    }

    @Test
    public void everyBadRequestGetsAProblemDocumentOfOursNamingTheField() throws Exception {
        List<Attack> attacks = new ArrayList<>();
        // a Content-Type CXF's servlet could not read, nor Java: 415 naming Content-Type
        for (String type : List.of("application/json; charset=bogus-x", "application/json; charset=", "application/json; charset=\"utf-8;\"",
                "application/json; Charset=BOGUS", "application/json;charset=\"\"", "application/json; charset=\"", "application/json; charset=utf-8; charset=nope",
                "application/json; charset=\u00e9t\u00e9", "application/json; charset=utf 8", "application/json; charset=ISO-8859-1",
                "application/json; charset=utf-16", "garbage", "application/json; =x", "application/json; x", "/", "text/plain", "application/xml")) {
            attacks.add(new Attack("Content-Type " + type, post("/api/organisations", type, BODY), "Content-Type"));
            attacks.add(new Attack("PUT Content-Type " + type, post("/api/organisations/1", type, BODY).replaceFirst("POST", "PUT"), null));
        }
        attacks.add(new Attack("GET with a bogus charset", get("/api/organisations", "Content-Type: application/json; charset=bogus-x\r\n"), "Content-Type"));
        // query strings that cannot be decoded, or parameters that are not what they should be
        for (String query : List.of("%zz=1", "page=%", "page=%2", "q=%G1", "size=%%", "%=1", "page=x", "size=1e3", "size=-1", "size=0",
                "size=99999999999999999999", "page=2147483647&size=200", "page=-2147483648", "sort=%00", "sort=nonsense", "kind=UNICORN")) {
            attacks.add(new Attack("query " + query, get("/api/organisations?" + query), null));
        }
        for (String when : List.of("2026-01-01T00:00:00+18:30", "2026-01-01T00:00:00+99:00", "2026-01-01T00:00:00-18:01", "+99999-01-01",
                "0000-01-01", "-0001-01-01", "1e3", "2026-13-01", "2026-02-30", "9999-12-31T23:59:59Z", "2026-01-01T25:00:00Z", "now")) {
            String encoded = URLEncoder.encode(when, StandardCharsets.UTF_8);
            attacks.add(new Attack("audit from " + when, get("/api/audit?from=" + encoded), "from"));
            attacks.add(new Attack("workshops to " + when, get("/api/workshops?to=" + encoded), "to"));
            attacks.add(new Attack("funding calls open at " + when, get("/api/funding-calls?openAt=" + encoded), "openAt"));
        }
        // paths: ids that are no ids, escapes that are no escapes, places outside the API
        for (String path : List.of("/api/organisations/abc", "/api/organisations/1e3", "/api/organisations/-1", "/api/organisations/99999999999999999999",
                "/api/tokens/x", "/api/plans/%20", "/api/value-chains/%C0%AE", "/api/%", "/api/%zz", "/api/%c0", "/api/organisations/%00",
                "/api/organisations/%ff", "/api/..%2f..%2fetc", "/api/nothing", "/%", "/_problem",
                "/api/docs/nothing", "/api/organisations/%2e%2e", "/api/organisations/%2E", "/api/a%2fb", "/api/a%5Cb", "/api/organisations/.%2e/tokens")) {
            attacks.add(new Attack("path " + path, get(path), null));
        }
        // requests Jetty refuses to parse, and methods nobody answers
        attacks.add(new Attack("431", get("/api/organisations", "X-Big: " + "a".repeat(20_000) + "\r\n"), "headers"));
        attacks.add(new Attack("many headers", get("/api/organisations", "X-Many: b\r\n".repeat(3_000)), null));
        attacks.add(new Attack("414", get("/api/" + "a".repeat(20_000)), "uri"));
        attacks.add(new Attack("414 outside", get("/" + "a".repeat(20_000)), "uri"));
        attacks.add(new Attack("a header without a colon", "GET /api HTTP/1.1\r\nHost: x\r\nNoColon\r\nConnection: close\r\n\r\n", "headers"));
        attacks.add(new Attack("no Host", "GET /api HTTP/1.1\r\nConnection: close\r\n\r\n", "Host"));
        attacks.add(new Attack("HTTP/9.9", "GET /api HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n", null));
        attacks.add(new Attack("Content-Length abc", "POST /api/organisations HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n", "Content-Length"));
        attacks.add(new Attack("two Content-Lengths", "POST /api/organisations HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab", null));
        for (String method : List.of("TRACE", "TRACK")) {
            for (String path : List.of("/api", "/api/organisations", "/")) {
                attacks.add(new Attack(method + " " + path, method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null));
            }
        }
        attacks.add(new Attack("FOO /api", "FOO /api HTTP/1.1\r\nHost: x\r\nAuthorization: " + OPERATOR + "\r\nConnection: close\r\n\r\n", null));
        attacks.add(new Attack("PATCH /api/organisations/1", post("/api/organisations/1", "application/json", BODY).replaceFirst("POST", "PATCH"), null));
        // bodies the JSON reader refuses
        for (String body : List.of("{", "[]", "null", "{\"name\":1e100000000}", "{\"trl\":\"x\"}", "{\"kind\":\"UNICORN\"}", "{\"name\":\"x\\ud800\"}",
                "{\"colour\":\"red\"}", "\u0000", "{\"name\":\"" + "x".repeat(300) + "\",\"kind\":\"SME\",\"country\":\"BE\"}")) {
            attacks.add(new Attack("body " + body.substring(0, Math.min(30, body.length())), post("/api/organisations", "application/json", body), null));
        }

        List<String> failures = new ArrayList<>();
        for (Attack attack : attacks) {
            Raw answer = raw(attack.request());
            String why = check(attack, answer);
            if (why != null) {
                failures.add(attack.what() + ": " + why + " -- " + abbreviate(answer.toString()));
            }
        }
        // outside the API the web application answers (its pages are HTML; a path it lacks is its
        // own not-found page); matrix parameters are URI syntax JAX-RS reads and may ignore: no
        // server error and no Java names, whatever the answer
        for (String path : List.of("/", "/foo", "/api/../etc", "/web/../../etc", "/api/organisations;x=y/1", "/api/organisations;x=y")) {
            Raw answer = raw(get(path));
            String body = answer.body();
            if ((answer.status() >= 500 && answer.status() != 505)
                    || java.util.regex.Pattern.compile("java\\.|javax\\.|org\\.apache|org\\.eclipse|nl\\.nts|Exception").matcher(body).find()) {
                failures.add("path " + path + ": a server error or Java names -- " + abbreviate(answer.toString()));
            }
        }
        assertTrue(failures.size() + " of " + attacks.size() + " attacks got an answer not of ours:\n" + String.join("\n", failures), failures.isEmpty());
        // and the server still serves
        assertEquals(200, api.get("/organisations?size=1").status());
    }

    private static String check(Attack attack, Raw answer) {
        return answer.status() < 400 && answer.status() != 505 ? "not refused" : RawHttp.notOurs(answer, attack.field());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** Links are paths: a forged Host header is never reflected, in the index, a Location nor a job's download link. */
    @Test
    public void aForgedHostHeaderIsNeverReflected() throws Exception {
        for (String host : List.of("evil.example", "evil.example:443", "[::1]:1", "user@evil.example")) {
            Raw index = raw("GET /api HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertFalse(index.toString(), index.body().contains("evil") || index.body().contains("::1"));
            Raw created = raw(post("/api/organisations", "application/json", "{\"name\":\"Host " + host + "\",\"kind\":\"SME\",\"country\":\"BE\"}")
                    .replace("Host: localhost", "Host: " + host));
            if (created.status() == 400) {
                continue; // Jetty refuses a Host it cannot parse, with a problem of ours (the test above)
            }
            assertEquals(created.toString(), 201, created.status());
            String location = created.headers().get("location");
            assertNotNull(location);
            assertTrue(location, location.matches("/api/organisations/[0-9]+"));
            assertEquals(200, api.get(location.substring("/api".length())).status());
            Raw token = raw(post("/api/tokens", "application/json", "{\"name\":\"host " + host.hashCode() + "\"}").replace("Host: localhost", "Host: " + host));
            assertEquals(token.toString(), 201, token.status());
            assertTrue(token.headers().get("location"), token.headers().get("location").matches("/api/tokens/[0-9]+"));
            // a job's address and its download link alike
            Raw backup = raw(post("/api/backups", "application/json", "").replace("Host: localhost", "Host: " + host));
            assertEquals(backup.toString(), 202, backup.status());
            String job = backup.headers().get("location");
            assertTrue(job, job.matches("/api/backups/[0-9]+"));
            String asked = get(job).replace("Host: localhost", "Host: " + host);
            Await.holds("backup " + job + " done", Duration.ofSeconds(60), () -> raw(asked).body().contains("\"state\":\"DONE\""));
            Raw done = raw(asked);
            assertFalse(done.toString(), done.body().contains("evil") || done.body().contains("::1"));
            assertTrue(done.toString(), done.body().contains("\"download\":\"" + job + "/file\""));
        }
    }

    /** A write with the given method, credentials and extra header lines, as a browser or a script would send it to localhost. */
    private static String write(String method, String target, String authorization, String headers, String body) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization + "\r\n" + headers
                + (body == null ? "" : "Content-Type: application/json\r\n") + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n"
                + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /**
     * A browser sends Basic credentials it remembers (and a session cookie) by itself, with whatever
     * a page of another site sends: such a write is refused, whatever its method, naming why; a
     * bearer token is no browser's to add, and a write from the platform's own origin goes on.
     */
    @Test
    public void aWriteAnotherSiteSendsWithBasicCredentialsIsRefusedForEveryUnsafeMethod() throws Exception {
        JsonNode organisation = api.post("/organisations", "{\"name\":\"Cross-site target\",\"kind\":\"SME\",\"country\":\"BE\"}").json();
        long id = organisation.get("id").asLong();
        String changed = "{\"name\":\"Changed from another site\",\"kind\":\"SME\",\"country\":\"BE\",\"version\":" + organisation.get("version").asLong() + "}";
        List<String> failures = new ArrayList<>();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            String target = method.equals("POST") ? "/api/organisations" : "/api/organisations/" + id;
            String body = method.equals("DELETE") ? null : method.equals("POST") ? "{\"name\":\"Crosssite forged\",\"kind\":\"SME\",\"country\":\"BE\"}" : changed;
            for (String forged : List.of("Origin: http://evil.example\r\n", "Origin: null\r\n", "Sec-Fetch-Site: cross-site\r\n",
                    "Sec-Fetch-Site: same-site\r\nOrigin: http://localhost\r\n", "Origin: http://localhost.evil.example\r\n")) {
                Raw answer = raw(write(method, target, OPERATOR, forged, body));
                String why = check(new Attack(method, "", null), answer);
                if (answer.status() != 403 || why != null || !answer.body().contains("a cross-site request is refused: ")) {
                    failures.add(method + " with " + forged.strip() + ": " + (why == null ? "" : why + " -- ") + abbreviate(answer.toString()));
                }
            }
        }
        assertTrue(failures.size() + " cross-site writes not refused:\n" + String.join("\n", failures), failures.isEmpty());
        assertEquals("Cross-site target", api.get("/organisations/" + id).json().get("name").asText());
        assertEquals(0, api.get("/organisations?q=Crosssite").json().get("total").asInt());

        // a bearer token: only a client that holds it sends it, whatever the Origin says
        String secret = api.post("/tokens", "{\"name\":\"cross-site bearer\"}").json().get("secret").asText();
        Raw bearer = raw(write("PUT", "/api/organisations/" + id, "Bearer " + secret, "Origin: http://evil.example\r\nSec-Fetch-Site: cross-site\r\n", changed));
        assertEquals(bearer.toString(), 200, bearer.status());
        // the platform's own pages: same origin
        Raw own = raw(write("DELETE", "/api/organisations/" + id, OPERATOR, "Origin: http://localhost\r\nSec-Fetch-Site: same-origin\r\n", null));
        assertEquals(own.toString(), 204, own.status());
        Raw noOrigin = raw(write("POST", "/api/organisations", OPERATOR, "", BODY));
        assertEquals(noOrigin.toString(), 201, noOrigin.status());
    }

    private static final List<String> FORGING_NAMES = List.of("nobody\r\nAuthentication succeeded - admin", "x\nAuthentication succeeded - admin",
            "x\rAuthentication succeeded - admin", "x\u0085Authentication succeeded - admin", "x\u2028Authentication succeeded - admin",
            "x\u2029Authentication succeeded - admin", "tab\tname", "nul\u0000name", "esc\u001b[2Jname", "del\u007fname", "bidi\u202enimda",
            "iso\u2066name", "zero\u200bwidth", "bom\ufeffname", "csi\u009bname");

    /** A user name with a control character is refused by the realm itself: REST (Basic and the web login) and SSH alike, and security.log shows no forged line. */
    @Test
    public void userNamesWithControlCharactersNeverReachSecurityLogByAnyChannel() throws Exception {
        for (String name : FORGING_NAMES) {
            Api.Answer answer = new Api(port(), name, "whatever").get("/organisations");
            assertEquals(name, 401, answer.status());
            assertTrue(answer.contentType().startsWith("application/problem+json"));
            // the web application's login refuses the same names as the realm, itself, naming the field
            // (a C0 control character is no text at all: the JSON reader refuses it first, with a 400)
            Api.Answer login = Api.anonymous(port()).post("/session", Api.json(Map.of("user", name, "password", "whatever")));
            assertEquals(name + ": " + login.body(), name.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? 400 : 422, login.status());
            assertEquals(name, "user", login.json().get("field").asText());
        }
        int ssh = Integer.getInteger(NtsDistribution.SSH_PORT);
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        try {
            for (String name : FORGING_NAMES) {
                try (ClientSession session = client.connect(name, "127.0.0.1", ssh).verify(Duration.ofSeconds(10)).getSession()) {
                    session.addPasswordIdentity(Api.PASSWORD);
                    // the attempt must end (a server that hangs is no refusal), and not in a login
                    assertTrue(name + ": the SSH login attempt ended", session.auth().await(Duration.ofSeconds(10)));
                    assertFalse(name, session.isAuthenticated());
                } catch (IOException refused) {
                    // the server closed the session: refused too
                }
            }
            // the channel works: a real user with the ssh role gets in
            try (ClientSession session = client.connect("ssh-user", "127.0.0.1", ssh).verify(Duration.ofSeconds(10)).getSession()) {
                session.addPasswordIdentity("ssh-user-password");
                session.auth().verify(Duration.ofSeconds(20));
                assertTrue(session.isAuthenticated());
            }
        } finally {
            client.stop();
        }
        Path log = Paths.get(System.getProperty("karaf.data"), "log", "security.log");
        Await.until("the SSH login of ssh-user in security.log", Duration.ofSeconds(60), () -> read(log).contains("ssh-user"));
        String security = read(log);
        for (String line : security.split("\n", -1)) {
            assertFalse("a forged line: " + line, line.startsWith("Authentication succeeded - admin") || line.contains("nimda")
                    || line.contains("\u2028") || line.contains("\u0085") || line.contains("\u001b"));
        }
        assertFalse(security.contains("Authentication succeeded - admin"));
        assertEquals(200, api.get("/organisations?size=1").status());
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** users.properties holds salted bcrypt hashes once the users logged in, never a password or an unsalted digest; logins still work. */
    @Test
    public void passwordsAreStoredAsSaltedSlowHashes() throws Exception {
        for (String[] user : List.of(new String[] {"bom-member", "bom-password"}, new String[] {"spaced", "spaced-password"},
                new String[] {Api.USER, Api.PASSWORD})) {
            assertEquals(user[0], 200, new Api(port(), user[0], user[1]).get("/organisations?size=1").status());
        }
        Path users = Paths.get(System.getProperty("karaf.etc"), "users.properties");
        Pattern entry = Pattern.compile("^([^#\\s][^=]*?)\\s*=\\s*([^,]*)(,.*)?$");
        List<String> hashes = new ArrayList<>();
        Await.until("every password in users.properties hashed", Duration.ofSeconds(30), () -> {
            hashes.clear();
            for (String line : read(users).split("\n")) {
                var m = entry.matcher(line.strip());
                if (m.matches() && !m.group(1).startsWith("_g_")) {
                    hashes.add(m.group(1) + "=" + m.group(2).strip());
                }
            }
            return !hashes.isEmpty() && hashes.stream().allMatch(h -> h.contains("={CRYPT}"));
        });
        java.util.Set<String> salts = new java.util.HashSet<>();
        for (String hash : hashes) {
            String hex = hash.substring(hash.indexOf("{CRYPT}") + 7, hash.lastIndexOf("{CRYPT}"));
            String bcrypt = new String(HexFormat.of().parseHex(hex), StandardCharsets.US_ASCII);
            assertTrue(hash + " is " + bcrypt, bcrypt.matches("\\$2[aby]\\$1[0-9]\\$[./A-Za-z0-9]{53}"));
            salts.add(bcrypt.substring(7, 29));
        }
        assertEquals("each hash has a salt of its own", hashes.size(), salts.size());
        String file = read(users);
        for (String password : List.of("bom-password", "spaced-password", Api.PASSWORD, "liof-password")) {
            assertFalse(password, file.contains(password));
        }
        // after hashing, the passwords still work, and a wrong one does not
        assertEquals(200, new Api(port(), "liof-member", "liof-password").get("/organisations?size=1").status());
        assertEquals(401, new Api(port(), "liof-member", "liof-password-x").get("/organisations?size=1").status());
    }
}
