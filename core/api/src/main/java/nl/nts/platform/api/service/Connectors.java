package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;

/**
 * Runs the connectors plugins contribute, as stored jobs with a status.
 *
 * <p>Who may run a connector: an operator any; an {@code integrator} any; a ROM's admin
 * ({@code rom-admin:<ROM>}) the connectors that run for that ROM (see
 * {@link ConnectorInfo#rom()}). One run per connector at a time, on any node sharing the
 * database.
 */
@ProviderType
public interface Connectors {

    /** @return the connectors available now, ordered by id */
    List<ConnectorInfo> list();

    /**
     * Starts a run in the background: incremental when the connector's last completed run left a
     * checkpoint, full otherwise. The same as {@code start(connector, false)}.
     *
     * @return the run, {@code RUNNING}
     * @throws NotFoundException when no connector has that id
     * @throws ConflictException when the connector is running already
     * @throws SecurityException when the caller may not run it
     */
    ConnectorRun start(String connector);

    /**
     * Starts a run in the background.
     *
     * @param connector the connector's id
     * @param full      true to read the source from the start, ignoring the last checkpoint
     * @return the run, {@code RUNNING}
     * @throws NotFoundException when no connector has that id
     * @throws ConflictException when the connector is running already (naming the run)
     * @throws SecurityException when the caller may not run it
     * @since 2.3
     */
    ConnectorRun start(String connector, boolean full);

    /**
     * Cancels a run: it stops after the record it is writing (or at once, while it waits to
     * retry), keeps what it stored, and ends {@code CANCELLED}. Cancelling a run that has ended
     * changes nothing and returns it as it is.
     *
     * @return the run as it is now
     * @throws NotFoundException when no run has that id
     * @throws SecurityException when the caller may not run its connector
     * @since 2.3
     */
    ConnectorRun cancel(long run);

    /**
     * @throws NotFoundException when no run has that id
     */
    ConnectorRun run(long id);

    /** @return the most recent runs (at most 100), newest first */
    List<ConnectorRun> runs();

    /**
     * @param connector the connector's id; it need not be installed now
     * @return that connector's most recent runs (at most 100), newest first
     * @since 2.3
     */
    List<ConnectorRun> runs(String connector);
}
