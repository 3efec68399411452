package nl.nts.platform.core.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Sessions of people logged in to the web application: started after a realm login, carried by
 * a cookie, ended by logging out or after a time without use. A session acts for its user with
 * the roles the realm gave at login, narrowed to the roles the user still holds where the realm
 * can list them (a removed user's sessions end). The cookie's value is a secret the platform
 * keeps only as a hash; each session also has a token against cross-site requests, which the
 * page sends back with every write.
 */
public interface WebSessions {

    /**
     * A session as a surface sees it.
     *
     * @param user      who is logged in
     * @param roles     the user's roles now
     * @param csrfToken the token a write must carry besides the cookie
     * @param startedAt when the user logged in
     * @param expiresAt when the session ends at the latest (without use it ends earlier)
     */
    record WebSession(String user, Set<String> roles, String csrfToken, Instant startedAt, Instant expiresAt) {
        public WebSession {
            roles = Set.copyOf(roles);
        }
    }

    /** A new session and the secret for its cookie (shown once, never kept). */
    record Started(String secret, WebSession session) {
    }

    /** Starts a session for a user the realm has just logged in. */
    Started start(String user, Set<String> roles);

    /** @return the session this cookie secret stands for, marked as used now; empty when unknown, ended or idle too long */
    Optional<WebSession> resume(String secret);

    /** Ends the session of this secret (logging out); nothing happens when there is none. */
    void end(String secret);

    /** @return how long a session lasts without use */
    Duration idleTimeout();
}
