package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import nl.nts.platform.api.plugin.ReportFormat;

/**
 * The report formats registered now, by format id. A format that goes away is remembered for a
 * while: a request for it then waits for it to come back, as it does when its plugin is
 * updated, instead of failing. A format never seen fails at once.
 */
final class ReportFormatRegistry {

    /** A registered format and the service properties that say whose it is. */
    record Registered(String id, ReportFormat format, String plugin, String rom) {
    }

    private static final Duration REMEMBER_DEPARTED = Duration.ofMinutes(5);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Registered> formats = new TreeMap<>();
    private final Map<String, Instant> departed = new TreeMap<>();
    private final Clock clock;

    ReportFormatRegistry(Clock clock) {
        this.clock = clock;
    }

    void add(Registered registered) {
        lock.lock();
        try {
            formats.put(registered.id(), registered);
            departed.remove(registered.id());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void remove(String id, ReportFormat format) {
        lock.lock();
        try {
            Registered current = formats.get(id);
            if (current != null && current.format() == format) {
                formats.remove(id);
                departed.put(id, clock.instant());
            }
        } finally {
            lock.unlock();
        }
    }

    List<Registered> all() {
        lock.lock();
        try {
            return List.copyOf(formats.values());
        } finally {
            lock.unlock();
        }
    }

    /**
     * @return the format, waiting up to {@code patience} for one that went away recently;
     *         empty when it is not there (or did not come back in time)
     */
    Optional<Registered> await(String id, Duration patience) throws InterruptedException {
        lock.lock();
        try {
            long nanos = patience.toNanos();
            while (true) {
                Registered registered = formats.get(id);
                if (registered != null) {
                    return Optional.of(registered);
                }
                Instant left = departed.get(id);
                boolean recentlyHere = left != null && left.plus(REMEMBER_DEPARTED).isAfter(clock.instant());
                if (!recentlyHere || nanos <= 0) {
                    return Optional.empty();
                }
                nanos = changed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
