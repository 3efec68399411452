package nl.nts.platform.core.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import javax.annotation.Priority;
import javax.security.auth.Subject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.interceptor.security.RolePrefixSecurityContextImpl;
import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import nl.nts.platform.core.shared.ApiTokens;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.LoginGuard;

/**
 * Who is asking: HTTP Basic against Karaf's JAAS realm {@code karaf}, whatever login module it
 * is configured with (properties file, LDAP, JDBC), or a personal API token sent as
 * {@code Authorization: Bearer nts_...}. The caller's roles are the realm's roles, groups
 * expanded (a token's: those it carries), as {@code SecurityContext.isUserInRole} sees them.
 * Reference data (key technologies, ROMs, themes, value chains) and the API's description may
 * be read without a login; everything else answers 401 with a challenge.
 *
 * <p>A write (every method but GET, HEAD and OPTIONS) that a browser says comes from another site is
 * refused with 403 before any credentials count ({@link SessionCookies#crossSite}): a browser adds
 * a session cookie and Basic credentials it remembers by itself to whatever a page of any site
 * sends. A bearer token it never adds by itself, so a request with one is not checked.
 *
 * <p>Failed logins are counted per account by the realm's {@link LoginGuard}, whatever the
 * channel; a locked account gets 429 with {@code Retry-After} here. A refused token is logged
 * with the caller's address.
 *
 * <p>Passwords are kept as slow, salted hashes (bcrypt), which costs tens of milliseconds a
 * login. A Basic header the realm accepted is therefore remembered for {@link #REMEMBERED} (by a
 * salted digest of it, never the password itself), with the subject the realm made: a client
 * sending the same header again within that time is not logged in anew. A changed password, role
 * or removed account takes effect within that time, and at once when the platform made the change
 * (the people service); an account locked meanwhile is refused at once.
 */
@Priority(Priorities.AUTHENTICATION)
final class Authentication extends JAASAuthenticationFilter {

