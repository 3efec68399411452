package nl.nts.platform.plugins.rombom;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.Roles;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Workflow;

/**
 * BOM's intake of workshop input: received, triaged, then merged into an action or declined
 * with a reason. Members of BOM triage and merge; declining is for BOM's admins. 'Merged'
 * counts as answered, so the core lets an input in only while an action answers it.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=rom-bom", PluginProperties.ROM + "=BOM", Workflow.SUBJECT + "=" + Workflow.INPUTS})
public class BomIntakeWorkflow implements Workflow {

    static final String MEMBER = Roles.romMember("BOM");
    static final String ADMIN = Roles.romAdmin("BOM");

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
}
