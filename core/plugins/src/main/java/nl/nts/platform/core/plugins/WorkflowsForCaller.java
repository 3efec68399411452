package nl.nts.platform.core.plugins;

import java.util.List;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Attention;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.model.WorkflowInfo;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

/**
 * {@link Workflows} as each bundle gets it (bundle scope): every call runs for that bundle's
 * caller, so a plugin acts for itself and its ROM whatever its thread carries. The one
 * {@link WorkflowEngine} does the work.
 */
@Component(service = Workflows.class, scope = ServiceScope.BUNDLE)
public class WorkflowsForCaller implements Workflows {

    private final WorkflowEngine engine;
    private final ServiceCaller caller;

    @Activate
    public WorkflowsForCaller(@Reference WorkflowEngine engine, @Reference CallerScope scope, ComponentContext context) {
        this.engine = engine;
        this.caller = new ServiceCaller(scope, context);
    }

    @Override
    public List<WorkflowInfo> list() {
        return caller.bound(engine::list);
    }

    @Override
    public WorkflowInfo get(String subject, String rom) {
        return caller.bound(() -> engine.get(subject, rom));
    }

    @Override
    public WorkflowInfo forInputs(String rom) {
        return caller.bound(() -> engine.forInputs(rom));
    }

    @Override
    public Input transition(long inputId, String transition, String reason) {
        return caller.bound(() -> engine.transition(inputId, transition, reason));
    }

    @Override
    public Input move(long inputId, String state, String reason) {
        return caller.bound(() -> engine.move(inputId, state, reason));
    }

    @Override
    public Plan transitionPlan(long planId, String transition, String reason) {
        return caller.bound(() -> engine.transitionPlan(planId, transition, reason));
    }

    @Override
    public Action transitionAction(long actionId, String transition, String reason) {
        return caller.bound(() -> engine.transitionAction(actionId, transition, reason));
    }

    @Override
    public List<StateChange> history(String subject, long id) {
        return caller.bound(() -> engine.history(subject, id));
    }

    @Override
    public List<Attention> attention() {
        return caller.bound(engine::attention);
    }
}
