package ${package};

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.Roles;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Workflow;

/**
 * How ${rom} handles input from its workshops: received, assessed by a member, then answered by an
 * action or parked by an admin with a reason. The core applies the transitions, checks each one's
 * role, records the history and holds inputs safe if a later version drops a state.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=${pluginId}", PluginProperties.ROM + "=${rom}", Workflow.SUBJECT + "=" + Workflow.INPUTS})
public class IntakeWorkflow implements Workflow {

    static final String MEMBER = Roles.romMember("${rom}");
    static final String ADMIN = Roles.romAdmin("${rom}");

    @Override
    public String name() {
        return "${rom} intake";
    }

    @Override
    public String initialState() {
        return "received";
    }

    @Override
    public List<State> states() {
        return List.of(new State("received", "Received", false), new State("assessed", "Assessed", false),
                // answered: the core lets an input in only while an action answers it
                new State("answered", "Answered by an action", true, true), new State("parked", "Parked", true));
    }

    @Override
    public List<Transition> transitions() {
        return List.of(
                new Transition("assess", "Assess", "received", "assessed", MEMBER, false),
                new Transition("answer", "Answer by an action", "assessed", "answered", MEMBER, false),
                new Transition("park", "Park", "received", "parked", ADMIN, true),
                new Transition("park", "Park", "assessed", "parked", ADMIN, true));
    }
}
