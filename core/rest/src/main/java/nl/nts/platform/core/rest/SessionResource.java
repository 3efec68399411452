package nl.nts.platform.core.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.apache.karaf.jaas.boot.ProxyLoginModule;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.LoginGuard;
import nl.nts.platform.core.shared.WebSessions;
import nl.nts.platform.core.shared.WebSessions.WebSession;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/**
 * The web application's login: {@code POST /api/session} with a user and password of the realm
 * {@code karaf} starts a session (a cookie, {@code HttpOnly}, {@code SameSite=Strict}) that the
 * rest of the API accepts in place of Basic; {@code GET} tells who is logged in and the token
 * every write must carry in {@code X-CSRF-Token}; {@code DELETE} logs out. The login goes
 * through the realm like any other, so the login lock counts its failures and, while an account
 * is locked, refuses it with 429.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /**
     * A login.
     *
     * @param user     the user name
     * @param password the password
     */
    public record LoginRequest(String user, String password) {
        @Override
        public String toString() {
            return "LoginRequest[user=" + user + "]";
        }
    }

    /**
     * Who is logged in.
     *
     * @param user        the user name
     * @param roles       the user's roles, sorted
     * @param csrfToken   to be sent as {@code X-CSRF-Token} with every write
     * @param idleSeconds how long the session lasts without use
     * @param expiresAt   when it ends at the latest
     */
    public record SessionInfo(String user, List<String> roles, String csrfToken, long idleSeconds, Instant expiresAt) {
    }

    private static final int MAX_FIELD = 200;

    private final WebSessions sessions;
    private final LoginGuard guard;

    SessionResource(WebSessions sessions, LoginGuard guard) {
        this.sessions = sessions;
        this.guard = guard;
    }

    @Operation(summary = "Show who is logged in with the session",
            description = "The session's user, roles, the csrfToken every write with the session must carry as X-CSRF-Token, how long it lasts unused and when it ends at the latest. 401 without a session.")
    @GET
    public Response get(@Context HttpHeaders headers) {
        SessionCookies.Request request = SessionCookies.Request.of(headers);
        Optional<WebSession> session = SessionCookies.session(sessions, request);
        if (session.isEmpty()) {
            return noSession("not logged in");
        }
        return Response.ok(info(session.get())).cacheControl(noStore()).build();
    }

    @Operation(summary = "Log in and start a web session",
            description = "With a user and password of the realm karaf: 201 with the session (as GET answers it) and a cookie (HttpOnly, SameSite=Strict) the rest of the API accepts in place of Basic."
            + " 401 for a wrong user or password; 429 with Retry-After while the account is locked after failed logins; 503 with Retry-After while the platform cannot check passwords yet; 422 naming user or password when one is missing."
            + " A login from another site's page is refused.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(@RequestBody(description = "{\"user\": \"...\", \"password\": \"...\"}", required = true) LoginRequest body,
            @Context HttpHeaders headers) {
        SessionCookies.Request request = SessionCookies.Request.of(headers);
        Message message = JAXRSUtils.getCurrentMessage();
        // a login from another site's page is refused before it reaches here (Authentication)
        LoginRequest login = Requests.required(body);
        List<Violation> wrong = new ArrayList<>();
        if (login.user() == null || login.user().isBlank()) {
            wrong.add(new Violation("user", "is required"));
        } else if (login.user().length() > MAX_FIELD || Codes.firstInvisible(login.user()) >= 0) {
            wrong.add(new Violation("user", "is not a user name"));
        }
        if (login.password() == null || login.password().isEmpty()) {
            wrong.add(new Violation("password", "is required"));
        } else if (login.password().length() > 1000) {
            wrong.add(new Violation("password", "is too long"));
        }
        if (!wrong.isEmpty()) {
            throw new ValidationException(wrong);
        }
        String user = login.user().strip();
        Duration locked = guard.lockedFor(user);
        if (!locked.isZero()) {
            return Authentication.tooMany(locked);
        }
        if (!guard.ready()) {
            return Authentication.starting();
        }
        Subject subject = guard.attempt(Authentication.from(message), () -> realmLogin(user, login.password()));
        if (subject == null) {
            Duration lockedNow = guard.lockedFor(user);
            if (!lockedNow.isZero()) {
                return Authentication.tooMany(lockedNow);
            }
            return Problems.of(401, "Unauthorized", "the user name or the password is wrong");
        }
        Optional<Caller> caller = Caller.of(subject);
        if (caller.isEmpty()) {
            return Problems.of(401, "Unauthorized", "the realm named no user for this login");
        }
        // a session cookie the browser still had is worth nothing from now on (no session fixation)
        String previous = SessionCookies.secret(request);
        if (previous != null) {
            sessions.end(previous);
        }
        WebSessions.Started started = sessions.start(caller.get().name(), caller.get().roles());
        return Response.status(201).entity(info(started.session())).cacheControl(noStore())
                .header("Set-Cookie", SessionCookies.setCookie(started.secret(), SessionCookies.secure(message))).build();
    }

    @Operation(summary = "Log out and end the web session",
            description = "204 and the cookie cleared; with a session, the request must carry its X-CSRF-Token (403 otherwise). Without a session: 204 all the same.")
    @DELETE
    public Response logout(@Context HttpHeaders headers) {
        SessionCookies.Request request = SessionCookies.Request.of(headers);
        Message message = JAXRSUtils.getCurrentMessage();
        String secret = SessionCookies.secret(request);
        Optional<WebSession> session = secret == null ? Optional.empty() : sessions.resume(secret);
        if (session.isEmpty()) {
            return Response.noContent().header("Set-Cookie", SessionCookies.clearCookie(SessionCookies.secure(message))).build();
        }
        String refused = SessionCookies.refusedWrite(request, session.get());
        if (refused != null) {
            return SessionCookies.refusal(refused);
        }
        sessions.end(secret);
        return Response.noContent().header("Set-Cookie", SessionCookies.clearCookie(SessionCookies.secure(message))).build();
    }

    /** A login through the realm {@code karaf}, guarded like every other; null when it failed. */
    private static Subject realmLogin(String user, String password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the realm's login modules are found through Karaf's proxy module, by the context class loader
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext context = new LoginContext("karaf", subject, callbacks -> {
                for (javax.security.auth.callback.Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return subject;
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private SessionInfo info(WebSession session) {
        return new SessionInfo(session.user(), List.copyOf(new TreeSet<>(session.roles())), session.csrfToken(),
                sessions.idleTimeout().toSeconds(), session.expiresAt());
    }

    private static Response noSession(String detail) {
        return Response.fromResponse(Problems.of(401, "Unauthorized", detail)).cacheControl(noStore()).type(Problems.PROBLEM_JSON).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

}
