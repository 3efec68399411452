package nl.nts.platform.plugins.rombom;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.Roles;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.service.Inputs;

/**
 * BOM's intake of workshop input: received, triaged, then merged into an action or declined
 * with a reason. Members of BOM triage and merge; declining is for BOM's admins.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=rom-bom", PluginProperties.ROM + "=BOM", Workflow.SUBJECT + "=" + Workflow.INPUTS})
public class BomIntakeWorkflow implements Workflow {

    static final String MEMBER = Roles.romMember("BOM");
    static final String ADMIN = Roles.romAdmin("BOM");

    private final Inputs inputs;

    @Activate
    public BomIntakeWorkflow(@Reference Inputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public String name() {
        return "BOM intake";
    }

    @Override
    public String initialState() {
        return "received";
    }

    @Override
    public List<State> states() {
        return List.of(new State("received", "Received", false), new State("triaged", "Triaged", false),
                new State("merged", "Merged into an action", true, true), new State("declined", "Declined", true));
    }

    @Override
    public List<Transition> transitions() {
        return List.of(
                new Transition("triage", "Triage", "received", "triaged", MEMBER, false),
                new Transition("merge", "Merge into an action", "triaged", "merged", MEMBER, false),
                new Transition("decline", "Decline", "received", "declined", ADMIN, true),
                new Transition("decline", "Decline", "triaged", "declined", ADMIN, true));
    }

    /** Only input that an action answers can be merged into one. */
    @Override
    public void beforeTransition(TransitionRequest request) {
        if ("merge".equals(request.transition())) {
            Input input = inputs.get(request.id());
            if (input.answeredBy().isEmpty()) {
                throw new IllegalStateException("input " + request.id() + " cannot be merged: no action answers it yet;"
                        + " link it from an action's inputs first");
            }
        }
    }
}
