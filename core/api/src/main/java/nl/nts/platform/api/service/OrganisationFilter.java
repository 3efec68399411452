package nl.nts.platform.api.service;

import nl.nts.platform.api.model.OrganisationKind;

/**
 * Narrows a list of organisations; every condition given must hold, null means any.
 *
 * @param rom          the ROM whose region it is in, e.g. {@code BOM}
 * @param technology   a key technology it works with, e.g. {@code NTS09}
 * @param valueChain   a value chain it works in (any segment), e.g. {@code VC01}
 * @param kind         its kind
 * @param text         words its name or city must have, each the start of one of its words (case and accents ignored)
 */
public record OrganisationFilter(String rom, String technology, String valueChain, OrganisationKind kind, String text) {

    /** No condition: every organisation. */
    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null, null);
    }
}
