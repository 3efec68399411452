package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Hand clock = new Hand();
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
}
