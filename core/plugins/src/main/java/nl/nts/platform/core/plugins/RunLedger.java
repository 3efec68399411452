package nl.nts.platform.core.plugins;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.core.store.ConnectorRunEntity.Progress;

/**
 * Where connector runs are kept, so that they outlive the runtime that runs them: the database
 * ({@link JpaRunLedger}). Every method is one transaction of its own.
 */
interface RunLedger {

    /** A run as stored. {@code owner} names the runtime running it ({@code node/boot}). */
    record StoredRun(long id, String connector, String status, String by, Instant started, Instant finished, Instant heartbeat, String owner,
            boolean incremental, boolean cancelAsked, int resumes, String error, String nextCursor, String checkpoint, Progress progress) {

        boolean running() {
            return "RUNNING".equals(status);
        }
    }

    /**
     * Stores a new run, {@code RUNNING}, for this runtime.
     *
     * @param cursor the cursor of its first page: null for a full run, else a checkpoint
     * @throws ConflictException naming the run when the connector has one running, on any node
     */
    StoredRun begin(String connector, String by, String cursor);

    /** @return the checkpoint the connector's last completed ({@code DONE}) run left; null for none */
    String lastCheckpoint(String connector);

    /** @return when the connector's last run ended; empty when it never ran or one runs */
    Optional<Instant> lastFinished(String connector);

    /**
     * Stores the progress after a page whose records are all stored, with the cursor of the next page.
     *
     * @return whether someone asked to cancel the run meanwhile (on any node)
     * @throws TakenOver when another runtime runs it now
     */
    boolean page(long id, Progress progress, String next, String checkpoint);

    /** Says the run is alive, with its retries; @return whether someone asked to cancel it; @throws TakenOver when another runtime runs it now */
    boolean beat(long id, int retries);

    /** Ends a run: {@code DONE}, {@code FAILED} or {@code CANCELLED}; @throws TakenOver when another runtime runs it now */
    void finish(long id, String status, String error, Progress progress);

    Optional<StoredRun> get(long id);

    /** @return the most recent runs, of one connector or (null) of all, newest first */
    List<StoredRun> recent(String connector, int limit);

    /**
     * @return runs {@code RUNNING} that no other live runtime runs: this node's (an earlier start's, or
     *         this start's, which the caller tells apart by the jobs it has), and other nodes' whose
     *         heartbeat is older than {@code staleAfter}
     */
    List<StoredRun> orphaned(Duration staleAfter);

    /** Makes this runtime the run's owner, counting a resume; empty when it is not {@link #orphaned} any more. */
    Optional<StoredRun> takeOver(long id, Duration staleAfter);

    /** Asks the runtime running it to cancel it (seen at its next page or heartbeat). */
    void askCancel(long id);

    /**
     * Thrown by {@link #page}, {@link #beat} and {@link #finish} of a runtime that no longer owns the
     * run: another took it over (this one was taken for down: no heartbeat for longer than the stale
     * time, a long pause or a cut from the database). Nothing was written: the new owner goes on from
     * the last page stored, and this runtime stops the run without ending it.
     */
    final class TakenOver extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TakenOver(long id, String owner) {
            super("connector run " + id + " is run by " + owner + " now");
        }
    }
}
