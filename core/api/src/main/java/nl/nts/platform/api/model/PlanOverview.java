package nl.nts.platform.api.model;

import java.util.List;

/**
 * A plan with its actions and, for each action, the inputs it answers: what a screen showing
 * the plan needs, read in one go.
 *
 * @param plan    the plan
 * @param actions its actions, each with the inputs it answers
 */
public record PlanOverview(Plan plan, List<ActionWithInputs> actions) {

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
