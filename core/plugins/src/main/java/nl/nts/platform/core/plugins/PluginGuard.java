package nl.nts.platform.core.plugins;

import java.security.AccessController;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;

/**
 * Where the core runs plugin code: the worker threads every plugin kind shares, each call
 * bound to the plugin's own caller. {@link #call} describes one call; {@link GuardedCall}
 * makes it. Registered under this class, which only this bundle sees.
 */
@Component(service = PluginGuard.class)
public class PluginGuard {

    /**
     * A plugin that ignores interrupts keeps its thread after its time limit: the bound stops
     * such plugins from using up the machine, and is far above what two cores run at once.
     */
    static final int MAX_THREADS = 32;

    /** Calls beyond the threads wait their turn, within their time limit; beyond these they are refused. */
    static final int MAX_WAITING = 256;

    /**
     * Calls of one plugin running at once, counted until its code really returns: a plugin that
     * ignores interrupts keeps running after its time limit (Java cannot stop a thread), and
     * without this bound each request would start another of its threads until all are its.
     */
    static final int MAX_PER_PLUGIN = 8;

    /**
     * Threads that ask newly registered services about themselves: apart from the workers, and
     * without the per-plugin bound, so that a plugin busy with requests (or every worker busy)
     * never makes the core refuse a service it registers. Few are needed: a description is asked
     * once per registration and cut at its limit.
     */
    static final int DESCRIBERS = 2;

    /** Threads running a plugin's code now, by plugin (actor), also those past their time limit. */
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final int maxPerPlugin;

    private final CallerScope scope;
    private final int maxThreads;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor describers;
    /** Ends background calls that outlive their limit: nobody waits for them, so something must. */
    private final ScheduledThreadPoolExecutor deadlines;
    private final AtomicInteger count = new AtomicInteger();

    @Activate
    public PluginGuard(@Reference CallerScope scope) {
        this(scope, MAX_THREADS, MAX_WAITING, MAX_PER_PLUGIN);
    }

    PluginGuard(CallerScope scope, int maxThreads, int maxWaiting) {
        this(scope, maxThreads, maxWaiting, MAX_PER_PLUGIN);
    }

    PluginGuard(CallerScope scope, int maxThreads, int maxWaiting, int maxPerPlugin) {
        this.scope = scope;
        this.maxPerPlugin = maxPerPlugin;
        this.maxThreads = maxThreads;
        // As many threads as calls up to the bound, then a queue. (Without a queue a call that
        // comes just as another ends is refused: the ending thread is not yet free.)
        this.workers = new ThreadPoolExecutor(maxThreads, maxThreads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(maxWaiting),
                work -> newThread(work, "nts-plugin-" + count.incrementAndGet()));
        this.workers.allowCoreThreadTimeOut(true);
        this.deadlines = new ScheduledThreadPoolExecutor(1, work -> newThread(work, "nts-plugin-deadlines"));
        // a queue without bound: a registration waits its turn (GuardedCall#describe bounds the wait), it is never refused for room
        this.describers = new ThreadPoolExecutor(DESCRIBERS, DESCRIBERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> newThread(work, "nts-plugin-describe-" + count.incrementAndGet()));
        this.describers.allowCoreThreadTimeOut(true);
    }

    @Deactivate
    void stop() {
        workers.shutdownNow();
        describers.shutdownNow();
        deadlines.shutdownNow();
    }

    /** Drops calls cancelled before they started, which would otherwise take room in the queue. */
    void forgetCancelled() {
        workers.purge();
    }

    /**
     * Starts describing a call of a plugin's code.
     *
     * @param plugin who the code runs for, usually {@link PluginService#caller()}
     * @param what   the plugin's part in words, for messages, e.g. {@code report format 'csv' of plugin report-csv}
     */
    GuardedCall call(Caller plugin, String what) {
        return new GuardedCall(this, plugin, what);
    }

    int maxThreads() {
        return maxThreads;
    }

    /**
     * Runs work on a worker, for the plugin's caller; the worker's name says whose code it runs.
     *
     * @throws RejectedExecutionException when every worker is busy and the queue full, or the guard has stopped
     */
    <R> Future<R> submit(Caller plugin, Callable<R> work) {
        AtomicInteger mine = running.computeIfAbsent(plugin.actor(), k -> new AtomicInteger());
        if (mine.incrementAndGet() > maxPerPlugin) {
            mine.decrementAndGet();
            throw new PluginBusy(plugin.actor() + " has " + maxPerPlugin + " calls running already (some may ignore their time limit)");
        }
        // released once: when the plugin's code really returns, or when the call is cancelled before it started
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                mine.decrementAndGet();
            }
        };
        java.util.concurrent.FutureTask<R> task = new java.util.concurrent.FutureTask<>(() -> {
            started.set(true);
            try {
                return run(plugin, work);
            } finally {
                release.run();
            }
        }) {
            @Override
            protected void done() {
                if (!started.get()) {
                    release.run();
                }
            }
        };
        try {
            workers.execute(task);
            return task;
        } catch (RejectedExecutionException e) {
            release.run();
            throw e;
        }
    }

    /**
     * Runs a registration's question on a describer, for the plugin's caller: not counted
     * against the plugin's bound, not behind the workers' queue.
     *
     * @throws RejectedExecutionException when the guard has stopped
     */
    <R> Future<R> describing(Caller plugin, Callable<R> question) {
        return describers.submit(() -> run(plugin, question));
    }

    int describers() {
        return describers.getMaximumPoolSize();
    }

    /** Too many calls of one plugin are running: refused at once, the other plugins unaffected. */
    static final class PluginBusy extends RejectedExecutionException {
        private static final long serialVersionUID = 1L;

        PluginBusy(String message) {
            super(message);
        }
    }

    private <R> R run(Caller plugin, Callable<R> work) throws Exception {
        {
            Thread thread = Thread.currentThread();
            String name = thread.getName();
            thread.setName(name + " " + plugin.actor());
            try {
                return scope.call(plugin, () -> {
                    try {
                        return work.call();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new Checked(e);
                    }
                });
            } catch (Checked e) {
                throw e.exception;
            } finally {
                thread.setName(name);
            }
        }
    }

    /**
     * Interrupts a call that is still going after its limit.
     *
     * @param overrun told when it was
     * @throws RejectedExecutionException when the guard has stopped
     */
    void deadline(Future<?> call, Duration limit, Runnable overrun) {
        deadlines.schedule(() -> {
            if (call.cancel(true)) {
                overrun.run();
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs work on this thread for the plugin's caller, then restores what was bound before. */
    <R> R bound(Caller plugin, Supplier<R> work) {
        return scope.call(plugin, work);
    }

    @SuppressWarnings("removal") // AccessController is how Karaf 4.4 carries the shell user's subject
    private static Thread newThread(Runnable work, String name) {
        // A thread made plainly inherits its maker's access control context: if a shell command
        // made it, every plugin later run on it would hold that user's subject. Made privileged,
        // it holds none.
        return AccessController.doPrivileged((PrivilegedAction<Thread>) () -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            // nor the maker's context class loader, which may be a plugin's that a pooled thread would keep alive
            thread.setContextClassLoader(PluginGuard.class.getClassLoader());
            return thread;
        });
    }

    /** Carries a checked exception through {@link CallerScope#call}, which takes a Supplier. */
    private static final class Checked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Exception exception;

        Checked(Exception exception) {
            super(null, exception, false, false);
            this.exception = exception;
        }
    }
}
