package nl.nts.platform.api.plugin;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

import nl.nts.platform.api.model.Organisation;

/**
 * A connector that brings organisations in from a CRM or open data set (HubSpot, Dynamics,
 * Salesforce, CORDIS, ...). Register it as an OSGi service with the properties
 * {@value Connector#ID} (the connector's id, e.g. {@code cordis-organisations}),
 * {@value Connector#SYSTEM} (the source system, e.g. {@code cordis}) and
 * {@value PluginProperties#PLUGIN_ID}.
 *
 * <p>The core runs it as a job ({@code POST /api/connectors/{id}/runs}): it reads page after
 * page and upserts every record by its external id, {@code externalIds[system]}, which each
 * record must carry. A record the core's rules refuse is reported in the job and skipped; the
 * other records are stored.
 */
@ConsumerType
public interface OrganisationSource extends Connector {

    /**
     * Reads one page.
     *
     * @param cursor   null for the first page, else the {@link SourcePage#next()} of the page before
     * @param pageSize how many records the core would like, a hint
     * @throws IOException when the source cannot be read; the job fails with its message
     */
    SourcePage<Organisation> read(String cursor, int pageSize) throws IOException;
}
