package nl.nts.platform.core.rest;

import java.util.Optional;
import java.util.logging.Logger;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;

import org.apache.cxf.interceptor.security.RolePrefixSecurityContextImpl;
import org.apache.cxf.message.Message;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

import nl.nts.platform.core.shared.WebSessions;
import nl.nts.platform.core.shared.WebSessions.WebSession;

/**
 * The web application's callers: a request without an {@code Authorization} header but with a
 * session cookie acts for the session's user, with the same roles as a realm login (so
 * {@link CallerInvoker} binds the same caller). Writes need the session's token against
 * cross-site requests too. {@code /api/session} itself (logging in and out) is the resource's.
 */
final class SessionAuthentication {

    /** Set on a request authenticated by a session cookie. */
    static final String SESSION = "nts.web.session";
    private static final Logger LOG = Logger.getLogger(SessionAuthentication.class.getName());

    private final WebSessions sessions;

    SessionAuthentication(WebSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * @return true when this request is dealt with here (authenticated by its session, left to the
     *         session resource, or refused); false when the other ways of logging in decide
     */
    boolean filter(ContainerRequestContext request, Message message, boolean publicRead) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.equals("session") || path.startsWith("session/")) {
            return true;
        }
        SessionCookies.Request headers = SessionCookies.Request.of(request);
        String secret = SessionCookies.secret(headers);
        if (secret == null) {
            return false;
        }
        Optional<WebSession> session = sessions.resume(secret);
        if (session.isEmpty()) {
            if (!publicRead) {
                request.abortWith(Response.fromResponse(Problems.of(401, "Unauthorized", "your session has ended; log in again"))
                        .header("Set-Cookie", SessionCookies.clearCookie(SessionCookies.secure(message))).type(Problems.PROBLEM_JSON).build());
            }
            return true;
        }
        if (!SessionCookies.safe(request.getMethod())) {
            String refused = SessionCookies.refusedWrite(headers, session.get());
            if (refused != null) {
                LOG.info(() -> "Refused a " + request.getMethod() + " of /api/" + path + " by the session of " + session.get().user() + ": " + refused);
                request.abortWith(SessionCookies.refusal(refused));
                return true;
            }
        }
        message.put(org.apache.cxf.security.SecurityContext.class,
                new RolePrefixSecurityContextImpl(SessionCookies.subject(session.get()), RolePrincipal.class.getName(), "classname"));
        message.put(SESSION, Boolean.TRUE);
        return true;
    }
}
