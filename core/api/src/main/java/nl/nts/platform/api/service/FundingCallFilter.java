package nl.nts.platform.api.service;

import java.time.Instant;

import nl.nts.platform.api.model.CallStatus;

/**
 * Narrows a list of funding calls; every condition given must hold, null means any.
 *
 * @param source     from this source, e.g. {@code SEDIA}
 * @param status     in this status as the core derives it from the dates now (see
 *                   {@link nl.nts.platform.api.model.FundingCall#status()}): {@code OPEN} finds
 *                   the calls open at this moment, on any page
 * @param technology fitting this key technology
 * @param openAt     open at this moment, by the same rule: not cancelled, opened at or before
 *                   it, due after it (where a date is unknown, as the status given says)
 * @param text       words in its title, programme or identifier, case-insensitive
 */
public record FundingCallFilter(String source, CallStatus status, String technology, Instant openAt, String text) {

    /** No condition: every call. */
    public static FundingCallFilter none() {
        return new FundingCallFilter(null, null, null, null, null);
    }
}
