package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.Agenda;

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
}
