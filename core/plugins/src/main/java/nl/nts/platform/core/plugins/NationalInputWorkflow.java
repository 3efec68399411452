package nl.nts.platform.core.plugins;

import java.util.List;

import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.service.Inputs;

/** The national default for inputs, used by every ROM without a workflow of its own. */
final class NationalInputWorkflow implements Workflow {

    static final String PLUGIN = "core";

    @Override
    public String name() {
        return "National default";
    }

    @Override
    public String initialState() {
        return Inputs.DEFAULT_STATUSES.get(0);
    }

    @Override
    public List<State> states() {
        return List.of(new State("received", "Received", false), new State("triaged", "Triaged", false),
                new State("answered", "Answered by an action", true, true), new State("declined", "Declined", true));
    }

    @Override
    public List<Transition> transitions() {
        return List.of(
                new Transition("triage", "Triage", "received", "triaged", null, false),
                new Transition("answer", "Answer with an action", "triaged", "answered", null, false),
                new Transition("decline", "Decline", "received", "declined", null, true),
                new Transition("decline", "Decline", "triaged", "declined", null, true),
                new Transition("reopen", "Reopen", "declined", "triaged", null, true));
    }
}
