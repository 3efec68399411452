package nl.nts.platform.api.service;

/**
 * Narrows a list of value chains; every condition given must hold, null means any.
 *
 * @param rom        a ROM taking part
 * @param technology a key technology it builds on
 * @param text       words in its name or description, case-insensitive
 */
public record ValueChainFilter(String rom, String technology, String text) {

    /** No condition: every value chain. */
    public static ValueChainFilter none() {
        return new ValueChainFilter(null, null, null);
    }
}
