package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;

/** Runs the connectors plugins contribute, as jobs with a status. */
@ProviderType
public interface Connectors {

    /** @return the connectors available now, ordered by id */
    List<ConnectorInfo> list();

    /**
     * Starts a run in the background.
     *
     * @return the run, {@code RUNNING}
     * @throws NotFoundException when no connector has that id
     * @throws ConflictException when the connector is running already
     * @throws SecurityException when the caller is not an {@code integrator} or operator
     */
    ConnectorRun start(String connector);

    /**
     * @throws NotFoundException when no run has that id
     */
    ConnectorRun run(long id);

    /** @return the runs since the core started, newest first */
    List<ConnectorRun> runs();
}
