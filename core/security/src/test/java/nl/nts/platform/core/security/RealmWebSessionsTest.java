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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.nts.platform.core.shared.SessionStore;
import nl.nts.platform.core.shared.SessionStore.StoredSession;
import nl.nts.platform.core.shared.WebSessions.Started;
import nl.nts.platform.core.shared.WebSessions.WebSession;

class RealmWebSessionsTest {

    private final HandClock clock = new HandClock("2026-12-01T09:00:00Z");
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final Map<String, RealmWebSessions.RealmRoles> realm = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicLong accountChanges = new java.util.concurrent.atomic.AtomicLong();
    private final RealmWebSessions sessions = new RealmWebSessions(store, u -> realm.getOrDefault(u, RealmWebSessions.RealmRoles.UNKNOWN),
            accountChanges::get, clock,
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
    void anAccountChangedByThePlatformCountsAtTheNextRequestNotAMinuteLater() {
        realm.put("bom-admin", new RealmWebSessions.RealmRoles(true, Set.of("rom-admin:BOM", "rom-member:BOM")));
        Started started = sessions.start("bom-admin", Set.of("rom-admin:BOM", "rom-member:BOM"));
        assertEquals(Set.of("rom-admin:BOM", "rom-member:BOM"), sessions.resume(started.secret()).orElseThrow().roles());
        realm.put("bom-admin", new RealmWebSessions.RealmRoles(true, Set.of("rom-member:BOM")));
        assertEquals(Set.of("rom-admin:BOM", "rom-member:BOM"), sessions.resume(started.secret()).orElseThrow().roles(),
                "a change the platform did not make (an edited file) counts within the minute");
        accountChanges.incrementAndGet();
        assertEquals(Set.of("rom-member:BOM"), sessions.resume(started.secret()).orElseThrow().roles(), "demoted at once");
        realm.put("bom-admin", new RealmWebSessions.RealmRoles(true, null));
        accountChanges.incrementAndGet();
        assertTrue(sessions.resume(started.secret()).isEmpty(), "removed at once");
    }

    @Test
    void staleSessionsAreSweptOnALogin() {
        sessions.start("a", Set.of());
        clock.pass(Duration.ofHours(1));
        sessions.start("b", Set.of());
        assertEquals(1, store.size());
    }

    /** A request reads the session, the logout removes it, then the request records its use: the session must not come back. */
    @Test
    void aLogoutBetweenARequestsReadAndItsWriteStaysALogout() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch loggedOut = new CountDownLatch(1);
        AtomicBoolean armed = new AtomicBoolean();
        SessionStore racing = new Delegating(store) {
            @Override
            public Optional<StoredSession> get(String key) {
                Optional<StoredSession> found = super.get(key);
                if (armed.getAndSet(false)) {
                    read.countDown();
                    await(loggedOut);
                }
                return found;
            }
        };
        RealmWebSessions sessions = new RealmWebSessions(racing, u -> RealmWebSessions.RealmRoles.UNKNOWN, () -> 0, clock, Duration.ofMinutes(30),
                Duration.ofHours(12));
        Started started = sessions.start("kia", Set.of("kia-operator"));
        clock.pass(Duration.ofMinutes(1)); // the request records its use
        armed.set(true);
        ExecutorService request = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<WebSession>> resumed = request.submit(() -> sessions.resume(started.secret()));
            assertTrue(read.await(10, TimeUnit.SECONDS));
            sessions.end(started.secret());
            loggedOut.countDown();
            assertTrue(resumed.get(10, TimeUnit.SECONDS).isEmpty(), "the request that lost the race is not let in");
        } finally {
            request.shutdownNow();
        }
        assertEquals(0, store.size(), "the logged-out session is not stored again");
        assertTrue(sessions.resume(started.secret()).isEmpty());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A store that hands every call to another; a test overrides what it delays. */
    private static class Delegating implements SessionStore {
        private final SessionStore to;

        Delegating(SessionStore to) {
            this.to = to;
        }

        @Override
        public void put(String key, StoredSession session) {
            to.put(key, session);
        }

        @Override
        public Optional<StoredSession> get(String key) {
            return to.get(key);
        }

        @Override
        public Optional<StoredSession> update(String key, UnaryOperator<StoredSession> change) {
            return to.update(key, change);
        }

        @Override
        public void remove(String key) {
            to.remove(key);
        }

        @Override
        public int removeStale(Instant lastSeenBefore, Instant startedBefore) {
            return to.removeStale(lastSeenBefore, startedBefore);
        }
    }

    @Test
    void timesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RealmWebSessions(store, u -> RealmWebSessions.RealmRoles.UNKNOWN, () -> 0, clock,
                Duration.ZERO, Duration.ofHours(1)));
    }

}
