package nl.nts.platform.core.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the {@link LoginThrottle} keeps its counts when they must hold on every node: the
 * database ({@link JpaLoginCounts}). Without one the throttle counts in this node's memory.
 * Each method is atomic across the nodes sharing the store.
 */
public interface LoginCounts {

    /** An account's failed logins in a row, the last one's time and its lock (null: none). */
    record Series(int failures, Instant last, Instant lockedUntil) {
    }

    Optional<Series> get(String account);

    /**
     * Counts a failure: stores what {@code next} makes of the series as stored (null when there is none), atomically.
     *
     * @return the series as stored now
     */
    Series count(String account, UnaryOperator<Series> next);

    /** Ends an account's series (a successful login). */
    void forget(String account);
}
