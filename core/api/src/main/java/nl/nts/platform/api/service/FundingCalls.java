package nl.nts.platform.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.FundingCall;

/**
 * The funding calls.
 *
 * <p>Rules on write: a source; an identifier unique within its source; a title; a deadline not
 * before the opening; a budget that is not negative; a status ({@code FORTHCOMING} when none
 * is given); known key technologies; an http(s) url. A call that consortia answer cannot be
 * deleted.
 *
 * <p>A call read, found or returned by a write shows the status its dates give it at the
 * platform's clock, not the one stored: see {@link FundingCall#status()}. Only
 * {@code CANCELLED} is a source's to set. The status changes with time alone, so its
 * {@code version} does not count it.
 */
@ProviderType
public interface FundingCalls extends RecordStore<FundingCall> {

    /** The fields {@link #find} sorts by: {@code deadline} (the default), {@code opening}, {@code title}, {@code updatedAt}. */
    String SORTS = "deadline, opening, title, updatedAt";

    /**
     * @throws ValidationException naming {@code sort} when it is not one of {@link #SORTS}
     */
    Page<FundingCall> find(FundingCallFilter filter, PageRequest page);

    /** Finds a call by its source and identifier, as a connector does before it decides to create or update. */
    Optional<FundingCall> bySourceIdentifier(String source, String identifier);
}
