package nl.nts.platform.plugins.romliof;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.Roles;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Workflow;

/**
 * LIOF's workflow for workshop input: screened by LIOF's staff, then reviewed by the advisory
 * board, which approves or rejects (with a reason). The board's decisions need the role
 * {@code liof-advisory-board}.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=rom-liof", PluginProperties.ROM + "=LIOF", Workflow.SUBJECT + "=" + Workflow.INPUTS})
public class LiofReviewWorkflow implements Workflow {

    static final String MEMBER = Roles.romMember("LIOF");
    static final String BOARD = "liof-advisory-board";

    @Override
    public String name() {
        return "LIOF advisory-board review";
    }

    @Override
    public String initialState() {
        return "received";
    }

    @Override
    public List<State> states() {
        return List.of(new State("received", "Received", false), new State("screened", "Screened by LIOF", false),
                new State("board-review", "With the advisory board", false), new State("approved", "Approved by the board", true),
                new State("rejected", "Rejected by the board", true), new State("withdrawn", "Withdrawn", true));
    }

    @Override
    public List<Transition> transitions() {
        return List.of(
                new Transition("screen", "Screen", "received", "screened", MEMBER, false),
                new Transition("withdraw", "Withdraw", "received", "withdrawn", MEMBER, true),
                new Transition("submit-to-board", "Submit to the advisory board", "screened", "board-review", MEMBER, false),
                new Transition("approve", "Approve", "board-review", "approved", BOARD, false),
                new Transition("reject", "Reject", "board-review", "rejected", BOARD, true));
    }
}
