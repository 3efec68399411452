package nl.nts.platform.api.service;

import nl.nts.platform.api.model.PlanStatus;

/**
 * Narrows a list of plans; every condition given must hold, null means any.
 *
 * @param rom        a ROM owning it (alone or jointly)
 * @param valueChain the value chain it reinforces
 * @param technology a key technology of its value chain
 * @param status     its status
 * @param text       words in its title or summary, case-insensitive
 */
public record PlanFilter(String rom, String valueChain, String technology, PlanStatus status, String text) {

    /** No condition: every plan. */
    public static PlanFilter none() {
        return new PlanFilter(null, null, null, null, null);
    }
}