    static final String REALM = "nts-platform";
    /** Set on a request authenticated by a token, to the token's id. */
    static final String TOKEN_ID = "nts.token.id";
    private static final String ROLE_CLASS = RolePrincipal.class.getName();
    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());
    /** The first path segments whose GET and HEAD need no login (the OpenAPI document says so too). */
    /** The first segment of the paths every request of which is anonymous, whatever credentials it carries: the ROMs' public pages. */
    static final String ANONYMOUS = "public";

    static final Set<String> PUBLIC = Set.of("", "technologies", "roms", "themes", "value-chains", "openapi.json", "docs");

    /** How long an accepted Basic header is remembered. */
    static final Duration REMEMBERED = Duration.ofSeconds(30);
    private static final int MOST_REMEMBERED = 4096;

    private record Accepted(Subject subject, long until, long accounts) {
    }

    private final ApiTokens tokens;
    private final LoginGuard guard;
    private final byte[] salt = new byte[32];
    private final java.util.Map<String, Accepted> accepted = new java.util.concurrent.ConcurrentHashMap<>();
    private final SessionAuthentication sessions;
    private final java.util.function.LongSupplier accounts;

    /**
     * @param accounts moves when the platform changed an account ({@link nl.nts.platform.core.shared.People#generation}):
     *                 a header remembered before then is checked by the realm again
     */
    Authentication(ApiTokens tokens, LoginGuard guard, SessionAuthentication sessions, java.util.function.LongSupplier accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.guard = guard;
        new java.security.SecureRandom().nextBytes(salt);
        this.sessions = sessions;
        setContextName("karaf");
        setRoleClassifier(ROLE_CLASS);
        setRoleClassifierType("classname");
        setRealmName(REALM);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Message message = JAXRSUtils.getCurrentMessage();
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer && refusedCrossSite(request)) {
            return;
        }
        if (anonymous(request)) {
            // a public page acts for nobody, with a cookie or a password or not
            return;
        }
        // the web application's session cookie (and its login at /api/session)
        if (authorization == null && sessions.filter(request, message, isPublicRead(request))) {
            return;
        }
        if (authorization == null && isPublicRead(request)) {
            return;
        }
        if (bearer) {
            bearer(request, message, authorization.substring(7).strip());
            return;
        }
        String account = basicAccount(authorization);
        if (Codes.firstInvisible(account) >= 0) {
            // the realm's guard refuses such names for every channel (GuardLoginModule); here they need no realm at all
            LOG.info(() -> "Refused a login with control characters in the user name from " + from(message));
            request.abortWith(Response.fromResponse(handleAuthenticationException(null, message)).build());
            return;
        }
        Duration locked = account == null ? Duration.ZERO : guard.lockedFor(account);
        if (!locked.isZero()) {
            request.abortWith(tooMany(locked));
            return;
        }
        String remembered = remembered(authorization);
        Accepted known = remembered == null ? null : accepted.get(remembered);
        long accountsNow = accounts.getAsLong();
        if (known != null && known.until() - System.nanoTime() > 0 && known.accounts() == accountsNow) {
            message.put(org.apache.cxf.security.SecurityContext.class, new RolePrefixSecurityContextImpl(known.subject(), ROLE_CLASS, "classname"));
            return;
        }
        if (!guard.ready()) {
            request.abortWith(starting());
            return;
        }
        guard.attempt(from(message), () -> {
            super.filter(request);
            return null;
        });
        if (remembered != null && message.get(org.apache.cxf.security.SecurityContext.class) instanceof RolePrefixSecurityContextImpl context
                && context.getSubject() != null) {
            if (accepted.size() >= MOST_REMEMBERED) {
                accepted.clear();
            }
            accepted.put(remembered, new Accepted(context.getSubject(), System.nanoTime() + REMEMBERED.toNanos(), accountsNow));
        }
    }

    /** Refuses a write another site's page sent, which the browser may have given a cookie or Basic credentials; true when refused. */
    private static boolean refusedCrossSite(ContainerRequestContext request) {
        if (SessionCookies.safe(request.getMethod())) {
            return false;
        }
        String cross = SessionCookies.crossSite(SessionCookies.Request.of(request));
        if (cross == null) {
            return false;
        }
        LOG.info(() -> "Refused a " + request.getMethod() + " of /api/" + request.getUriInfo().getPath().replaceFirst("^/", "") + ": " + cross);
        request.abortWith(SessionCookies.refusal(cross));
        return true;
    }

    /** A salted digest of a Basic header, the key it is remembered by; null for none. */
    private String remembered(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return java.util.HexFormat.of().formatHex(digest.digest(authorization.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    private void bearer(ContainerRequestContext request, Message message, String secret) {
        Optional<ApiTokens.Bearer> bearer = tokens.authenticate(secret);
        if (bearer.isEmpty()) {
            // no lock for bad tokens: a secret of 256 random bits cannot be guessed, and a lock per
            // address would shut out every client behind the same proxy
            LOG.info(() -> "Refused a bearer token from " + from(message) + ": unknown, revoked or expired");
            request.abortWith(Response.fromResponse(Problems.of(401, "Unauthorized",
                    "the bearer token is unknown, revoked or expired"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"")
                    .type(Problems.PROBLEM_JSON).build());
            return;
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(bearer.get().user()));
        bearer.get().roles().forEach(role -> subject.getPrincipals().add(new RolePrincipal(role)));
        subject.setReadOnly();
        message.put(org.apache.cxf.security.SecurityContext.class, new RolePrefixSecurityContextImpl(subject, ROLE_CLASS, "classname"));
        message.put(TOKEN_ID, bearer.get().tokenId());
    }

    /** The account a Basic header names; null when there is none or it cannot be read. */
    private static String basicAccount(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? null : pair.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The address a request comes from, as the login guard and the log name it (also {@link SessionResource}'s). */
    static String from(Message message) {
        Object request = message == null ? null : message.get("HTTP.REQUEST"); // AbstractHTTPDestination.HTTP_REQUEST
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : "an unknown address";
    }

    /** 503 while the realm cannot check passwords yet (the platform is starting; also {@link SessionResource}'s). */
    static Response starting() {
        return Response.fromResponse(Problems.of(503, "Service Unavailable",
                "the platform cannot check passwords yet (it is starting, or its password hashing is being updated); try again in a few seconds"))
                .header(HttpHeaders.RETRY_AFTER, 5).type(Problems.PROBLEM_JSON).build();
    }

    /** 429 for an account the login guard locked, with the seconds it stays locked (also {@link SessionResource}'s). */
    static Response tooMany(Duration locked) {
        return Problems.tooMany("too many failed logins for this account; it is locked for a while", locked);
    }

    private static boolean anonymous(ContainerRequestContext request) {
        return request.getUriInfo().getPath().replaceFirst("^/", "").split("/", 2)[0].equals(ANONYMOUS);
    }

    private static boolean isPublicRead(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String first = request.getUriInfo().getPath().replaceFirst("^/", "").split("/", 2)[0];
        return PUBLIC.contains(first);
    }

    @Override
    protected Response handleAuthenticationException(SecurityException e, Message message) {
        Object request = message == null ? null : message.get("HTTP.REQUEST");
        String sent = request instanceof HttpServletRequest http ? http.getHeader(HttpHeaders.AUTHORIZATION) : null;
        // a login that was tried and failed says so (never which half was wrong); none says how to log in
        String detail = basicAccount(sent) != null ? "the user name or the password is wrong"
                : "log in with HTTP Basic (a user of the platform's realm) or a bearer token";
        Response.ResponseBuilder answer = Response.fromResponse(Problems.of(401, "Unauthorized", detail));
        // no challenge for the web application's scripts: the browser would open its own login dialog
        return (SessionCookies.fromScript(message) ? answer : answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\""))
                .type(Problems.PROBLEM_JSON).build();
    }
}
