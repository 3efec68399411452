package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.core.plugins.RunLedger.StoredRun;
import nl.nts.platform.core.store.ConnectorRunEntity.Progress;
import nl.nts.platform.core.store.LocalJpaTemplate;

/**
 * The connector runs' ledger through the persistence unit on H2: one run per connector held by the
 * database's unique index, progress and cursor stored per page, the checkpoint of the last completed
 * run, and which runs a new start of the node (or another node, once the heartbeat is stale) takes over.
 */
class JpaRunLedgerTest {

    private static final Progress ONE_PAGE = new Progress(1, 2, 2, 0, 0, 0, 1, "crm 9: name: is required", false);

    private final LocalJpaTemplate jpa = new LocalJpaTemplate();

    @AfterEach
    void close() {
        jpa.close();
    }

    private JpaRunLedger ledger(String node, String boot, Clock clock) {
        return new JpaRunLedger(jpa, clock, node, boot);
    }

    @Test
    void oneRunPerConnectorAtATimeItsProgressPerPageAndTheCheckpointOfTheLastCompletedRun() {
        JpaRunLedger ledger = ledger("node1", "a", Clock.systemUTC());
        StoredRun first = ledger.begin("hubspot-bom", "bom-admin", null);
        assertFalse(first.incremental());
        ConflictException twice = assertThrows(ConflictException.class, () -> ledger.begin("hubspot-bom", "ina", null));
        assertTrue(twice.getMessage().contains("running already: run " + first.id() + " (started by bom-admin)"), twice.getMessage());
        StoredRun other = ledger.begin("hubspot-liof", "ina", null);
        assertTrue(other.id() > first.id(), "another connector runs beside it");

        assertFalse(ledger.page(first.id(), ONE_PAGE, "after=514", "since=2025-10-01T10:00:00Z"));
        StoredRun stored = ledger.get(first.id()).orElseThrow();
        assertEquals("after=514", stored.nextCursor());
        assertEquals(ONE_PAGE, stored.progress());
        assertNull(ledger.lastCheckpoint("hubspot-bom"), "no run completed yet");

        ledger.finish(first.id(), "DONE", null, ONE_PAGE);
        assertEquals("since=2025-10-01T10:00:00Z", ledger.lastCheckpoint("hubspot-bom"));
        assertTrue(ledger.lastFinished("hubspot-bom").isPresent());
        StoredRun next = ledger.begin("hubspot-bom", "bom-admin", ledger.lastCheckpoint("hubspot-bom"));
        assertTrue(next.incremental());
        assertEquals("since=2025-10-01T10:00:00Z", next.nextCursor(), "the first cursor of an incremental run is the checkpoint");
        ledger.finish(next.id(), "FAILED", "x".repeat(3000), ONE_PAGE);
        assertEquals(2000, ledger.get(next.id()).orElseThrow().error().length(), "a long error is cut to the column");
        assertEquals("since=2025-10-01T10:00:00Z", ledger.lastCheckpoint("hubspot-bom"), "a failed run leaves the checkpoint of the last completed one");
        assertEquals(List.of(next.id(), first.id()), ledger.recent("hubspot-bom", 10).stream().map(StoredRun::id).toList());
    }

    @Test
    void theNextStartOfTheNodeTakesOverAtOnceAnotherNodeOnlyOnceTheHeartbeatIsStale() {
        Instant now = Instant.parse("2026-12-03T17:00:00Z");
        JpaRunLedger before = ledger("node1", "boot-1", Clock.fixed(now, ZoneOffset.UTC));
        StoredRun run = before.begin("hubspot-bom", "bom-admin", null);
        before.page(run.id(), ONE_PAGE, "after=514", null);

        JpaRunLedger otherNode = ledger("node2", "boot-1", Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC));
        assertEquals(List.of(), otherNode.orphaned(Duration.ofMinutes(2)), "node1 may still be running it");
        assertTrue(otherNode.takeOver(run.id(), Duration.ofMinutes(2)).isEmpty());

        JpaRunLedger restarted = ledger("node1", "boot-2", Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC));
        assertEquals(List.of(run.id()), restarted.orphaned(Duration.ofMinutes(2)).stream().map(StoredRun::id).toList());
        StoredRun taken = restarted.takeOver(run.id(), Duration.ofMinutes(2)).orElseThrow();
        assertEquals(1, taken.resumes());
        assertEquals("node1/boot-2", taken.owner());
        assertEquals("after=514", taken.nextCursor(), "resumed from the stored cursor");
        assertEquals(ONE_PAGE, taken.progress());

        JpaRunLedger later = ledger("node2", "boot-1", Clock.fixed(now.plusSeconds(600), ZoneOffset.UTC));
        assertEquals(List.of(run.id()), later.orphaned(Duration.ofMinutes(2)).stream().map(StoredRun::id).toList(),
                "node1 has not touched it for more than 2 minutes");
        restarted.askCancel(run.id());
        assertTrue(restarted.beat(run.id(), 3), "a cancel asked anywhere is seen at the next heartbeat");
        restarted.finish(run.id(), "CANCELLED", "cancelled", ONE_PAGE);
        assertEquals(List.of(), later.orphaned(Duration.ofMinutes(2)));
        assertTrue(later.takeOver(run.id(), Duration.ofMinutes(2)).isEmpty(), "an ended run is nobody's to take over");
        assertNull(ledger("node1", "x", Clock.systemUTC()).begin("hubspot-bom", "bom-admin", null).nextCursor(), "the connector is free again");
    }

    @Test
    void aRuntimeTakenForDownWritesNothingOnceAnotherNodeTookTheRunOver() {
        Instant now = Instant.parse("2026-12-03T17:00:00Z");
        JpaRunLedger paused = ledger("node1", "boot-1", Clock.fixed(now, ZoneOffset.UTC));
        StoredRun run = paused.begin("hubspot-bom", "bom-admin", null);
        paused.page(run.id(), ONE_PAGE, "after=514", null);

        JpaRunLedger other = ledger("node2", "boot-1", Clock.fixed(now.plusSeconds(600), ZoneOffset.UTC));
        assertEquals("node2/boot-1", other.takeOver(run.id(), Duration.ofMinutes(2)).orElseThrow().owner());

        Progress more = new Progress(2, 4, 4, 0, 0, 0, 0, null, false);
        assertThrows(RunLedger.TakenOver.class, () -> paused.page(run.id(), more, "after=999", null));
        assertThrows(RunLedger.TakenOver.class, () -> paused.beat(run.id(), 0));
        assertThrows(RunLedger.TakenOver.class, () -> paused.finish(run.id(), "DONE", null, more));
        StoredRun stored = other.get(run.id()).orElseThrow();
        assertEquals("RUNNING", stored.status(), "the paused runtime did not end it");
        assertEquals("after=514", stored.nextCursor(), "nor moved its cursor");
        assertEquals(ONE_PAGE, stored.progress());
        assertFalse(other.page(run.id(), more, null, null));
        other.finish(run.id(), "DONE", null, more);
        assertEquals("DONE", other.get(run.id()).orElseThrow().status());
    }
}
