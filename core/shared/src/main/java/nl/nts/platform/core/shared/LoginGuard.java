package nl.nts.platform.core.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Slows down password guessing over every channel that logs in through Karaf's realm
 * {@code karaf} (REST, SSH, JMX, the web console): after a number of failed password logins in
 * a row an account is locked for a while, and while it is locked no login for it is tried.
 * Failures and locks are logged with the account and, where the channel says it, the caller's
 * address; never with what was typed.
 */
public interface LoginGuard {

    /**
     * Whether the realm can check a password now. While the platform starts, the realm may not
     * be there yet, or its password hashing may not be: a login then fails for no fault of the
     * caller's, and such a failure is never counted toward a lock. Channels that can say so
     * answer "not yet" (REST: 503 with {@code Retry-After}) instead of "wrong password".
     */
    default boolean ready() {
        return true;
    }

    /** @return how long the account stays locked; zero when it may log in now */
    Duration lockedFor(String account);

    /**
     * Runs a realm login made on this thread for a caller at this address, so that the guard
     * can name the address when it logs a failure.
     */
    <T> T attempt(String origin, Supplier<T> login);
}
