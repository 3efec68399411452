package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.core.shared.WebSessions.Started;
import nl.nts.platform.core.store.LocalJpaTemplate;

/**
 * Two nodes sharing one database (two persistence units on one H2 database, as two runtimes on
 * one PostgreSQL): a web session made on one is used and ended on the other, and failed logins on
 * both count toward one lock that holds on both.
 */
class SharedClusterStateTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final LocalJpaTemplate nodeA = new LocalJpaTemplate(url);
    private final LocalJpaTemplate nodeB = new LocalJpaTemplate(url);
    private final HandClock clock = new HandClock("2026-12-01T09:00:00Z");

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    private RealmWebSessions sessions(LocalJpaTemplate node) {
        return new RealmWebSessions(new JpaSessionStore(node), u -> RealmWebSessions.RealmRoles.UNKNOWN, () -> 0, clock,
                Duration.ofMinutes(30), Duration.ofHours(12));
    }

    @Test
    void aWebSessionMadeOnOneNodeIsUsedKeptAliveAndEndedOnTheOther() {
        RealmWebSessions a = sessions(nodeA);
        RealmWebSessions b = sessions(nodeB);
        Started started = a.start("bom-member", Set.of(" rom-member:BOM", "ssh"));
        assertEquals(Set.of("rom-member:BOM", "ssh"), b.resume(started.secret()).orElseThrow().roles());
        assertEquals(started.session().csrfToken(), b.resume(started.secret()).orElseThrow().csrfToken());
        assertTrue(new JpaSessionStore(nodeA).get(started.secret()).isEmpty(), "stored by the hash of its secret, not the secret");

        for (int i = 0; i < 4; i++) {
            clock.pass(Duration.ofMinutes(20));
            assertTrue((i % 2 == 0 ? b : a).resume(started.secret()).isPresent(), "used on either node, it stays alive (" + i + ")");
        }
        clock.pass(Duration.ofMinutes(31));
        assertTrue(a.resume(started.secret()).isEmpty(), "idle on both nodes, it ends");

        Started other = b.start("kia", Set.of("kia-operator"));
        assertTrue(a.resume(other.secret()).isPresent());
        a.end(other.secret());
        assertTrue(b.resume(other.secret()).isEmpty(), "a logout on one node ends it on the other");
    }

    @Test
    void failedLoginsOnBothNodesCountTowardOneLockThatHoldsOnBoth() {
        LoginThrottle a = throttle(nodeA);
        LoginThrottle b = throttle(nodeB);
        a.failed("anna", "10.0.0.1");
        b.failed("anna", "10.0.0.2");
        assertEquals(Duration.ZERO, a.lockedFor("anna"));
        a.failed("anna", "10.0.0.1");
        assertEquals(Duration.ofSeconds(30), b.lockedFor("anna"), "the third failure in a row, counted on two nodes, locks");
        assertEquals(Duration.ofSeconds(30), a.lockedFor("anna"));
        assertEquals(Duration.ZERO, b.lockedFor("bob"), "other accounts are not touched");
        b.failed("anna", "10.0.0.2");
        assertEquals(Duration.ofSeconds(60), a.lockedFor("anna"), "each further failure doubles it, wherever it came");
        assertEquals(0, a.tracked() + b.tracked(), "nothing counted in a node's memory");

        clock.pass(Duration.ofSeconds(61));
        a.succeeded("anna");
        b.failed("anna", "10.0.0.2");
        assertEquals(Duration.ZERO, a.lockedFor("anna"), "a success on one node ends the series on both");

        String longName = "x".repeat(300);
        for (int i = 0; i < 3; i++) {
            (i % 2 == 0 ? a : b).failed(longName, "10.0.0.3");
        }
        assertFalse(a.lockedFor(longName).isZero(), "a name longer than the column is counted by its hash");
    }

    @Test
    void withoutTheDatabaseANodeCountsInItsOwnMemory() {
        LoginThrottle a = throttle(nodeA);
        nodeA.close();
        for (int i = 0; i < 3; i++) {
            a.failed("anna", "10.0.0.1");
        }
        assertEquals(1, a.tracked());
        assertEquals(Duration.ofSeconds(30), a.lockedFor("anna"), "the lock holds on this node meanwhile");
    }

    private LoginThrottle throttle(LocalJpaTemplate node) {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(30), Duration.ofSeconds(100), clock);
        throttle.share(new JpaLoginCounts(node, clock));
        return throttle;
    }
}
