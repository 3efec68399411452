package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** The floods below would log a line per failure. */
    private static final java.util.logging.Logger QUIET = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(LoginThrottle.class.getName());
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }


    private final HandClock clock = new HandClock("2026-01-01T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(30), Duration.ofSeconds(100), clock);

    @Test
    void locksAfterTheLimitAndDoublesUpToTheLongestLock() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.lockedFor("anna"));
        throttle.failed("anna", "10.0.0.1");
        assertEquals(Duration.ofSeconds(30), throttle.lockedFor("anna"));
        assertEquals(Duration.ZERO, throttle.lockedFor("bob"), "other accounts are not touched");

        clock.now = clock.now.plusSeconds(31);
        assertEquals(Duration.ZERO, throttle.lockedFor("anna"));
        throttle.failed("anna", "10.0.0.1");
        assertEquals(Duration.ofSeconds(60), throttle.lockedFor("anna"));
        clock.now = clock.now.plusSeconds(61);
        throttle.failed("anna", "10.0.0.1");
        assertEquals(Duration.ofSeconds(100), throttle.lockedFor("anna"), "never longer than the longest lock");
    }

    @Test
    void aSuccessOrTimeEndsTheSeries() {
        throttle.failed("anna", "x");
        throttle.failed("anna", "x");
        throttle.succeeded("anna");
        throttle.failed("anna", "x");
        throttle.failed("anna", "x");
        assertEquals(Duration.ZERO, throttle.lockedFor("anna"));

        clock.now = clock.now.plus(LoginThrottle.FORGET).plusSeconds(1);
        throttle.failed("anna", "x");
        assertEquals(Duration.ZERO, throttle.lockedFor("anna"), "failures long ago are forgotten");
    }

    @Test
    void accountNamesInTheLogCannotForgeLines() {
        String shown = LoginThrottle.printable("eve\nINFO | forged line" + "x".repeat(100));
        assertTrue(!shown.contains("\n") && shown.length() <= 63, shown);
    }

    /** A flood of made-up names (one failure each) cannot push out the series of an account being guessed: the lock still comes. */
    @Test
    void junkNamesCannotFlushAGuessedAccountsSeries() {
        throttle.failed("real", "10.0.0.1");
        throttle.failed("real", "10.0.0.1");
        for (int i = 0; i < 20_050; i++) {
            throttle.failed("junk-" + i, "10.0.0.2");
        }
        throttle.failed("real", "10.0.0.1");
        assertFalse(throttle.lockedFor("real").isZero(), "the third failure in a row locks, junk or not");
    }

    /** Names the realm does not know lock like real ones: the answers tell nobody which accounts exist. */
    @Test
    void madeUpNamesLockLikeRealOnes() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("nobody-at-all", "10.0.0.3");
        }
        assertFalse(throttle.lockedFor("nobody-at-all").isZero());
    }

    /** Even names that lock cannot grow the memory without bound. */
    @Test
    void lockedJunkStaysBounded() {
        for (int i = 0; i < 25_000; i++) {
            for (int k = 0; k < 3; k++) {
                throttle.failed("locked-" + i, "10.0.0.4");
            }
        }
        assertTrue(throttle.tracked() <= LoginThrottle.MAX_TRACKED, "tracked " + throttle.tracked());
    }

    /**
     * Many threads failing with distinct names at once: checking the size and adding a name are
     * one step, so no thread slips past the bound (each is sampled while the others still add).
     */
    @Test
    void theBoundHoldsWhileManyThreadsAddNamesAtOnce() throws Exception {
        int threads = 8;
        int perThread = 6_000;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        try {
            java.util.List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    go.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    for (int i = 0; i < perThread; i++) {
                        throttle.failed("flood-" + thread + "-" + i, "10.0.0.5");
                        most.accumulateAndGet(throttle.tracked(), Math::max);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(most.get() <= LoginThrottle.MAX_TRACKED, "tracked up to " + most.get() + " of at most " + LoginThrottle.MAX_TRACKED);
        assertTrue(throttle.tracked() <= LoginThrottle.MAX_TRACKED, "tracked " + throttle.tracked());
    }
}
