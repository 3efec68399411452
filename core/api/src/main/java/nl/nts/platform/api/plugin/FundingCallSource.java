package nl.nts.platform.api.plugin;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

import nl.nts.platform.api.model.FundingCall;

/**
 * A connector that brings funding calls in from a funding database (EU Funding &amp; Tenders,
 * national schemes, ...). Registered like an {@link OrganisationSource}; the core upserts every
 * call by its {@code source} and {@code identifier}. Everything {@link OrganisationSource} says
 * about runs (retries, resuming, checkpoints, unchanged records) holds here too; a call's record
 * replaces the stored one, except that a call given without technologies keeps the stored ones
 * (which operators add).
 */
@ConsumerType
public interface FundingCallSource extends Connector {

    /**
     * Reads one page.
     *
     * @param cursor   null for the first page of a full run, the last checkpoint for an incremental
     *                 one, else the {@link SourcePage#next()} of the page before
     * @param pageSize how many records the core would like, a hint
     * @throws RetryableSourceException when trying again later may succeed
     * @throws IOException when the source cannot be read; the job fails with its message
     */
    SourcePage<FundingCall> read(String cursor, int pageSize) throws IOException;
}
