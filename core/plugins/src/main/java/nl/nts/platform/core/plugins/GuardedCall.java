package nl.nts.platform.core.plugins;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.nts.platform.api.NtsException;
import nl.nts.platform.api.PluginException;
import nl.nts.platform.core.shared.Caller;

/**
 * One call of a plugin's code, so that a plugin that throws or hangs fails only the request
 * that used it: on a worker of the {@link PluginGuard}, for the plugin's caller (never the
 * caller of the request that led to it), within a time limit. What the plugin throws becomes
 * a {@link PluginException} naming it, except what it throws on purpose: the core's own
 * {@link NtsException}s, and the kinds given to {@link #refusing}.
 * <p>
 * Immutable: {@code within} and {@code refusing} return a new call.
 *
 * <pre>{@code
 * guard.call(caller, "workflow 'BOM intake' of plugin rom-bom")
 *         .within(hookTimeout, "decide")
 *         .refusing(IllegalStateException.class, e -> new ConflictException("transition", e.getMessage()))
 *         .run(() -> workflow.beforeTransition(request));
 * }</pre>
 */
final class GuardedCall {

    /** Plugin code that returns nothing and may throw anything. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private record Refusal<X extends Throwable>(Class<X> type, Function<? super X, ? extends RuntimeException> answer) {
        RuntimeException answer(Throwable thrown) {
            return type.isInstance(thrown) ? answer.apply(type.cast(thrown)) : null;
        }
    }

    private static final Logger LOG = Logger.getLogger(GuardedCall.class.getName());

    private final PluginGuard guard;
    private final Caller plugin;
    private final String what;
    private final Duration limit;
    private final String verb;
    private final List<Refusal<?>> refusals;

    GuardedCall(PluginGuard guard, Caller plugin, String what) {
        this(guard, plugin, what, null, null, List.of());
    }

    private GuardedCall(PluginGuard guard, Caller plugin, String what, Duration limit, String verb, List<Refusal<?>> refusals) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.what = Objects.requireNonNull(what, "what");
        this.limit = limit;
        this.verb = verb;
        this.refusals = refusals;
    }

    /** @return who the plugin's code runs as */
    Caller caller() {
        return plugin;
    }

    /** @return the plugin's part in words, as messages name it */
    String what() {
        return what;
    }

    /** The time limit; running out of it "did not finish within ... s". */
    GuardedCall within(Duration limit) {
        return within(limit, "finish");
    }

    /**
     * @param verb what the plugin failed to do in time, as in "did not <em>decide</em> within 10 s"
     */
    GuardedCall within(Duration limit, String verb) {
        return new GuardedCall(guard, plugin, what, Objects.requireNonNull(limit, "limit"), Objects.requireNonNull(verb, "verb"), refusals);
    }

    /**
     * What a plugin throws on purpose and what the core answers instead, e.g. a workflow hook's
     * {@code IllegalStateException}, which refuses the step (409). The answer is thrown as it is.
     */
    <X extends Throwable> GuardedCall refusing(Class<X> type, Function<? super X, ? extends RuntimeException> answer) {
        List<Refusal<?>> more = new ArrayList<>(refusals);
        more.add(new Refusal<>(type, answer));
        return new GuardedCall(guard, plugin, what, limit, verb, List.copyOf(more));
    }

    /**
     * Runs the plugin's code on a worker and waits for it, at most the time limit.
     *
     * @return what the plugin's code returned
     * @throws PluginException timed out (the code is interrupted; or it never got a thread,
     *                         every one busy), failed, refused (queue full), or this thread was
     *                         interrupted while waiting (its flag kept)
     * @throws NtsException    the plugin's own, unchanged; or the answer to a refusal
     */
    <R> R get(Callable<R> work) {
        if (limit == null) {
            throw new IllegalStateException("a guarded call of " + what + " needs a time limit: within(...)");
        }
        AtomicBoolean started = new AtomicBoolean();
        Future<R> call = submit(() -> {
            started.set(true);
            return work.call();
        });
        return outcome(call, started, limit, guard.maxThreads() + " threads for plugins");
    }

    /**
     * Waits for a submitted call's answer.
     *
     * @param wait how long from now; for a call not started by then, it is dropped
     * @param pool the threads it waited for, in words, e.g. "32 threads for plugins"
     */
    private <R> R outcome(Future<R> call, AtomicBoolean started, Duration wait, String pool) {
        try {
            return call.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            if (!started.get()) {
                guard.forgetCancelled();
                throw dropped(wait, pool);
            }
            LOG.warning(() -> what + " ran out of time (" + seconds(limit) + " s) and was interrupted");
            throw new PluginException(plugin.name(), what + " did not " + verb + " within " + seconds(limit) + " s", true);
        } catch (ExecutionException e) {
            throw answer(e.getCause());
        } catch (InterruptedException | CancellationException e) {
            call.cancel(true);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new PluginException(plugin.name(), what + " was interrupted", false);
        }
    }

