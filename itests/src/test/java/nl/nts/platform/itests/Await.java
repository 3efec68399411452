package nl.nts.platform.itests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, polling briefly: tests wait on what they expect, never on a fixed sleep. */
final class Await {

    /** A condition that may throw while it does not hold yet (a request to a platform still starting). */
    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /** @throws AssertionError naming {@code what} when the condition is not met in time */
    static void until(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Like {@link #until(String, Duration, BooleanSupplier)}, for a check that may throw: an
     * exception counts as "not yet", and the last one is the cause of the failure.
     */
    static void holds(String what, Duration deadline, Check check) throws InterruptedException {
        Exception[] last = new Exception[1];
        try {
            until(what, deadline, () -> {
                try {
                    return check.holds();
                } catch (Exception e) {
                    last[0] = e;
                    return false;
                }
            });
        } catch (AssertionError e) {
            if (last[0] != null) {
                e.initCause(last[0]);
            }
            throw e;
        }
    }
}
