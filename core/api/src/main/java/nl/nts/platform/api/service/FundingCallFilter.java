package nl.nts.platform.api.service;

import java.time.Instant;

import nl.nts.platform.api.model.CallStatus;

/**
 * Narrows a list of funding calls; every condition given must hold, null means any.
 *
 * @param source     from this source, e.g. {@code SEDIA}
 * @param status     in this status
 * @param technology fitting this key technology
 * @param openAt     open at this moment: opened before it (or no opening known) and due after it
 * @param text       words in its title, programme or identifier, case-insensitive
 */
public record FundingCallFilter(String source, CallStatus status, String technology, Instant openAt, String text) {

    /** No condition: every call. */
    public static FundingCallFilter none() {
        return new FundingCallFilter(null, null, null, null, null);
    }
}
