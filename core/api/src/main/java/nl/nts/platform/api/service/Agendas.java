package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.model.Horizon;

/**
 * The national action agendas, one per key technology, gathered from the regional plans'
 * actions. Read-only: change the actions to change an agenda.
 */
@ProviderType
public interface Agendas {

    /** @return the agenda of every key technology, ordered by technology code */
    List<Agenda> list();

    /**
     * @param technology a key technology code such as {@code NTS09}
     * @throws NotFoundException when no key technology has that code
     */
    Agenda get(String technology);

    /**
     * Every action on one key technology's agenda, for a reader of any size (a report, an
     * export): each iteration reads the agenda as it is then, from the database a few hundred
     * actions at a time, holding only those. Ordered by value chain code, then plan title, then
     * action id. Iterate it as often as needed; each pass reads again.
     *
     * @param technology a key technology code such as {@code NTS09}
     * @return the entries, read while iterated
     * @throws NotFoundException when no key technology has that code
     * @since 2.2
     */
    Iterable<Agenda.Entry> entries(String technology);

    /**
     * The actions of one horizon on a key technology's agenda, read as {@link #entries(String)}
     * reads them: what a report's table of short-term actions, or of the roadmap, needs without
     * reading the others.
     *
     * @param technology a key technology code such as {@code NTS09}
     * @param horizon    the horizon
     * @return the entries of that horizon, read while iterated
     * @throws NotFoundException when no key technology has that code
     * @since 2.2
     */
    Iterable<Agenda.Entry> entries(String technology, Horizon horizon);
}
