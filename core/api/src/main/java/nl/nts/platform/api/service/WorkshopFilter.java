package nl.nts.platform.api.service;

import java.time.LocalDate;

/**
 * Narrows a list of workshops; every condition given must hold, null means any.
 *
 * @param rom        a ROM organising it (as owner or co-organiser)
 * @param technology a key technology discussed
 * @param valueChain a value chain discussed
 * @param from       held on or after this day
 * @param to         held on or before this day
 * @param text       words in its title or place, case-insensitive
 */
public record WorkshopFilter(String rom, String technology, String valueChain, LocalDate from, LocalDate to, String text) {

    /** No condition: every workshop. */
    public static WorkshopFilter none() {
        return new WorkshopFilter(null, null, null, null, null, null);
    }
}
