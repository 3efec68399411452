package nl.nts.platform.api.service;

import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Horizon;

/**
 * Narrows a list of actions; every condition given must hold, null means any.
 *
 * @param plan         in this plan (id)
 * @param rom          owned by this ROM (through its plan)
 * @param technology   advancing this key technology
 * @param valueChain   in a plan for this value chain
 * @param organisation carried out by this organisation (as owner or partner)
 * @param status       in this status
 * @param horizon      with this horizon
 * @param text         words its title or description must have, each the start of one of its words (case and accents ignored)
 */
public record ActionFilter(Long plan, String rom, String technology, String valueChain, Long organisation, ActionStatus status,
        Horizon horizon, String text) {

    /** No condition: every action. */
    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, null, null, null);
    }
}
