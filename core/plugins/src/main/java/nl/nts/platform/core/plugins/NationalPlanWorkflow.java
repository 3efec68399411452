package nl.nts.platform.core.plugins;

import java.util.List;

import nl.nts.platform.api.Roles;
import nl.nts.platform.api.plugin.Workflow;

/**
 * The national default for reinforcement plans: a ROM drafts and consults, its admin submits,
 * KIA's operators approve it or return it with a reason.
 */
final class NationalPlanWorkflow implements Workflow {

    private final String rom;

    NationalPlanWorkflow(String rom) {
        this.rom = rom;
    }

    @Override
    public String name() {
        return "National default";
    }

    @Override
    public String initialState() {
        return "DRAFT";
    }

    @Override
    public List<State> states() {
        return List.of(new State("DRAFT", "Draft", false), new State("CONSULTATION", "In consultation", false),
                new State("SUBMITTED", "Submitted to KIA", false), new State("APPROVED", "Approved", true));
    }

    @Override
    public List<Transition> transitions() {
        return List.of(
                new Transition("consult", "Open the consultation", "DRAFT", "CONSULTATION", null, false),
                new Transition("revise", "Back to the draft", "CONSULTATION", "DRAFT", null, false),
                new Transition("submit", "Submit to KIA", "CONSULTATION", "SUBMITTED", Roles.romAdmin(rom), false),
                new Transition("approve", "Approve", "SUBMITTED", "APPROVED", Roles.OPERATOR, false),
                new Transition("return", "Return to the ROM", "SUBMITTED", "DRAFT", Roles.OPERATOR, true));
    }
}
