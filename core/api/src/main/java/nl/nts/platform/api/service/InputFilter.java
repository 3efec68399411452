package nl.nts.platform.api.service;

import nl.nts.platform.api.model.InputKind;

/**
 * Narrows a list of inputs; every condition given must hold, null means any.
 *
 * @param workshop     brought in at this workshop (id)
 * @param rom          owned by this ROM
 * @param organisation contributed by this organisation (id)
 * @param technology   concerning this key technology
 * @param valueChain   concerning this value chain
 * @param theme        of this theme
 * @param kind         of this kind
 * @param status       in this workflow status
 * @param text         words its text must have, each the start of one of its words (case and accents ignored)
 */
public record InputFilter(Long workshop, String rom, Long organisation, String technology, String valueChain, String theme,
        InputKind kind, String status, String text) {

    /** No condition: every input. */
    public static InputFilter none() {
        return new InputFilter(null, null, null, null, null, null, null, null, null);
    }
}
