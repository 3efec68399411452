package nl.nts.platform.itests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, polling briefly: tests wait on what they expect, never on a fixed sleep. */
final class Await {

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
}
