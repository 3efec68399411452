package nl.nts.platform.core.shared;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Time limits from configuration, which gives them in (fractional) seconds. */
public final class Durations {

    private Durations() {
    }

    public static Duration seconds(double seconds) {
        return Duration.ofNanos((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
    }
}
