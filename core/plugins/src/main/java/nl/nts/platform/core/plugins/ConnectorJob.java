package nl.nts.platform.core.plugins;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.nts.platform.api.NtsException;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.plugin.RetryableSourceException;
import nl.nts.platform.api.plugin.SourcePage;
import nl.nts.platform.core.plugins.RunLedger.StoredRun;
import nl.nts.platform.core.store.ConnectorRunEntity.Progress;

/**
 * One run of a connector, from its stored cursor to the end: page after page, each record upserted
 * in a transaction of its own, the progress and the next page's cursor stored once the page's
 * records are. A read worth retrying waits (honouring the source's retry-after, bounded, cancellable)
 * and reads the same page again. It ends {@code DONE}, {@code FAILED} (the source, or the time
 * limit) or {@code CANCELLED}; a runtime that stops leaves it {@code RUNNING}, to be resumed.
 */
final class ConnectorJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConnectorJob.class.getName());
    static final int MAX_PROBLEMS = 50;

    /** Reads one page of the connector. */
    @FunctionalInterface
    interface PageReader {
        SourcePage<?> read(String cursor) throws IOException;
    }

    /** What an upsert did to one record. */
    enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** Stores one record by its external id; a refusal throws an {@link NtsException} or {@link SecurityException}. */
    interface Upserter {
        /** Told a page's records before they are stored one by one, e.g. to read what is stored of them in one go. */
        default void prepare(List<?> records) {
        }

        Outcome upsert(Object record, java.util.Set<String> fields);

        /** The record's key in a problem line, e.g. "hubspot 512". */
        String key(Object record);
    }

    /**
     * Stores a page's records in one transaction: one commit a page instead of one a record, which
     * on a database that writes each commit to disk is most of an import's time.
     */
    interface PageTransaction {
        /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
        List<Outcome> run(java.util.function.Supplier<List<Outcome>> work);
    }

    /** Thrown inside a page's transaction when a record is refused: the page is rolled back and stored again record by record. */
    private static final class PageRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PageRefused() {
            super(null, null, false, false);
        }
    }

    /** How runs retry and how long they may take. */
    record Limits(int maxAttempts, Duration firstRetry, Duration longestWait, Duration timeLimit) {
    }

    /** Why a job stops before its end. */
    private enum Stop {
        CANCEL, TIME_LIMIT, SHUTDOWN
    }

    private final long id;
    private final String connector;
    private final RunLedger ledger;
    private final PageReader reader;
    private final Upserter upserter;
    private final PageTransaction pageTransaction;
    private final Limits limits;
    private final Clock clock;
    private final Instant deadline;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopped = lock.newCondition();
    private volatile Stop stop;
    private volatile boolean ended;
    private String cursor;

    // the counts, guarded by lock
    private int pages;
    private int read;
    private int created;
    private int updated;
    private int unchanged;
    private int refused;
    private int retries;
    private boolean capped;
    private final List<String> problems = new ArrayList<>();

    ConnectorJob(StoredRun run, RunLedger ledger, PageReader reader, Upserter upserter, Limits limits, Clock clock) {
        this(run, ledger, reader, upserter, limits, clock, null);
    }

    /** @param pageTransaction how a page is stored in one transaction; null: each record in its own */
    ConnectorJob(StoredRun run, RunLedger ledger, PageReader reader, Upserter upserter, Limits limits, Clock clock, PageTransaction pageTransaction) {
        this.pageTransaction = pageTransaction;
        this.id = run.id();
        this.connector = run.connector();
        this.ledger = ledger;
        this.reader = reader;
        this.upserter = upserter;
        this.limits = limits;
        this.clock = clock;
        this.cursor = run.nextCursor();
        // a resumed run gets its whole time again: the time the runtime was down is not the connector's
        this.deadline = run.resumes() == 0 ? run.started().plus(limits.timeLimit()) : clock.instant().plus(limits.timeLimit());
        Progress p = run.progress();
        pages = p.pages();
        read = p.read();
        created = p.created();
        updated = p.updated();
        unchanged = p.unchanged();
        refused = p.refused();
        retries = p.retries();
        capped = p.capped();
        if (p.problems() != null && !p.problems().isEmpty()) {
            problems.addAll(List.of(p.problems().split("\n")));
        }
    }

    long id() {
        return id;
    }

    String connector() {
        return connector;
    }

    boolean ended() {
        return ended;
    }

    /** Asks the job to stop: it ends after the record it is storing, or at once while it waits to retry. */
    void cancel() {
        stopWith(Stop.CANCEL);
    }

    /** The runtime stops: the run stays RUNNING in the ledger, to be resumed by the next start. */
    void shutdown() {
        stopWith(Stop.SHUTDOWN);
    }

    void timeUp() {
        stopWith(Stop.TIME_LIMIT);
    }

    private void stopWith(Stop why) {
        lock.lock();
        try {
            if (stop == null) {
                stop = why;
            }
            stopped.signalAll();
        } finally {
            lock.unlock();
        }
    }

    Instant deadline() {
        return deadline;
    }

    @Override
    public void run() {
        try {
            while (true) {
                checkStop();
                SourcePage<?> page = readWithRetries(cursor);
                storePage(page);
                boolean cancelAsked;
                lock.lock();
                try {
                    pages++;
                } finally {
                    lock.unlock();
                }
                cancelAsked = ledger.page(id, progress(), page.next(), page.checkpoint());
                cursor = page.next();
                if (cursor == null) {
                    end("DONE", null);
                    return;
                }
                if (cancelAsked) {
                    cancel();
                }
            }
        } catch (Stopped e) {
            stopped(e.why);
        } catch (RunLedger.TakenOver e) {
            lost(e);
        } catch (IOException | RuntimeException e) {
            if (stop != null) {
                // an interrupted read fails as the connector sees fit; the reason is ours
                stopped(stop);
            } else if (e instanceof IOException) {
                end("FAILED", message(e));
            } else {
                LOG.log(Level.WARNING, "Connector run " + id + " of " + connector + " failed", e);
                end("FAILED", "the connector failed: " + message(e));
            }
        }
    }

    private void stopped(Stop why) {
        switch (why) {
            case CANCEL -> end("CANCELLED", "cancelled");
            case TIME_LIMIT -> end("FAILED", "the run's time limit of " + minutes(limits.timeLimit()) + " ran out; start it again to go on");
            case SHUTDOWN -> {
                ended = true;
                LOG.info(() -> "Connector run " + id + " of " + connector + " stops with the runtime; the next start resumes it");
            }
        }
    }

    private static String minutes(Duration d) {
        return d.toMinutes() >= 1 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Another runtime runs it now: this one stops it without a write, the other goes on from the last page stored. */
    void lost(RunLedger.TakenOver e) {
        stopWith(Stop.SHUTDOWN);
        ended = true;
        LOG.warning(() -> "Connector run " + id + " of " + connector + " stops here: " + e.getMessage()
                + " (this runtime was taken for down); what this runtime read since its last stored page is read again there");
    }

    private void end(String status, String error) {
        try {
            ledger.finish(id, status, error, progress());
        } catch (RunLedger.TakenOver e) {
            lost(e);
            return;
        } finally {
            ended = true;
        }
        LOG.info(() -> "Connector run " + id + " of " + connector + " ended " + status + (error == null ? "" : ": " + error));
    }

    /** Thrown inside the job when it is asked to stop. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Stop why;

        Stopped(Stop why) {
            super(why.name(), null, false, false);
            this.why = why;
        }
    }

    private void checkStop() {
        if (stop == null && clock.instant().isAfter(deadline)) {
            stopWith(Stop.TIME_LIMIT);
        }
        if (stop != null) {
            throw new Stopped(stop);
        }
    }

    private SourcePage<?> readWithRetries(String from) throws IOException {
        int attempt = 0;
        while (true) {
            try {
                SourcePage<?> page = reader.read(from);
                if (page == null) {
                    throw new IOException("the connector read no page (null) for cursor " + from);
                }
                return page;
            } catch (RetryableSourceException e) {
                checkStop();
                attempt++;
                if (attempt >= limits.maxAttempts()) {
                    throw new IOException("gave up after " + attempt + " attempts: " + message(e), e);
                }
                Duration wait = waitBefore(attempt, e.retryAfter());
                lock.lock();
                try {
                    retries++;
                } finally {
                    lock.unlock();
                }
                LOG.info(() -> "Connector run " + id + " of " + connector + ": " + message(e) + "; trying again in " + wait.toMillis() + " ms");
                if (ledger.beat(id, retriesNow())) {
                    cancel();
                }
                pause(wait);
            }
        }
    }

    /** The source's retry-after when it gave one, else 1, 2, 4, ... times the first wait with up to 20 % more; never past the longest. */
    Duration waitBefore(int attempt, Duration retryAfter) {
        Duration wait;
        if (retryAfter != null) {
            wait = retryAfter;
        } else {
            long base = limits.firstRetry().toMillis() << Math.min(20, attempt - 1);
            wait = Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 5 + 1));
        }
        return wait.compareTo(limits.longestWait()) > 0 ? limits.longestWait() : wait;
    }

    /** Waits, unless asked to stop meanwhile; a wait past the deadline ends the run at the deadline. */
    private void pause(Duration wait) {
        Instant until = clock.instant().plus(wait);
        lock.lock();
        try {
            while (stop == null) {
                Instant now = clock.instant();
                if (now.isAfter(deadline)) {
                    stop = Stop.TIME_LIMIT;
                    break;
                }
                if (!now.isBefore(until)) {
                    return;
                }
                Instant end = until.isBefore(deadline) ? until : deadline;
                stopped.await(Math.max(1, Duration.between(now, end).toNanos()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            if (stop == null) {
                stop = Stop.SHUTDOWN;
            }
        } finally {
            lock.unlock();
        }
        throw new Stopped(stop);
    }

    /**
     * The most records stored in one transaction. Fewer commits save the database's writes to disk;
     * but the persistence unit compares every record a transaction holds at each query, so a
     * transaction of a whole page costs more than it saves (measured: bench/connectors.sh).
     */
    static final int RECORDS_A_TRANSACTION = 20;

    /**
     * A page's records, in transactions of up to {@link #RECORDS_A_TRANSACTION}; when one of a
     * transaction's records is refused (which rolls it back whole), its records again one by one,
     * each in its own, so that a refusal costs only its record. A stop asked meanwhile rolls back
     * what is not committed: the run's cursor still names the page, and a page read again finds
     * what was stored of it unchanged.
     */
    private void storePage(SourcePage<?> page) {
        List<?> records = page.records();
        upserter.prepare(records);
        for (int from = 0; from < records.size(); from += RECORDS_A_TRANSACTION) {
            List<?> some = records.subList(from, Math.min(records.size(), from + RECORDS_A_TRANSACTION));
            if (!storeTogether(some, page.fields())) {
                // what the rolled back transaction stored is not stored: read it again
                upserter.prepare(records);
                for (Object record : some) {
                    checkStop();
                    store(record, page.fields());
                }
            }
        }
    }

    /** Stores the records in one transaction; false when one was refused and none is stored. */
    private boolean storeTogether(List<?> records, java.util.Set<String> fields) {
        if (pageTransaction == null || records.size() < 2) {
            return false;
        }
        List<Outcome> outcomes;
        try {
            outcomes = pageTransaction.run(() -> {
                List<Outcome> done = new ArrayList<>();
                for (Object record : records) {
                    checkStop();
                    try {
                        done.add(upserter.upsert(record, fields));
                    } catch (NtsException | SecurityException refused) {
                        throw new PageRefused();
                    }
                }
                return done;
            });
        } catch (RuntimeException e) {
            Stopped stopped = cause(e, Stopped.class);
            if (stopped != null) {
                throw stopped;
            }
            // a refusal, or a failure only the commit raised (a conflict): stored one by one, where a refusal costs only
            // its record and a real failure fails the run as before
            return false;
        }
        lock.lock();
        try {
            outcomes.forEach(this::count);
        } finally {
            lock.unlock();
        }
        return true;
    }

    /** Counts a stored record (the lock held). */
    private void count(Outcome outcome) {
        read++;
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private void store(Object record, java.util.Set<String> fields) {
        Outcome outcome = null;
        String problem = null;
        try {
            outcome = upserter.upsert(record, fields);
        } catch (NtsException | SecurityException e) {
            problem = upserter.key(record) + ": " + message(e).replace('\n', ' ');
        }
        lock.lock();
        try {
            if (outcome == null) {
                read++;
                refused++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(problem);
                } else {
                    capped = true;
                }
            } else {
                count(outcome);
            }
        } finally {
            lock.unlock();
        }
    }

    private int retriesNow() {
        lock.lock();
        try {
            return retries;
        } finally {
            lock.unlock();
        }
    }

    Progress progress() {
        lock.lock();
        try {
            return new Progress(pages, read, created, updated, unchanged, refused, retries, String.join("\n", problems), capped);
        } finally {
            lock.unlock();
        }
    }

    /** The stored run with this job's live counts, which run ahead of the stored ones within a page. */
    ConnectorRun live(StoredRun stored) {
        return ConnectorRunner.snapshot(stored, progress());
    }
}
