package nl.nts.platform.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A workshop where SMEs, start-ups, knowledge institutions and government bring challenges,
 * opportunities and proposals. Owned by the organising ROM.
 *
 * @param id            assigned on create
 * @param title         1 to 200 characters
 * @param date          the day it was held (or will be)
 * @param place         where, e.g. "Brainport Industries Campus, Eindhoven"; up to 200 characters
 * @param rom           the organising ROM, which owns the workshop and its inputs
 * @param coOrganisers  other ROMs organising it with {@code rom}
 * @param technologies  the key technologies discussed
 * @param valueChains   codes of the value chains discussed
 * @param organisations ids of the participating organisations
 * @param participants  the people present, each with name, role and optional e-mail
 * @param version       raised by every change
 * @param stamp         when and by whom it was created and changed
 */
public record Workshop(
        Long id,
        String title,
        LocalDate date,
        String place,
        String rom,
        List<String> coOrganisers,
        List<String> technologies,
        List<String> valueChains,
        List<Long> organisations,
        List<Participant> participants,
        Long version,
        Stamp stamp) {

    public Workshop {
        coOrganisers = Copies.list(coOrganisers);
        technologies = Copies.list(technologies);
        valueChains = Copies.list(valueChains);
        organisations = Copies.list(organisations);
        participants = Copies.list(participants);
    }
}
