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
 * other records are stored. A record equal to what is stored is not written at all (no new
 * version, no audit entry; the run counts it {@code unchanged}). Which fields a record sets, and
 * how a field is cleared, is said by the page: see {@link SourcePage}.
 *
 * <p>What the core does so that no connector has to:
 * <ul>
 * <li>the run is stored: after each page's records are stored, the cursor of the next page is
 * stored with the counts. A platform stopped or killed mid-run resumes the run at its next start
 * from the last stored cursor: the page that was being read is read again, and its records,
 * already stored, are found unchanged. Cursors must therefore stay valid for a while (minutes),
 * as a source's paging cursors do;</li>
 * <li>a {@link RetryableSourceException} is retried with back-off, honouring its retry-after;</li>
 * <li>a run has a time limit, and can be cancelled: {@code read} is then interrupted, so use
 * interruptible I/O (e.g. {@code java.net.http.HttpClient}) with timeouts of your own;</li>
 * <li>incremental runs: the last {@link SourcePage#checkpoint()} of the last completed run is the
 * first cursor of the next one.</li>
 * </ul>
 */
@ConsumerType
public interface OrganisationSource extends Connector {

    /**
     * Reads one page.
     *
     * @param cursor   null for the first page of a full run; the last {@link SourcePage#checkpoint()}
     *                 of the last completed run for the first page of an incremental one; else the
     *                 {@link SourcePage#next()} of the page before
     * @param pageSize how many records the core would like, a hint
     * @throws RetryableSourceException when trying again later may succeed (429, 5xx, a timeout)
     * @throws IOException when the source cannot be read; the job fails with its message, which
     *                     must say what to fix and never carry a secret
     */
    SourcePage<Organisation> read(String cursor, int pageSize) throws IOException;
}
