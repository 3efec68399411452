package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.core.store.ConnectorRunEntity.Progress;

/**
 * The ledger's contract in memory, for runner tests: what a test stops mid-run stays RUNNING here,
 * as a killed runtime leaves it in the database, and a new runner on the same ledger finds it
 * orphaned.
 */
final class MemoryRunLedger implements RunLedger {

    private final Map<Long, StoredRun> runs = new TreeMap<>();
    private final Clock clock = Clock.systemUTC();
    private long ids;

    @Override
    public synchronized StoredRun begin(String connector, String by, String cursor) {
        for (StoredRun r : runs.values()) {
            if (r.connector().equals(connector) && r.running()) {
                throw new ConflictException("connector", "connector '" + connector + "' is running already: run " + r.id());
            }
        }
        Instant now = clock.instant();
        StoredRun run = new StoredRun(++ids, connector, "RUNNING", by, now, null, now, "test", cursor != null, false, 0, null, cursor, null,
                new Progress(0, 0, 0, 0, 0, 0, 0, "", false));
        runs.put(run.id(), run);
        return run;
    }

    @Override
    public synchronized String lastCheckpoint(String connector) {
        return recent(connector, RECENT_ALL).stream().filter(r -> "DONE".equals(r.status())).findFirst().map(StoredRun::checkpoint).orElse(null);
    }

    private static final int RECENT_ALL = Integer.MAX_VALUE;

    @Override
    public synchronized Optional<Instant> lastFinished(String connector) {
        return recent(connector, 1).stream().findFirst().filter(r -> !r.running()).map(StoredRun::finished);
    }

    @Override
    public synchronized boolean page(long id, Progress progress, String next, String checkpoint) {
        StoredRun r = runs.get(id);
        runs.put(id, new StoredRun(id, r.connector(), r.status(), r.by(), r.started(), r.finished(), clock.instant(), r.owner(), r.incremental(),
                r.cancelAsked(), r.resumes(), r.error(), next, checkpoint != null ? checkpoint : r.checkpoint(), progress));
        return r.cancelAsked();
    }

    @Override
    public synchronized boolean beat(long id, int retries) {
        return runs.get(id).cancelAsked();
    }

    @Override
    public synchronized void finish(long id, String status, String error, Progress progress) {
        StoredRun r = runs.get(id);
        runs.put(id, new StoredRun(id, r.connector(), status, r.by(), r.started(), clock.instant(), clock.instant(), r.owner(), r.incremental(),
                r.cancelAsked(), r.resumes(), error, r.nextCursor(), r.checkpoint(), progress));
    }

    @Override
    public synchronized Optional<StoredRun> get(long id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public synchronized List<StoredRun> recent(String connector, int limit) {
        return runs.values().stream().filter(r -> connector == null || r.connector().equals(connector))
                .sorted(Comparator.comparingLong(StoredRun::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<StoredRun> orphaned(Duration staleAfter) {
        return runs.values().stream().filter(StoredRun::running).toList();
    }

    @Override
    public synchronized Optional<StoredRun> takeOver(long id, Duration staleAfter) {
        StoredRun r = runs.get(id);
        if (r == null || !r.running()) {
            return Optional.empty();
        }
        StoredRun taken = new StoredRun(id, r.connector(), r.status(), r.by(), r.started(), r.finished(), clock.instant(), "test", r.incremental(),
                r.cancelAsked(), r.resumes() + 1, r.error(), r.nextCursor(), r.checkpoint(), r.progress());
        runs.put(id, taken);
        return Optional.of(taken);
    }

    @Override
    public synchronized void askCancel(long id) {
        StoredRun r = runs.get(id);
        runs.put(id, new StoredRun(id, r.connector(), r.status(), r.by(), r.started(), r.finished(), r.heartbeat(), r.owner(), r.incremental(), true,
                r.resumes(), r.error(), r.nextCursor(), r.checkpoint(), r.progress()));
    }
}
