package nl.nts.platform.api.service;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.AgendaBasis;
import nl.nts.platform.api.model.Change;
import nl.nts.platform.api.model.InputTrace;

/**
 * Results linked to the process, both ways: from an input to the actions answering it and how
 * far they are, from a national agenda back to the workshops and inputs it rests on, and what
 * changed in a plan or an agenda since a given moment. Read-only and derived on every read; who
 * may read the plans, actions, inputs and workshops reads these.
 *
 * @since 2.0
 */
@ProviderType
public interface Traces {

    /** The most changes a "changed since" list counts through: narrow it by a later {@code since}. */
    int MAX_CHANGES = 10_000;

    /**
     * @param input the input's id
     * @return the actions answering it, each with its status, progress and KPIs met
     * @throws NotFoundException when there is no such input
     */
    InputTrace input(long input);

    /**
     * @param technology a key technology's code, e.g. {@code NTS09}
     * @return the workshops and inputs the technology's agenda rests on
     * @throws NotFoundException when no key technology has that code
     */
    AgendaBasis agenda(String technology);

    /**
     * What changed in a plan since a moment: the plan created, changed or moved in its workflow,
     * its actions added, changed, moved or deleted (one added and deleted since shows both), and
     * progress updates and KPI measurements recorded or deleted on them; newest first. Only what
     * reading the records shows is said: titles, states, field names, what a report says.
     *
     * @param plan  the plan's id
     * @param since the moment; not in the future
     * @param page  which page; the pages reach at most {@link #MAX_CHANGES} changes
     * @throws NotFoundException   when there is no such plan
     * @throws ValidationException naming {@code since} when it is missing or in the future, or
     *                             {@code page} when it lies beyond {@link #MAX_CHANGES}
     */
    Page<Change> planChanges(long plan, Instant since, PageRequest page);

    /**
     * What changed on a key technology's agenda since a moment: the same changes as
     * {@link #planChanges} for every action on the agenda now (or, for a deleted one, when it
     * was deleted), without the plans' own changes; newest first.
     *
     * @throws NotFoundException   when no key technology has that code
     * @throws ValidationException as {@link #planChanges}
     */
    Page<Change> agendaChanges(String technology, Instant since, PageRequest page);
}
