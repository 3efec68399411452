package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Logger;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.NtsException;
import nl.nts.platform.core.shared.Caller;

/**
 * The services of one plugin kind, by the key the kind looks them up by, fed by a DS
 * reference that is MULTIPLE, DYNAMIC and GREEDY. Several services may offer one key; the
 * current one is the one OSGi would pick: highest {@code service.ranking}, then lowest
 * {@code service.id}. A key whose last provider left is remembered for a while, so that a
 * request for it can wait for it to come back while its plugin is updated; whether an update
 * is under way is the registry's {@code returning} question, asked of each departure: a key
 * whose plugin was removed, and is not being updated, is not found at once.
 *
 * @param <T> the plugin kind, e.g. {@code ReportFormat}
 */
final class PluginRegistry<T> {

    /** Longer than any plugin update takes; short enough that a removed plugin is soon forgotten. */
    static final Duration REMEMBER_DEPARTED = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    private static final Comparator<PluginService<?>> PRECEDENCE = Comparator.<PluginService<?>>comparingInt(PluginService::ranking)
            .reversed().thenComparingLong(PluginService::serviceId);

    private final String kind;
    private final String keyName;
    private final Function<Map<String, ?>, String> keyOf;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, List<PluginService<T>>> byKey = new TreeMap<>();
    private final Map<String, Departure> departed = new HashMap<>();
    private final java.util.function.Predicate<Departure> returning;

    /** How often a waiting request asks again whether the departure's update is still under way. */
    private static final Duration RECHECK = Duration.ofMillis(100);

    /**
     * A key whose last provider left.
     *
     * @param key      the key
     * @param plugin   the plugin of the provider that left ({@code nts.plugin.id}), or {@value PluginService#UNKNOWN_PLUGIN}
     * @param bundleId the bundle that registered it ({@code service.bundleid}); -1 when unknown
     * @param at       when it left
     */
    record Departure(String key, String plugin, long bundleId, Instant at) {
    }

    /**
     * @param kind        the kind in words, for messages and {@link NotFoundException}, e.g. {@code "report format"}
     * @param keyProperty the service property holding the key, e.g. {@code nts.report.format}
     */
    PluginRegistry(String kind, String keyProperty, Clock clock) {
        this(kind, keyProperty, clock, departure -> true);
    }

    /**
     * @param returning whether the provider of a departed key is expected back now (its plugin is
     *                  being updated): only then does {@link #await} wait for it
     */
    PluginRegistry(String kind, String keyProperty, Clock clock, java.util.function.Predicate<Departure> returning) {
        this(kind, "the service property " + keyProperty, properties -> PluginService.text(properties.get(keyProperty)), clock, returning);
    }

    /**
     * @param keyName what the key is made of, in words, for the warning about a service without one
     * @param keyOf   reads the key from a service's properties; null when it has none
     */
    PluginRegistry(String kind, String keyName, Function<Map<String, ?>, String> keyOf, Clock clock) {
        this(kind, keyName, keyOf, clock, departure -> true);
    }

    private PluginRegistry(String kind, String keyName, Function<Map<String, ?>, String> keyOf, Clock clock,
            java.util.function.Predicate<Departure> returning) {
        this.returning = returning;
        this.kind = kind;
        this.keyName = keyName;
        this.keyOf = keyOf;
        this.clock = clock;
    }

    /**
     * Takes in a service that was registered: the DS bind method.
     *
     * @param caller who the service's code runs as, from its bundle: {@link PluginCaller#of}
     * @return the entry; empty when the service has no key and is ignored
     */
    Optional<PluginService<T>> add(T service, Map<String, ?> properties, Caller caller) {
        return add(service, properties, caller, null);
    }

    /**
     * Takes in a service once it has told about itself: the one place the core asks a plugin's
     * service for its description, once, when it registers, and keeps the answer with the entry
     * ({@link PluginService#description}), so that no request waits on the plugin's code. The
     * question runs on the guard's describers ({@link GuardedCall#describe}), which a busy plugin
     * or busy workers do not hold up: the service is admitted, or refused with a logged reason.
     *
     * @param call     the guarded call for the service's plugin, naming the service
     * @param question what the kind asks, e.g. a report format's name and media type
     * @param unfit    why the description does not do for this kind; null when it does
     * @return the entry; empty when the service is refused (logged)
     */
    <D> Optional<PluginService<T>> addDescribed(T service, Map<String, ?> properties, GuardedCall call, Callable<D> question,
            Function<? super D, String> unfit) {
        if (key(properties) == null) {
            return Optional.empty();
        }
        D description;
        try {
            description = call.describe(question);
        } catch (NtsException e) {
            LOG.warning(() -> call.what() + " is ignored: " + e.getMessage());
            return Optional.empty();
        }
        String why = unfit.apply(description);
        if (why != null) {
            LOG.warning(() -> call.what() + " is ignored: " + why);
            return Optional.empty();
        }
        return add(service, properties, call.caller(), description);
    }

