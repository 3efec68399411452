package nl.nts.platform.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins in a row for one
 * account, the account is locked for {@code lock}, doubling with each further failure up to
 * {@code maxLock}. While it is locked, no login for it is tried at all (the right password
 * too is refused), so guessing gains nothing. A success ends the series; failures older than
 * {@link #FORGET} are forgotten. Failures and locks are logged with the account and the
 * caller's address, never with what was tried.
 *
 * <p>Only names the realm knows as accounts get a series of their own: failures for made-up
 * names cannot flood the memory, and cannot push a real account's series out.
 */
final class LoginThrottle {

    static final Duration FORGET = Duration.ofMinutes(15);
    /** Accounts tracked at most; beyond, the ones without a lock are forgotten first. */
    private static final int MAX_TRACKED = 10_000;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    private final int maxFailures;
    private final Duration lock;
    private final Duration maxLock;
    private final Clock clock;
    private final Predicate<String> isAccount;
    private final Map<String, Series> series = new ConcurrentHashMap<>();

    private record Series(int failures, Instant last, Instant lockedUntil) {
    }

    /**
     * @param isAccount whether a name is an account of the realm; true when the realm cannot
     *                  tell (then at most {@link #MAX_TRACKED} names are tracked)
     */
    LoginThrottle(int maxFailures, Duration lock, Duration maxLock, Clock clock, Predicate<String> isAccount) {
        this.isAccount = isAccount;
        this.maxFailures = Math.max(1, maxFailures);
        this.lock = lock;
        this.maxLock = maxLock.compareTo(lock) < 0 ? lock : maxLock;
        this.clock = clock;
    }

    /** @return how long the account stays locked; zero when it may try now */
    Duration lockedFor(String account) {
        Series s = series.get(account);
        Instant now = clock.instant();
        return s == null || s.lockedUntil() == null || !s.lockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, s.lockedUntil());
    }

    void failed(String account, String from) {
        Instant now = clock.instant();
        if (!known(account)) {
            LOG.info(() -> "Failed login for '" + printable(account) + "', which is no account, from " + from);
            return;
        }
        if (series.size() >= MAX_TRACKED) {
            // forgotten first: series past FORGET; only then those without a lock
            series.values().removeIf(s -> s.last().plus(FORGET).isBefore(now) && (s.lockedUntil() == null || s.lockedUntil().isBefore(now)));
            if (series.size() >= MAX_TRACKED) {
                series.values().removeIf(s -> s.lockedUntil() == null || s.lockedUntil().isBefore(now));
            }
        }
        Series next = series.compute(account, (k, s) -> {
            int failures = s == null || s.last().plus(FORGET).isBefore(now) ? 1 : s.failures() + 1;
            Instant until = null;
            if (failures >= maxFailures) {
                int doublings = Math.min(failures - maxFailures, 20);
                Duration d = lock.multipliedBy(1L << doublings);
                until = now.plus(d.compareTo(maxLock) > 0 ? maxLock : d);
            }
            return new Series(failures, now, until);
        });
        if (next.lockedUntil() != null) {
            LOG.warning(() -> "Login for '" + printable(account) + "' locked for " + Duration.between(now, next.lockedUntil()).toSeconds()
                    + " s after " + next.failures() + " failed attempts in a row (the last from " + from + ")");
        } else {
            LOG.info(() -> "Failed login for '" + printable(account) + "' from " + from + " (" + next.failures() + " in a row)");
        }
    }

    private boolean known(String account) {
        try {
            return isAccount.test(account);
        } catch (RuntimeException e) {
            return true;
        }
    }

    void succeeded(String account) {
        series.remove(account);
    }

    /** An account name as a log line may show it: no line breaks, not endless. */
    static String printable(String account) {
        String clean = account.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 60) + "...";
    }
}