    /** A call that waited for a thread and never got one: it never runs. */
    private PluginException dropped(Duration waited, String pool) {
        LOG.warning(() -> what + " waited " + seconds(waited) + " s for a thread and was dropped: the " + pool + " are all busy");
        return new PluginException(plugin.name(), what + " was not started within " + seconds(waited) + " s: the core's " + pool + " are all busy",
                true);
    }

    /** {@link #get} for code that returns nothing. */
    void run(Work work) {
        get(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Starts the plugin's code in the background, for the plugin's caller, and returns at once:
     * a connector's run (no time limit), a listener told of a change (with {@link #within}, it
     * is interrupted at the limit). What it throws is logged. It waits for a thread when every
     * one is busy. Cancel the future to interrupt it.
     *
     * @throws PluginException when too many calls wait for a thread, or the guard has stopped
     */
    Future<?> start(Runnable job) {
        Future<?> running = submit(() -> {
            try {
                job.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, what + " failed", e);
                throw e;
            }
            return null;
        });
        if (limit != null) {
            try {
                guard.deadline(running, limit, () -> LOG.warning(() -> what + " did not " + verb + " within " + seconds(limit)
                        + " s and was interrupted"));
            } catch (RejectedExecutionException e) {
                running.cancel(true);
                throw new PluginException(plugin.name(), what + " was not started: the core is stopping", false);
            }
        }
        return running;
    }

    /** How long a plugin may take to tell about itself (a name, its states, a media type). */
    static final Duration DESCRIBE_LIMIT = Duration.ofSeconds(5);

    /**
     * How long a registration waits for a describer: only plugins that ignore their limit hold
     * one longer than {@link #DESCRIBE_LIMIT}.
     */
    static final Duration DESCRIBE_WAIT = Duration.ofSeconds(30);

    /**
     * Asks the plugin about itself (a name, the states of a workflow, a media type) for the
     * plugin's caller, within {@link #DESCRIBE_LIMIT} unless a limit was given. The core asks
     * once, when the plugin's service registers, and keeps the answer: no request waits on a
     * plugin's description. It runs on the guard's describers, not on the workers: a plugin busy
     * with requests, or workers all busy, do not cost a new service its place. The limit counts
     * from when the question starts; waiting for a describer (behind other registrations) is
     * bounded by {@link #DESCRIBE_WAIT}.
     *
     * @throws PluginException when the plugin throws ("cannot describe itself"), takes too long,
     *                         or no describer was free in time
     */
    <R> R describe(Callable<R> question) {
        GuardedCall timed = limit != null ? this : within(DESCRIBE_LIMIT, "describe itself");
        return timed.ask(question);
    }

    private <R> R ask(Callable<R> question) {
        AtomicBoolean started = new AtomicBoolean();
        CountDownLatch starting = new CountDownLatch(1);
        Future<R> call;
        try {
            call = guard.describing(plugin, () -> {
                started.set(true);
                starting.countDown();
                try {
                    return question.call();
                } catch (NtsException e) {
                    throw e;
                } catch (RuntimeException | LinkageError e) {
                    PluginException failure = new PluginException(plugin.name(), what + " cannot describe itself: " + message(e), false);
                    failure.initCause(e);
                    throw failure;
                }
            });
        } catch (RejectedExecutionException e) {
            throw new PluginException(plugin.name(), what + " was not described: the core is stopping", false);
        }
        String pool = guard.describers() + " threads for describing new plugin services";
        try {
            if (!starting.await(DESCRIBE_WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                call.cancel(true);
                throw dropped(DESCRIBE_WAIT, pool);
            }
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginException(plugin.name(), what + " was interrupted", false);
        }
        return outcome(call, started, limit, pool);
    }

    private <R> Future<R> submit(Callable<R> work) {
        try {
            return guard.submit(plugin, work);
        } catch (PluginGuard.PluginBusy e) {
            LOG.warning(() -> what + " was refused: " + e.getMessage());
            throw new PluginException(plugin.name(), what + " was not started: " + e.getMessage(), false);
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> what + " was refused: the " + guard.maxThreads() + " threads for plugins are all busy and "
                    + "the calls waiting for them too many, or the core is stopping");
            throw new PluginException(plugin.name(), what + " was not started: the core's " + guard.maxThreads()
                    + " threads for plugins are all busy", false);
        }
    }

    private RuntimeException answer(Throwable thrown) {
        for (Refusal<?> refusal : refusals) {
            RuntimeException answer = refusal.answer(thrown);
            if (answer != null) {
                return answer;
            }
        }
        if (thrown instanceof NtsException own) {
            return own;
        }
        LOG.log(Level.WARNING, what + " failed", thrown);
        PluginException failure = new PluginException(plugin.name(), what + " failed: " + message(thrown), false);
        failure.initCause(thrown);
        return failure;
    }

    private static String message(Throwable thrown) {
        return thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
    }

    /** 3 s, 2.5 s, 0.2 s: configuration gives fractional seconds. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
