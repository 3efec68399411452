package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.AccessController;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.security.auth.Subject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.PluginException;
import nl.nts.platform.core.shared.Caller;

class GuardedCallTest {

    private static final Caller PLUGIN = Caller.plugin("report-csv", "BOM");
    private static final Caller USER = Caller.user("anna", List.of("rom-member:BOM"));
    private static final Duration LONG = Duration.ofSeconds(30);

    private final FakeCallerScope scope = new FakeCallerScope();
    private PluginGuard guard = new PluginGuard(scope, 2, 4);

    @AfterEach
    void stop() {
        guard.stop();
    }

    private GuardedCall csv() {
        return guard.call(PLUGIN, "report format 'csv' of plugin report-csv");
    }

    @Test
    void thePluginsCodeRunsOnANamedDaemonWorkerAndItsAnswerComesBack() {
        Thread caller = Thread.currentThread();
        AtomicReference<String> nameDuring = new AtomicReference<>();
        Thread worker = csv().within(LONG).get(() -> {
            nameDuring.set(Thread.currentThread().getName());
            return Thread.currentThread();
        });
        assertNotSame(caller, worker);
        assertTrue(worker.isDaemon());
        assertTrue(nameDuring.get().startsWith("nts-plugin-") && nameDuring.get().endsWith("plugin:report-csv"), nameDuring.get());
        assertFalse(worker.getName().contains("report-csv"), "the worker's name is its own again: " + worker.getName());
    }

    @Test
    void theCodeRunsForThePluginNotForTheCallerOfTheRequest() {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Optional<Caller> inside = scope.call(USER, () -> {
            Optional<Caller> seen = csv().within(LONG).get(() -> {
                worker.set(Thread.currentThread());
                return scope.current();
            });
            assertEquals(Optional.of(USER), scope.current(), "the request's caller is the request's still");
            return seen;
        });
        assertEquals(Optional.of(PLUGIN), inside);
        assertEquals(Optional.empty(), scope.boundOn(worker.get()), "nothing is left bound on the worker");
        assertEquals(Optional.empty(), scope.current());
    }

    @Test
    void aReusedWorkerCarriesNothingFromTheCallBefore() {
        guard.stop();
        guard = new PluginGuard(scope, 1, 4);
        Caller other = Caller.plugin("rom-liof", "LIOF");
        Thread first = guard.call(other, "workflow of plugin rom-liof").within(LONG).get(Thread::currentThread);
        assertEquals(Optional.empty(), scope.boundOn(first));

        AtomicReference<Thread> second = new AtomicReference<>();
        Optional<Caller> seen = csv().within(LONG).get(() -> {
            second.set(Thread.currentThread());
            return scope.current();
        });
        assertSame(first, second.get(), "one worker: the same thread served both");
        assertEquals(Optional.of(PLUGIN), seen);
        assertEquals(Optional.empty(), scope.boundOn(first));
    }

    @Test
    @SuppressWarnings("removal") // how Karaf 4.4 runs a shell command as its session's user
    void aShellUsersSubjectDoesNotReachTheWorkers() {
        Subject operator = new Subject();
        operator.getPrincipals().add(() -> "operator");
        // the first call makes the worker, on the shell command's thread
        Subject seen = Subject.doAs(operator, (PrivilegedAction<Subject>) () -> csv().within(LONG)
                .get(() -> Subject.getSubject(AccessController.getContext())));
        assertNull(seen, "plugin code must not hold the shell user's subject");
    }

