package nl.nts.platform.core.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;

/**
 * The core's caller scope without a framework: the caller bound per thread, kept in a map so
 * that a test can look at what is left bound on another thread (a worker) after a call.
 */
final class FakeCallerScope implements CallerScope {

    private final Map<Thread, Caller> bound = new ConcurrentHashMap<>();

    @Override
    public <T> T call(Caller caller, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        Caller before = bound.put(thread, caller);
        try {
            return work.get();
        } finally {
            if (before == null) {
                bound.remove(thread);
            } else {
                bound.put(thread, before);
            }
        }
    }

    @Override
    public Optional<Caller> current() {
        return boundOn(Thread.currentThread());
    }

    /** @return what is bound on a thread now */
    Optional<Caller> boundOn(Thread thread) {
        return Optional.ofNullable(bound.get(thread));
    }
}
