package nl.nts.platform.api.model;

import java.util.List;

/**
 * A plan with its actions and, for each action, the inputs it answers: what a screen showing
 * the plan needs, read in one go.
 *
 * @param plan    the plan
 * @param actions its actions, each with the inputs it answers
 * @param results realised against target over its actions: progress and KPIs met
 */
public record PlanOverview(Plan plan, List<ActionWithInputs> actions, Results results) {

    /**
     * The constructor of API 1.0, kept so that code compiled against it links.
     *
     * @param plan    see {@link #plan()}
     * @param actions see {@link #actions()}
     * @deprecated name the results too
     */
    @Deprecated
    public PlanOverview(Plan plan, List<ActionWithInputs> actions) {
        this(plan, actions, null);
    }

    public PlanOverview {
        actions = List.copyOf(actions);
    }

    /**
     * @param action the action
     * @param inputs the inputs it answers, in full
     */
    public record ActionWithInputs(Action action, List<Input> inputs) {

        public ActionWithInputs {
            inputs = List.copyOf(inputs);
        }
    }
}