    @Test
    void aWorkerDoesNotKeepTheContextClassLoaderOfWhoeverMadeIt() throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader pluginLoader = new URLClassLoader(new URL[0])) {
            thread.setContextClassLoader(pluginLoader);
            ClassLoader seen = csv().within(LONG).get(() -> Thread.currentThread().getContextClassLoader());
            assertNotSame(pluginLoader, seen);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void aPluginThatRunsOutOfTimeFailsNamingItAndIsInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        long started = System.nanoTime();
        PluginException e = assertThrows(PluginException.class, () -> csv().within(Duration.ofMillis(200)).get(() -> {
            try {
                Thread.sleep(60_000);
                return "too late";
            } catch (InterruptedException stopped) {
                interrupted.countDown();
                throw stopped;
            }
        }));
        assertTrue(e.timedOut());
        assertEquals("report-csv", e.plugin());
        assertEquals("report format 'csv' of plugin report-csv did not finish within 0.2 s", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0);
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the plugin's thread was interrupted");
    }

    @Test
    void theTimeoutSaysWhatThePluginDidNotDo() {
        PluginException e = assertThrows(PluginException.class, () -> guard.call(Caller.plugin("rom-bom", "BOM"), "workflow 'BOM intake' of plugin rom-bom")
                .within(Duration.ofMillis(100), "decide").run(() -> Thread.sleep(60_000)));
        assertEquals("workflow 'BOM intake' of plugin rom-bom did not decide within 0.1 s", e.getMessage());
        assertEquals("rom-bom", e.plugin());
    }

    @Test
    void aPluginThatThrowsFailsNamingItWithTheCauseKept() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        PluginException e = assertThrows(PluginException.class, () -> csv().within(LONG).run(() -> {
            throw boom;
        }));
        assertFalse(e.timedOut());
        assertEquals("report-csv", e.plugin());
        assertEquals("report format 'csv' of plugin report-csv failed: boom", e.getMessage());
        assertSame(boom, e.getCause());
    }

    @Test
    void checkedExceptionsAndErrorsOfAPluginFailItToo() {
        PluginException io = assertThrows(PluginException.class, () -> csv().within(LONG).run(() -> {
            throw new IOException("the report is larger than 64 MB");
        }));
        assertEquals("report format 'csv' of plugin report-csv failed: the report is larger than 64 MB", io.getMessage());
        assertTrue(io.getCause() instanceof IOException);

        PluginException gone = assertThrows(PluginException.class, () -> csv().within(LONG).run(() -> {
            throw new NoClassDefFoundError();
        }));
        assertEquals("report format 'csv' of plugin report-csv failed: NoClassDefFoundError", gone.getMessage());
    }

    @Test
    void theCoresOwnExceptionsPassThroughUnchanged() {
        NotFoundException notFound = new NotFoundException("plan", "12");
        assertSame(notFound, assertThrows(NotFoundException.class, () -> csv().within(LONG).run(() -> {
            throw notFound;
        })));
    }

    @Test
    void aRefusalIsAnsweredAsTheCallerSays() {
        GuardedCall hook = guard.call(Caller.plugin("rom-bom", "BOM"), "workflow 'BOM intake' of plugin rom-bom").within(LONG, "decide");
        GuardedCall.Work refuses = () -> {
            throw new IllegalStateException("an input needs a theme before triage");
        };

        ConflictException refused = assertThrows(ConflictException.class, () -> hook
                .refusing(IllegalStateException.class, e -> new ConflictException("transition", e.getMessage())).run(refuses));
        assertEquals("an input needs a theme before triage", refused.getMessage());
        assertEquals("transition", refused.field());

        PluginException failed = assertThrows(PluginException.class, () -> hook.run(refuses), "without the refusal it is a failure");
        assertFalse(failed.timedOut());
    }

    @Test
    void aCallThatWaitsNeedsATimeLimit() {
        assertThrows(IllegalStateException.class, () -> csv().get(() -> "no limit"));
    }

    @Test
    void callsFollowingEachOtherQuicklyAreNotRefused() {
        guard.stop();
        guard = new PluginGuard(scope, 1, 1);
        for (int i = 0; i < 200; i++) {
            int n = i;
            assertEquals(n, csv().within(LONG).get(() -> n));
        }
    }

    @Test
    void whenEveryWorkerIsBusyACallWaitsWithinItsLimitThenIsDropped() throws Exception {
        guard.stop();
        guard = new PluginGuard(scope, 1, 4);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> blocker = occupy(release);
        AtomicReference<String> ran = new AtomicReference<>("no");
        try {
            PluginException late = assertThrows(PluginException.class, () -> csv().within(Duration.ofMillis(200)).get(() -> {
                ran.set("yes");
                return "too late";
            }));
            assertTrue(late.timedOut());
            assertEquals("report format 'csv' of plugin report-csv was not started within 0.2 s: the core's 1 threads for plugins are all busy",
                    late.getMessage());
        } finally {
            release.countDown();
        }
        blocker.get(10, TimeUnit.SECONDS);
        assertEquals("after", csv().within(LONG).get(() -> "after"));
        assertEquals("no", ran.get(), "a call dropped before it started never runs");
    }

    @Test
    void whenTooManyWaitACallIsRefusedAtOnce() throws InterruptedException {
        guard.stop();
        guard = new PluginGuard(scope, 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        occupy(release);
        try {
            csv().start(() -> awaitQuietly(release)); // waits in the queue
            PluginException busy = assertThrows(PluginException.class, () -> csv().within(LONG).get(() -> "never"));
            assertFalse(busy.timedOut());
            assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aJobRunsInTheBackgroundForThePluginUntilCancelled() throws Exception {
        AtomicReference<Optional<Caller>> seen = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Future<?> job = scope.call(USER, () -> csv().start(() -> {
            seen.set(scope.current());
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(PLUGIN), seen.get());
        job.cancel(true);
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "cancelling the job interrupts it");
    }

    @Test
    void aBackgroundCallWithALimitIsInterruptedAtTheLimit() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Future<?> listener = guard.call(PLUGIN, "transition listener of plugin report-csv").within(Duration.ofMillis(200)).start(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "nobody waits for it, yet it ends at its limit");
        assertTrue(listener.isCancelled());
    }

    @Test
    void describingRunsOnAWorkerForThePluginAndLeavesTheRequestsCaller() {
        Thread here = Thread.currentThread();
        scope.call(USER, () -> {
            Thread ran = csv().describe(() -> {
                assertEquals(Optional.of(PLUGIN), scope.current());
                return Thread.currentThread();
            });
            assertNotSame(here, ran);
            assertEquals(Optional.of(USER), scope.current());
            return null;
        });
        assertEquals(Optional.empty(), scope.current());
    }

    @Test
    void aPluginSlowToDescribeItselfIsCutAtItsLimit() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        PluginException e = assertThrows(PluginException.class, () -> csv().within(Duration.ofMillis(200), "describe itself").describe(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException stopped) {
                interrupted.countDown();
            }
            return "too late";
        }));
        assertEquals("report format 'csv' of plugin report-csv did not describe itself within 0.2 s", e.getMessage());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS));
    }

    /** A service registering while its plugin is at its bound and every worker busy is still described, not dropped for good. */
    @Test
    void describingANewServiceIsHeldUpNeitherByItsPluginsBoundNorByBusyWorkers() throws Exception {
        guard.stop();
        guard = new PluginGuard(scope, 1, 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        occupy(release);
        try {
            guard.call(Caller.plugin("other", null), "another plugin").start(() -> awaitQuietly(release)); // fills the queue
            PluginException busy = assertThrows(PluginException.class, () -> csv().within(LONG).get(() -> "a request"));
            assertTrue(busy.getMessage().contains("calls running already"), busy.getMessage());
            assertEquals("described", csv().describe(() -> {
                assertEquals(Optional.of(PLUGIN), scope.current());
                return "described";
            }));
        } finally {
            release.countDown();
        }
    }

    /** Registrations that come together wait for a describer; each one's limit counts from when it is asked, not from when it queued. */
    @Test
    void aDescriptionWaitingBehindOthersIsTimedFromItsStart() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(PluginGuard.DESCRIBERS);
        java.util.concurrent.ExecutorService registrations = java.util.concurrent.Executors.newFixedThreadPool(PluginGuard.DESCRIBERS);
        try {
            List<Future<String>> slow = new java.util.ArrayList<>();
            for (int i = 0; i < PluginGuard.DESCRIBERS; i++) {
                slow.add(registrations.submit(() -> csv().describe(() -> {
                    asked.countDown();
                    awaitQuietly(release);
                    return "slow";
                })));
            }
            assertTrue(asked.await(10, TimeUnit.SECONDS), "every describer is busy");
            Future<String> queued = java.util.concurrent.Executors.newSingleThreadExecutor()
                    .submit(() -> csv().within(Duration.ofMillis(300), "describe itself").describe(() -> "quick"));
            Thread.sleep(500); // longer than its limit, in the queue
            release.countDown();
            assertEquals("quick", queued.get(10, TimeUnit.SECONDS));
            for (Future<String> f : slow) {
                assertEquals("slow", f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            release.countDown();
            registrations.shutdownNow();
        }
    }

    @Test
    void aPluginThatCannotDescribeItselfFailsNamingIt() {
        IllegalStateException broken = new IllegalStateException("no name");
        PluginException e = assertThrows(PluginException.class, () -> csv().describe(() -> {
            throw broken;
        }));
        assertEquals("report format 'csv' of plugin report-csv cannot describe itself: no name", e.getMessage());
        assertEquals("report-csv", e.plugin());
        assertSame(broken, e.getCause());
        assertEquals(Optional.empty(), scope.current());
    }

    @Test
    void aCallerInterruptedWhileWaitingFailsAndKeepsItsFlag() {
        Thread.currentThread().interrupt();
        try {
            PluginException e = assertThrows(PluginException.class, () -> csv().within(LONG).get(() -> {
                Thread.sleep(60_000);
                return "late";
            }));
            assertFalse(e.timedOut());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aStoppedGuardStartsNothing() {
        guard.stop();
        assertThrows(PluginException.class, () -> csv().within(LONG).get(() -> "never"));
    }

    @Test
    void limitsAreWrittenInTheSecondsConfigurationUses() {
        assertEquals("3", GuardedCall.seconds(Duration.ofSeconds(3)));
        assertEquals("2.5", GuardedCall.seconds(Duration.ofMillis(2500)));
        assertEquals("0.2", GuardedCall.seconds(Duration.ofMillis(200)));
        assertEquals("30", GuardedCall.seconds(Duration.ofSeconds(30)));
    }

    /** Starts a call of the plugin that holds its worker until released, and waits until it runs. */
    private Future<?> occupy(CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Future<?> held = csv().start(() -> {
            running.countDown();
            awaitQuietly(release);
        });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        return held;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A plugin whose code ignores its time limit keeps its threads; beyond its own bound it is refused at once, and others still run. */
    @Test
    void aPluginThatIgnoresItsLimitIsBoundedAndOthersStillRun() throws Exception {
        guard = new PluginGuard(scope, 8, 4, 2);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            PluginException late = assertThrows(PluginException.class, () -> guard.call(PLUGIN, "stubborn format").within(Duration.ofMillis(100))
                    .get(() -> {
                        while (true) {
                            try {
                                if (release.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                                    return "done";
                                }
                            } catch (InterruptedException ignored) {
                                // this plugin ignores interrupts
                            }
                        }
                    }));
            assertTrue(late.timedOut());
        }
        long start = System.nanoTime();
        PluginException busy = assertThrows(PluginException.class,
                () -> guard.call(PLUGIN, "stubborn format").within(LONG).get(() -> "never"));
        assertFalse(busy.timedOut());
        assertTrue(busy.getMessage().contains("calls running already"), busy.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos(), "refused at once");
        assertEquals("other", guard.call(Caller.plugin("other", null), "another plugin").within(LONG).get(() -> "other"));
        release.countDown();
        // once its code returns, the plugin runs again
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String again = null;
        while (again == null && System.nanoTime() < deadline) {
            try {
                again = guard.call(PLUGIN, "stubborn format").within(LONG).get(() -> "again");
            } catch (PluginException stillBusy) {
                Thread.sleep(20);
            }
        }
        assertEquals("again", again);
    }
}
