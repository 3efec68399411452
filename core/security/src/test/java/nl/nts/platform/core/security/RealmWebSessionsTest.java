package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nts.platform.core.shared.WebSessions.Started;

class RealmWebSessionsTest {

    private final Hand clock = new Hand();
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final Map<String, RealmWebSessions.RealmRoles> realm = new HashMap<>();
    private final RealmWebSessions sessions = new RealmWebSessions(store, u -> realm.getOrDefault(u, RealmWebSessions.RealmRoles.UNKNOWN), clock,
            Duration.ofMinutes(30), Duration.ofHours(12));

    @Test
    void aSessionLastsWhileUsedAndEndsAfterIdleTime() {
        Started started = sessions.start("bom-member", Set.of(" rom-member:BOM"));
        assertEquals(Set.of("rom-member:BOM"), started.session().roles());
        clock.pass(Duration.ofMinutes(29));
        assertTrue(sessions.resume(started.secret()).isPresent());
        clock.pass(Duration.ofMinutes(29));
        assertTrue(sessions.resume(started.secret()).isPresent(), "use keeps it alive");
        clock.pass(Duration.ofMinutes(30));
        assertTrue(sessions.resume(started.secret()).isEmpty(), "30 minutes without use end it");
        assertEquals(0, store.size());
    }

    @Test
    void aSessionEndsAtTheLatestAfterTheMaximumEvenWhenUsed() {
        Started started = sessions.start("kia", Set.of("kia-operator"));
        for (int i = 0; i < 12 * 3 - 1; i++) {
            clock.pass(Duration.ofMinutes(20));
            assertTrue(sessions.resume(started.secret()).isPresent(), "at " + i);
        }
        clock.pass(Duration.ofMinutes(20));
        assertTrue(sessions.resume(started.secret()).isEmpty());
    }

    @Test
    void loggingOutEndsItAndTheSecretIsNotKept() {
        Started started = sessions.start("kia", Set.of("kia-operator"));
        Started other = sessions.start("kia", Set.of("kia-operator"));
        assertNotEquals(started.secret(), other.secret());
        assertNotEquals(started.session().csrfToken(), other.session().csrfToken());
        assertTrue(store.get(started.secret()).isEmpty(), "kept by hash, not by secret");
        assertTrue(store.get(RealmWebSessions.hash(started.secret())).isPresent());
        sessions.end(started.secret());
        assertTrue(sessions.resume(started.secret()).isEmpty());
        assertTrue(sessions.resume(other.secret()).isPresent(), "the other session stays");
        assertTrue(sessions.resume("made-up").isEmpty());
        assertTrue(sessions.resume("").isEmpty());
    }

    @Test
    void rolesAreNarrowedToTheRealmsAndAGoneUserLosesTheSession() {
        Started started = sessions.start("bom-admin", Set.of("rom-admin:BOM", "rom-member:BOM"));
        realm.put("bom-admin", new RealmWebSessions.RealmRoles(true, Set.of("rom-member:BOM", "kia-operator")));
        assertEquals(Set.of("rom-member:BOM"), sessions.resume(started.secret()).orElseThrow().roles(), "never more than at login");
        realm.put("bom-admin", new RealmWebSessions.RealmRoles(true, null));
        clock.pass(Duration.ofMinutes(2));
        assertTrue(sessions.resume(started.secret()).isEmpty());
        assertFalse(sessions.resume(started.secret()).isPresent());
    }

    @Test
    void staleSessionsAreSweptOnALogin() {
        sessions.start("a", Set.of());
        clock.pass(Duration.ofHours(1));
        sessions.start("b", Set.of());
        assertEquals(1, store.size());
    }

    @Test
    void timesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RealmWebSessions(store, u -> RealmWebSessions.RealmRoles.UNKNOWN, clock,
                Duration.ZERO, Duration.ofHours(1)));
    }

    private static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
