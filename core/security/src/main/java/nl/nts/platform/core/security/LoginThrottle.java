package nl.nts.platform.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.nts.platform.core.security.LoginCounts.Series;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins in a row for one
 * account, the account is locked for {@code lock}, doubling with each further failure up to
 * {@code maxLock}. While it is locked, no login for it is tried at all (the right password
 * too is refused), so guessing gains nothing. A success ends the series; failures older than
 * {@link #FORGET} are forgotten. Failures and locks are logged with the account and the
 * caller's address, never with what was tried.
 *
 * <p>Every name is counted alike, known to the realm or not, so the answers tell nobody which
 * accounts exist, and a failed login costs no realm lookup. Memory is bounded ({@link #MAX_TRACKED}
 * series, however many threads fail at once): when it is full, expired series go first, then those
 * with the fewest failures, then the locks that end soonest, so a flood of made-up names (one
 * failure each) cannot push out the series of an account being guessed.
 *
 * <p>With {@link LoginCounts} that nodes share (the database), the series are kept there instead,
 * so failures on every node count toward one lock and a lock holds on every node. When they
 * cannot be read or written (the database is away), this node's memory counts meanwhile.
 */
final class LoginThrottle {

    static final Duration FORGET = Duration.ofMinutes(15);
    /** Accounts tracked at most, also while many threads count failures at once; the ones without a lock are forgotten first. */
    static final int MAX_TRACKED = 10_000;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    private final int maxFailures;
    private final Duration lock;
    private final Duration maxLock;
    private final Clock clock;
    private final Map<String, Series> series = new ConcurrentHashMap<>();
    private volatile LoginCounts shared;

    LoginThrottle(int maxFailures, Duration lock, Duration maxLock, Clock clock) {
        this.maxFailures = Math.max(1, maxFailures);
        this.lock = lock;
        this.maxLock = maxLock.compareTo(lock) < 0 ? lock : maxLock;
        this.clock = clock;
    }

    /** Keeps the counts in a store the nodes share from now on; null: in this node's memory. */
    void share(LoginCounts counts) {
        shared = counts;
    }

    LoginCounts shared() {
        return shared;
    }

    /** @return how long the account stays locked; zero when it may try now */
    Duration lockedFor(String account) {
        LoginCounts counts = shared;
        Series s = null;
        boolean read = false;
        if (counts != null) {
            try {
                s = counts.get(account).orElse(null);
                read = true;
            } catch (RuntimeException e) {
                away(e);
            }
        }
        if (!read) {
            s = series.get(account);
        }
        Instant now = clock.instant();
        return s == null || s.lockedUntil() == null || !s.lockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, s.lockedUntil());
    }

    void failed(String account, String from) {
        Instant now = clock.instant();
        Series counted = null;
        LoginCounts counts = shared;
        if (counts != null) {
            try {
                counted = counts.count(account, s -> next(s, now));
            } catch (RuntimeException e) {
                away(e);
            }
        }
        if (counted == null) {
            counted = countHere(account, now);
        }
        log(account, from, counted, now);
    }

    /** The series after one more failure now. */
    private Series next(Series s, Instant now) {
        int failures = s == null || s.last().plus(FORGET).isBefore(now) ? 1 : s.failures() + 1;
        Instant until = null;
        if (failures >= maxFailures) {
            int doublings = Math.min(failures - maxFailures, 20);
            Duration d = lock.multipliedBy(1L << doublings);
            until = now.plus(d.compareTo(maxLock) > 0 ? maxLock : d);
        }
        return new Series(failures, now, until);
    }

    private Series countHere(String account, Instant now) {
        BiFunction<String, Series, Series> count = (k, s) -> next(s, now);
        // a name tracked already does not grow the map; a new one is added only under the lock, after room is made, so
        // that threads adding names at once cannot pass the bound between checking the size and adding
        Series next = series.computeIfPresent(account, count);
        if (next == null) {
            synchronized (series) {
                if (series.size() >= MAX_TRACKED && !series.containsKey(account)) {
                    makeRoom(now);
                }
                next = series.compute(account, count);
            }
        }
        return next;
    }

    private static void log(String account, String from, Series counted, Instant now) {
        if (counted.lockedUntil() != null) {
            LOG.warning(() -> "Login for '" + printable(account) + "' locked for " + Duration.between(now, counted.lockedUntil()).toSeconds()
                    + " s after " + counted.failures() + " failed attempts in a row (the last from " + from + ")");
        } else {
            LOG.info(() -> "Failed login for '" + printable(account) + "' from " + from + " (" + counted.failures() + " in a row)");
        }
    }

    /**
     * Forgets series to make room, down to nine tenths of the bound (so a flood of new names pays
     * for this once a thousand names, not at each failure): the expired first, then the unlocked
     * with the fewest failures, and only then the locks that end soonest. Called with the lock held.
     */
    private void makeRoom(Instant now) {
        int target = MAX_TRACKED - MAX_TRACKED / 10;
        series.values().removeIf(s -> s.last().plus(FORGET).isBefore(now) && !locked(s, now));
        List<Integer> tiers = series.values().stream().filter(s -> !locked(s, now)).map(Series::failures).distinct().sorted().toList();
        for (int fewest : tiers) {
            if (series.size() < target) {
                break;
            }
            series.values().removeIf(s -> !locked(s, now) && s.failures() == fewest);
        }
        if (series.size() >= target) {
            series.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().lockedUntil(), Comparator.nullsFirst(Comparator.naturalOrder())))
                    .limit(series.size() - target).map(Map.Entry::getKey).toList().forEach(series::remove);
        }
    }

    private static boolean locked(Series s, Instant now) {
        return s.lockedUntil() != null && s.lockedUntil().isAfter(now);
    }

    /** @return how many series are tracked now */
    int tracked() {
        return series.size();
    }

    void succeeded(String account) {
        series.remove(account);
        LoginCounts counts = shared;
        if (counts != null) {
            try {
                counts.forget(account);
            } catch (RuntimeException e) {
                away(e);
            }
        }
    }

    private static void away(RuntimeException e) {
        LOG.log(Level.WARNING, "The shared login counts cannot be used (this node counts failed logins by itself meanwhile): " + e.getMessage(), e);
    }

    /** An account name as a log line may show it: no line breaks, not endless. */
    static String printable(String account) {
        String clean = account.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() <= 60 ? clean : clean.substring(0, 60) + "...";
    }
}
