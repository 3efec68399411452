package nl.nts.platform.api.service;

/**
 * Narrows a list of consortia; every condition given must hold, null means any.
 *
 * @param call         answering this funding call (id)
 * @param organisation with this organisation as lead or member (id)
 * @param rom          brokered by this ROM
 * @param text         words in its name, case-insensitive
 */
public record ConsortiumFilter(Long call, Long organisation, String rom, String text) {

    /** No condition: every consortium. */
    public static ConsortiumFilter none() {
        return new ConsortiumFilter(null, null, null, null);
    }
}
