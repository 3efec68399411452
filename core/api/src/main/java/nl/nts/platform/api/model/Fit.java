package nl.nts.platform.api.model;

import java.util.List;

/**
 * Why an organisation and a funding call fit each other, as the core's matching found it.
 *
 * <p>They fit when the organisation works with one of the call's key technologies, or in a
 * segment of a value chain built on one of them (the call's chains), and its technology
 * readiness level is not outside the call's range. An organisation whose TRL is not known is
 * not left out for it: {@link Trl#NOT_KNOWN} says so.
 *
 * @param technologies the call's key technologies the organisation works with, by code
 * @param valueChains  the call's value chains the organisation works in (through its segments), by code
 * @param trl          how the organisation's TRL stands to the call's range
 * @param score        how well they fit, for ordering: two for each shared technology, one for
 *                     each shared value chain, one for a TRL in range
 * @param reason       the same in one line, e.g. "technologies NTS02; value chain VC03; TRL 4 in 3-6"
 * @since 1.4
 */
public record Fit(List<String> technologies, List<String> valueChains, Trl trl, int score, String reason) {

    public Fit {
        technologies = Copies.list(technologies);
        valueChains = Copies.list(valueChains);
    }

    /** How an organisation's technology readiness level stands to a call's range. */
    public enum Trl {
        /** The organisation's TRL is within the call's range. */
        IN_RANGE,
        /** The call names a range and the organisation's TRL is not known. */
        NOT_KNOWN,
        /** The call names no TRL range. */
        NO_RANGE
    }
}
