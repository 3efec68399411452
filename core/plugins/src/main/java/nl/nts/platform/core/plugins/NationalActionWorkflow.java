package nl.nts.platform.core.plugins;

import java.util.ArrayList;
import java.util.List;

import nl.nts.platform.api.plugin.Workflow;

/** The national default for actions: from an idea to done, or dropped with a reason. */
final class NationalActionWorkflow implements Workflow {

    @Override
    public String name() {
        return "National default";
    }

    @Override
    public String initialState() {
        return "IDEA";
    }

    @Override
    public List<State> states() {
        return List.of(new State("IDEA", "Idea", false), new State("IN_PREPARATION", "In preparation", false),
                new State("FUNDED", "Funded", false), new State("RUNNING", "Running", false), new State("DONE", "Done", true),
                new State("DROPPED", "Dropped", false));
    }

    @Override
    public List<Transition> transitions() {
        List<Transition> transitions = new ArrayList<>(List.of(
                new Transition("prepare", "Start preparing", "IDEA", "IN_PREPARATION", null, false),
                new Transition("fund", "Funding secured", "IN_PREPARATION", "FUNDED", null, false),
                new Transition("start", "Start", "FUNDED", "RUNNING", null, false),
                new Transition("start", "Start", "IN_PREPARATION", "RUNNING", null, false),
                new Transition("complete", "Complete", "RUNNING", "DONE", null, false),
                new Transition("revive", "Revive", "DROPPED", "IDEA", null, true)));
        for (String from : List.of("IDEA", "IN_PREPARATION", "FUNDED", "RUNNING")) {
            transitions.add(new Transition("drop", "Drop", from, "DROPPED", null, true));
        }
        return List.copyOf(transitions);
    }
}
