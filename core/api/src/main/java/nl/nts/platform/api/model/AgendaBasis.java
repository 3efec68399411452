package nl.nts.platform.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a national action agenda rests on: the inputs from the field its actions answer, by the
 * workshop they were brought in at. Derived by the core on every read. It names workshops and
 * inputs by id, title and date only: a workshop's participants are read with the workshop.
 *
 * @param technology         the key technology's code
 * @param actions            how many actions are on the agenda
 * @param inputsAnswered     how many inputs those actions answer together
 * @param inputsOnTechnology how many inputs of any workshop name the technology
 * @param inputsOpen         how many of those no action on the agenda answers yet
 * @param roms               the ROMs that organised or co-organised the workshops, sorted
 * @param workshops          the workshops, newest first
 * @since model 1.1
 */
public record AgendaBasis(String technology, int actions, int inputsAnswered, int inputsOnTechnology, int inputsOpen, List<String> roms,
        List<Source> workshops) {

    public AgendaBasis {
        roms = List.copyOf(roms);
        workshops = List.copyOf(workshops);
    }

    /**
     * One workshop the agenda rests on: it brought in an input an action of the agenda answers,
     * or an input on the technology that is still open. What was left on a ROM's public page is
     * one source per ROM, with workshop {@code 0} and no title, date or place, after the workshops.
     *
     * @param workshop     the workshop's id; 0 for input left on the ROM's public page
     * @param title        its title; null for the public page
     * @param date         its date; null for the public page
     * @param place        where it was held
     * @param rom          the organising ROM, or the ROM whose public page it is
     * @param coOrganisers the co-organising ROMs
     * @param answered     the ids of its inputs that actions of the agenda answer
     * @param open         the ids of its inputs on the technology that no action of the agenda answers
     */
    public record Source(long workshop, String title, LocalDate date, String place, String rom, List<String> coOrganisers,
            List<Long> answered, List<Long> open) {

        public Source {
            coOrganisers = List.copyOf(coOrganisers);
            answered = List.copyOf(answered);
            open = List.copyOf(open);
        }
    }
}
