package nl.nts.platform.core.rest;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.Cookie;

import org.junit.jupiter.api.Test;

import nl.nts.platform.core.shared.WebSessions.WebSession;

/** Why a write by session cookie is refused says what is wrong with it: another site, or no token. */
class SessionCookiesTest {

    private static final WebSession SESSION = new WebSession("bom-member", Set.of("rom-member:BOM"), "the-token", Instant.now(), Instant.now().plusSeconds(600));

    private static SessionCookies.Request request(Map<String, String> headers) {
        return new SessionCookies.Request() {
            public String header(String name) {
                return headers.get(name);
            }

            public Map<String, Cookie> cookies() {
                return Map.of();
            }
        };
    }

    @Test
    void aWriteFromThisSiteWithoutTheTokenIsToldItLacksTheToken() {
        for (Map<String, String> headers : java.util.List.of(Map.of("Host", "localhost:8181"),
                Map.of("Host", "localhost:8181", "Origin", "http://localhost:8181", "Sec-Fetch-Site", "same-origin"))) {
            String why = SessionCookies.refusedWrite(request(headers), SESSION);
            assertTrue(why.contains("must carry its X-CSRF-Token header") && !why.contains("cross-site"), why);
            String wrong = SessionCookies.refusedWrite(request(with(headers, "X-CSRF-Token", "not-it")), SESSION);
            assertTrue(wrong.contains("holds another value") && !wrong.contains("cross-site"), wrong);
            assertNull(SessionCookies.refusedWrite(request(with(headers, "X-CSRF-Token", "the-token")), SESSION));
        }
    }

    @Test
    void aWriteFromAnotherSiteIsToldItIsCrossSiteWhateverTokenItCarries() {
        for (Map<String, String> headers : java.util.List.of(Map.of("Host", "localhost:8181", "Origin", "http://evil.example", "X-CSRF-Token", "the-token"),
                Map.of("Host", "localhost:8181", "Sec-Fetch-Site", "cross-site", "X-CSRF-Token", "the-token"))) {
            String why = SessionCookies.refusedWrite(request(headers), SESSION);
            assertTrue(why.startsWith("a cross-site request is refused: "), why);
        }
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return more;
    }
}
