package nl.nts.platform.core.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where web sessions are kept, by the hash of their secret: in memory on one node; a store that
 * nodes share (a database, a cluster's map) lets a session opened on one node be used on another.
 * Implementations are thread-safe.
 */
public interface SessionStore {

    /**
     * A session as stored.
     *
     * @param user      who is logged in
     * @param roles     the roles the realm gave at login
     * @param csrfToken the session's token against cross-site requests
     * @param startedAt when the user logged in
     * @param lastSeen  when the session was last used (kept coarsely, so that a shared store is not written on every request)
     */
    record StoredSession(String user, Set<String> roles, String csrfToken, Instant startedAt, Instant lastSeen) {
        public StoredSession {
            roles = Set.copyOf(roles);
        }

        public StoredSession seen(Instant when) {
            return new StoredSession(user, roles, csrfToken, startedAt, when);
        }
    }

    void put(String key, StoredSession session);

    Optional<StoredSession> get(String key);

    /**
     * Changes a session only if it is still stored, atomically: a session removed meanwhile (a
     * logout) stays removed, whatever a request that read it before does with it.
     *
     * @return the session as changed; empty when it is no longer stored
     */
    Optional<StoredSession> update(String key, java.util.function.UnaryOperator<StoredSession> change);

    void remove(String key);

    /** Removes the sessions last seen before this instant or started before that one; @return how many */
    int removeStale(Instant lastSeenBefore, Instant startedBefore);
}
