package nl.nts.platform.core.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

import org.apache.cxf.message.Message;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import nl.nts.platform.core.shared.WebSessions;
import nl.nts.platform.core.shared.WebSessions.WebSession;

/**
 * The web application's session cookie and the checks that make a cookie alone never enough to
 * write: a write must carry the session's token in {@value #CSRF_HEADER} (a page of another site
 * cannot read it), and a request a browser marks as coming from another site is refused. The
 * cookie is {@code HttpOnly} and {@code SameSite=Strict}, and {@code Secure} over HTTPS.
 */
final class SessionCookies {

    static final String COOKIE = "NTS_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private SessionCookies() {
    }

    /** What these checks read of a request: its headers and cookies (a filter's context and a resource's HttpHeaders alike). */
    interface Request {
        String header(String name);

        Map<String, Cookie> cookies();

        static Request of(ContainerRequestContext context) {
            return new Request() {
                public String header(String name) {
                    return context.getHeaderString(name);
                }

                public Map<String, Cookie> cookies() {
                    return context.getCookies();
                }
            };
        }

        static Request of(HttpHeaders headers) {
            return new Request() {
                public String header(String name) {
                    return headers.getHeaderString(name);
                }

                public Map<String, Cookie> cookies() {
                    return headers.getCookies();
                }
            };
        }
    }

    static String secret(Request request) {
        Cookie cookie = request.cookies().get(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    static Optional<WebSession> session(WebSessions sessions, Request request) {
        String secret = secret(request);
        return secret == null ? Optional.empty() : sessions.resume(secret);
    }

    static String setCookie(String secret, boolean secure) {
        return COOKIE + "=" + secret + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String clearCookie(boolean secure) {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static boolean secure(Message message) {
        Object http = message == null ? null : message.get("HTTP.REQUEST");
        return http instanceof HttpServletRequest request && request.isSecure();
    }

    /** Whether the request comes from a page's script ({@code X-Requested-With}), which must not get a Basic challenge. */
    static boolean fromScript(Message message) {
        Object http = message == null ? null : message.get("HTTP.REQUEST");
        return http instanceof HttpServletRequest request && request.getHeader("X-Requested-With") != null;
    }

    private static final String CROSS_SITE = "a cross-site request is refused: ";

    static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /**
     * Why a request is not from this site's own pages, or null when nothing says so: a browser
     * says {@code Sec-Fetch-Site: cross-site}, or sends an {@code Origin} other than the host asked.
     */
    static String crossSite(Request request) {
        String fetchSite = request.header("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return CROSS_SITE + "the browser says it comes from another site (Sec-Fetch-Site: " + fetchSite + ")";
        }
        String origin = request.header("Origin");
        if (origin == null) {
            return null;
        }
        String host = request.header(HttpHeaders.HOST);
        String authority;
        try {
            authority = "null".equals(origin) ? null : URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (authority == null || host == null || !authority.equalsIgnoreCase(host.strip())) {
            return CROSS_SITE + "it comes from another origin (" + (origin.length() > 80 ? origin.substring(0, 80) : origin) + ")";
        }
        return null;
    }

    /** The answer to a write refused for {@code why} ({@link #crossSite} or {@link #refusedWrite}: the whole detail). */
    static javax.ws.rs.core.Response refusal(String why) {
        return Problems.of(403, "Forbidden", why);
    }

    /** Why a cookie-authenticated write is refused, or null when it may go on. */
    static String refusedWrite(Request request, WebSession session) {
        String cross = crossSite(request);
        if (cross != null) {
            return cross;
        }
        String token = request.header(CSRF_HEADER);
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            return "a write with the session's cookie must carry its " + CSRF_HEADER + " header" + (token == null ? "" : ", and this one holds another value")
                    + " (the web application sends it; a script logged in by cookie sends the csrfToken GET /api/session answers)";
        }
        return null;
    }

    /** The subject the session's user has, as a realm login would give it. */
    static Subject subject(WebSession session) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(session.user()));
        session.roles().forEach(role -> subject.getPrincipals().add(new RolePrincipal(role)));
        subject.setReadOnly();
        return subject;
    }
}
