package nl.nts.platform.core.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import nl.nts.platform.core.shared.SessionStore;

/**
 * Web sessions in this node's memory: they end when the node stops, and another node does not
 * know them. The platform keeps them in the database ({@link JpaSessionStore}); this one serves
 * the tests of the sessions' rules.
 */
public class InMemorySessionStore implements SessionStore {

    private final Map<String, StoredSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void put(String key, StoredSession session) {
        sessions.put(key, session);
    }

    @Override
    public Optional<StoredSession> get(String key) {
        return Optional.ofNullable(sessions.get(key));
    }

    @Override
    public Optional<StoredSession> update(String key, UnaryOperator<StoredSession> change) {
        return Optional.ofNullable(sessions.computeIfPresent(key, (k, s) -> change.apply(s)));
    }

    @Override
    public void remove(String key) {
        sessions.remove(key);
    }

    @Override
    public int removeStale(Instant lastSeenBefore, Instant startedBefore) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.lastSeen().isBefore(lastSeenBefore) || s.startedAt().isBefore(startedBefore));
        return before - sessions.size();
    }

    int size() {
        return sessions.size();
    }
}