    /** @return the service's key; null when it has none, logged: it is ignored */
    private String key(Map<String, ?> properties) {
        String key = keyOf.apply(properties);
        if (key == null) {
            LOG.warning(() -> "A " + kind + " without " + keyName + " is ignored: " + properties);
        }
        return key;
    }

    private Optional<PluginService<T>> add(T service, Map<String, ?> properties, Caller caller, Object description) {
        String key = key(properties);
        if (key == null) {
            return Optional.empty();
        }
        PluginService<T> added = PluginService.of(key, service, properties, caller, description);
        PluginService<T> current;
        lock.lock();
        try {
            List<PluginService<T>> providers = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            providers.add(added);
            providers.sort(PRECEDENCE);
            current = providers.get(0);
            departed.remove(key);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (current != added) {
            LOG.info(() -> kind + " '" + key + "' of plugin " + added.plugin() + " waits behind the one of plugin " + current.plugin()
                    + ", which ranks higher or was registered first");
        }
        return Optional.of(added);
    }

    /**
     * Forgets a service that was unregistered: the DS unbind method. Only that registration
     * goes (the same object under the same {@code service.id}): a newer provider of the key,
     * e.g. the updated plugin's, stays whatever order the framework tells us in.
     */
    void remove(T service, Map<String, ?> properties) {
        String key = keyOf.apply(properties);
        long serviceId = PluginService.serviceId(properties);
        lock.lock();
        try {
            // the key may have changed since the service was added, if its properties were modified
            if (!(key != null && removeFrom(key, service, serviceId))) {
                for (String other : List.copyOf(byKey.keySet())) {
                    if (removeFrom(other, service, serviceId)) {
                        break;
                    }
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean removeFrom(String key, T service, long serviceId) {
        List<PluginService<T>> providers = byKey.get(key);
        if (providers == null) {
            return false;
        }
        PluginService<T> removed = null;
        for (Iterator<PluginService<T>> it = providers.iterator(); it.hasNext();) {
            PluginService<T> p = it.next();
            if (p.service() == service && p.serviceId() == serviceId) {
                it.remove();
                removed = p;
            }
        }
        if (providers.isEmpty()) {
            byKey.remove(key);
            departed.put(key, removed == null ? new Departure(key, PluginService.UNKNOWN_PLUGIN, -1, clock.instant())
                    : new Departure(key, removed.plugin(), PluginService.bundleId(removed.properties()), clock.instant()));
        }
        return removed != null;
    }

    /** @return the provider of the key now, if any */
    Optional<PluginService<T>> current(String key) {
        lock.lock();
        try {
            List<PluginService<T>> providers = byKey.get(key);
            return providers == null ? Optional.empty() : Optional.of(providers.get(0));
        } finally {
            lock.unlock();
        }
    }

    /** @return every provider of the key, the current one first; e.g. for listeners, which all hear */
    List<PluginService<T>> providers(String key) {
        lock.lock();
        try {
            return List.copyOf(byKey.getOrDefault(key, List.of()));
        } finally {
            lock.unlock();
        }
    }

    /** @return the current provider of every key, ordered by key */
    List<PluginService<T>> all() {
        lock.lock();
        try {
            return byKey.values().stream().map(providers -> providers.get(0)).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The provider of a key, waiting up to {@code patience} for one that left within the last
     * {@link #REMEMBER_DEPARTED}, and only while its plugin is being updated (the
     * {@code returning} question, asked again as the wait goes on). A key never seen, gone for
     * longer, or whose plugin was removed and is not being updated, fails at once.
     *
     * @throws NotFoundException when there is none, or it did not come back in time (logged);
     *                           also when the waiting thread is interrupted (its flag is kept)
     */
    PluginService<T> await(String key, Duration patience) {
        long started = System.nanoTime();
        lock.lock();
        try {
            long nanos = patience.toNanos();
            while (true) {
                List<PluginService<T>> providers = byKey.get(key);
                if (providers != null) {
                    if (nanos < patience.toNanos()) {
                        LOG.info(() -> kind + " '" + key + "' is back after " + millis(started) + " ms");
                    }
                    return providers.get(0);
                }
                Departure left = departed.get(key);
                if (left == null || !left.at().plus(REMEMBER_DEPARTED).isAfter(clock.instant()) || !returning.test(left)) {
                    throw new NotFoundException(kind, key);
                }
                if (nanos <= 0) {
                    LOG.warning(() -> kind + " '" + key + "' left at " + left.at() + " and did not come back within " + millis(started) + " ms");
                    throw new NotFoundException(kind, key);
                }
                long slice = Math.min(nanos, RECHECK.toNanos());
                nanos -= slice - changed.awaitNanos(slice);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotFoundException(kind, key);
        } finally {
            lock.unlock();
        }
    }

    private static long millis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
