package nl.nts.platform.api.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The national action agenda of one key technology, owned by KIA Key Technologies: every
 * action of every regional plan that advances the technology, with totals. Derived from the
 * plans, so it is always current.
 *
 * @param technology the key technology
 * @param owner      who owns the agenda: {@code KIA}
 * @param actions    the actions, by value chain, plan and id (read while iterated: see
 *                   {@link ReadWhileIterated})
 * @param totals     counts and sums over the actions
 * @param results    realised against target over the actions: progress and KPIs met
 */
public record Agenda(KeyTechnology technology, String owner, List<Entry> actions, Totals totals, Results results) {

    /**
     * Who owns every national action agenda: KIA Key Technologies.
     *
     * @since 1.2
     */
    public static final String OWNER = "KIA";

    /**
     * The constructor of API 1.0, kept so that code compiled against it links.
     *
     * @param technology see {@link #technology()}
     * @param owner      see {@link #owner()}
     * @param actions    see {@link #actions()}
     * @param totals     see {@link #totals()}
     * @deprecated name the results too
     */
    @Deprecated
    public Agenda(KeyTechnology technology, String owner, List<Entry> actions, Totals totals) {
        this(technology, owner, actions, totals, null);
    }

    public Agenda {
        actions = actions instanceof ReadWhileIterated ? actions : List.copyOf(actions);
    }

    /**
     * Marks a list of entries that the core reads from the database while it is iterated, a
     * chunk at a time: the agenda keeps it as it is instead of copying it, so an agenda of any
     * size passes through in the memory of one chunk. {@link nl.nts.platform.api.service.Agendas#get}
     * answers such lists. They are unmodifiable; each iteration reads again; their
     * {@code size()} is the count when the agenda was read. An action deleted meanwhile is left
     * out when iterating, and {@code get(i)} of it throws
     * {@link java.util.ConcurrentModificationException}. Iterate them rather than index them.
     *
     * @since 1.2
     */
    public interface ReadWhileIterated {
    }

    /**
     * One action on the agenda, with where it comes from.
     *
     * @param action     the action
     * @param planTitle  the title of its plan
     * @param valueChain the value chain its plan reinforces
     */
    public record Entry(Action action, String planTitle, String valueChain) {
    }

    /**
     * @param actions        how many actions
     * @param budget         their total budgets together, in euros
     * @param publicFunding  the public parts together
     * @param privateFunding the private parts together
     * @param byStatus       how many actions in each status
     * @param byRom          how many actions each ROM owns (an action of a joint plan counts for each)
     * @param byHorizon      how many short-term and roadmap actions
     */
    public record Totals(int actions, BigDecimal budget, BigDecimal publicFunding, BigDecimal privateFunding,
            Map<ActionStatus, Integer> byStatus, Map<String, Integer> byRom, Map<Horizon, Integer> byHorizon) {
    }
}
