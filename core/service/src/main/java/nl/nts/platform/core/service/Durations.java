package nl.nts.platform.core.service;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Time limits from configuration, which gives them in (fractional) seconds. */
final class Durations {

    private Durations() {
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
    }
}
