package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.PluginException;
import nl.nts.platform.api.Roles;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Attention;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.model.WorkflowInfo;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.TransitionListener;
import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.Durations;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.InputEntity;
import nl.nts.platform.core.store.StateChangeEntity;
import nl.nts.platform.core.store.StoredRecord;
import nl.nts.platform.core.store.Writes;

/**
 * Applies each ROM's workflows (a plugin's, or the national default) to its inputs, actions and
 * plans. Workflows come and go with their plugins; records are never moved when they do: inputs
 * in a state the new workflow lacks are held and listed for an operator.
 *
 * <p>Registered under this class, which only this bundle sees; other bundles get {@link Workflows}
 * through {@link WorkflowsForCaller}, which runs each call for the calling bundle's caller.
 */
@Component(service = WorkflowEngine.class, configurationPid = "nl.nts.platform.workflows")
@Designate(ocd = WorkflowEngine.Config.class)
public class WorkflowEngine implements Workflows {

    @ObjectClassDefinition(name = "nts-platform workflows", description = "How the core runs the workflows of plugins")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a workflow's hook (or a transition listener) may take before it is given up")
        double hookTimeoutSeconds() default 10;
    }

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());
    private static final int REASON_MAX = 1000;

    /** A ROM's workflow for a subject is found by the key {@code subject/ROM}; of several, the highest ranked applies. */
    private static String key(String subject, String rom) {
        return subject + "/" + rom;
    }

    private static final String ALL = "all";

    private final Clock clock = Clock.systemUTC();
    private final PluginRegistry<Workflow> workflows = new PluginRegistry<>("workflow", Workflow.SUBJECT + " and " + PluginProperties.ROM,
            p -> {
                String rom = PluginService.text(p.get(PluginProperties.ROM));
                String subject = PluginService.text(p.get(Workflow.SUBJECT));
                return rom == null ? null : key(subject == null ? Workflow.INPUTS : subject, rom);
            }, clock);
    /** Every listener under one key; each is narrowed by its own properties. */
    private final PluginRegistry<TransitionListener> listeners = new PluginRegistry<>("transition listener", "(none)", p -> ALL, clock);
    private final JpaTemplate jpa;
    private final ReferenceData referenceData;
    private final CallerScope scope;
    private final PluginGuard guard;
    private final Duration hookTimeout;

    @Activate
    public WorkflowEngine(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ReferenceData referenceData,
            @Reference CallerScope scope, @Reference PluginGuard guard, Config config) {
        this.jpa = jpa;
        this.referenceData = referenceData;
        this.scope = scope;
        this.guard = guard;
        this.hookTimeout = Durations.seconds(config.hookTimeoutSeconds());
    }

    // ---- the registry of workflows and listeners

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeWorkflow")
    void addWorkflow(Workflow workflow, Map<String, Object> properties, ServiceReference<Workflow> reference) {
        Object rom = properties.get(PluginProperties.ROM);
        String plugin = String.valueOf(properties.getOrDefault(PluginProperties.PLUGIN_ID, "unknown"));
        WorkflowSubject<?> subject = subject(String.valueOf(properties.getOrDefault(Workflow.SUBJECT, Workflow.INPUTS)), false);
        if (subject == null) {
            LOG.warning(() -> "The workflow of plugin " + plugin + " names an unknown " + Workflow.SUBJECT + " and is ignored: " + properties);
            return;
        }
        if (rom == null) {
            LOG.warning(() -> "The " + subject.code() + " workflow of plugin " + plugin + " has no " + PluginProperties.ROM
                    + " and is ignored: the national default is the core's");
            return;
        }
        Caller caller = PluginCaller.of(reference, properties);
        String notTheirs = notTheirs(caller, String.valueOf(rom));
        if (notTheirs != null) {
            LOG.warning(() -> "The " + subject.code() + " workflow of plugin " + plugin + " for " + rom + " is ignored: " + notTheirs);
            return;
        }
        workflows.addDescribed(workflow, properties, guard.call(caller, subject.code() + " workflow of plugin " + plugin + " for " + rom),
                () -> Described.of(workflow), described -> unfit(subject, described, String.valueOf(rom)));
    }

    void removeWorkflow(Workflow workflow, Map<String, Object> properties) {
        workflows.remove(workflow, properties);
    }

    /**
     * A ROM's plugin defines only its own ROM's workflows: a BOM plugin cannot define, and veto,
     * LIOF's steps. National plugins and other bundles (which only an operator installs) may
     * define any ROM's. @return why not, or null
     */
    private static String notTheirs(Caller caller, String rom) {
        return caller.kind() == Caller.Kind.PLUGIN && caller.rom() != null && !caller.rom().equals(rom)
                ? "its bundle belongs to " + caller.rom() : null;
    }

    /** Actions and plans keep their national states and start where the national default does. */
    private static String unfit(WorkflowSubject<?> subject, Described workflow, String rom) {
        Set<String> allowed = subject.allowedStates();
        if (allowed == null) {
            return null;
        }
        for (Workflow.State state : workflow.states()) {
            if (!allowed.contains(state.code())) {
                return "state '" + state.code() + "' is not one of " + allowed;
            }
        }
        String initial = subject.national(rom).initialState();
        return initial.equals(workflow.initialState()) ? null : "it must start in '" + initial + "'";
    }

    /**
     * What a workflow tells about itself, asked once when its service registers: a step and a
     * lookup read this, never the plugin's code, so a plugin slow to answer holds up no request.
     */
    record Described(String name, String initialState, List<Workflow.State> states, List<Workflow.Transition> transitions) {
        static Described of(Workflow workflow) {
            return new Described(Objects.requireNonNull(workflow.name(), "name"), Objects.requireNonNull(workflow.initialState(), "initialState"),
                    List.copyOf(workflow.states()), List.copyOf(workflow.transitions()));
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeListener")
    void addListener(TransitionListener listener, Map<String, Object> properties, ServiceReference<TransitionListener> reference) {
        listeners.add(listener, properties, PluginCaller.of(reference, properties));
    }

    void removeListener(TransitionListener listener, Map<String, Object> properties) {
        listeners.remove(listener, properties);
    }

    private static WorkflowSubject<?> subject(String code, boolean required) {
        for (WorkflowSubject<?> s : WorkflowSubject.ALL) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        if (required) {
            throw new NotFoundException("workflow subject", Codes.abbreviate(String.valueOf(code)));
        }
        return null;
    }

    private PluginService<Workflow> current(WorkflowSubject<?> subject, String rom) {
        String key = key(subject.code(), rom);
        return workflows.current(key).orElseGet(() -> {
            Workflow national = subject.national(rom);
            return new PluginService<>(key, national, NationalInputWorkflow.PLUGIN, null, 0, 0, Caller.system("workflow"), Map.of(),
                    Described.of(national));
        });
    }

    // ---- what applies

    @Override
    public List<WorkflowInfo> list() {
        List<WorkflowInfo> all = new ArrayList<>();
        for (WorkflowSubject<?> subject : WorkflowSubject.ALL) {
            referenceData.roms().stream().map(Rom::code).forEach(rom -> all.add(info(subject, rom)));
        }
        return all;
    }

    @Override
    public WorkflowInfo forInputs(String rom) {
        return get(Workflow.INPUTS, rom);
    }

    @Override
    public WorkflowInfo get(String subject, String rom) {
        WorkflowSubject<?> s = subject(subject, true);
        if (referenceData.rom(rom).isEmpty()) {
            throw new NotFoundException("ROM", rom);
        }
        return info(s, rom);
    }

    private WorkflowInfo info(WorkflowSubject<?> subject, String rom) {
        return info(subject, rom, current(subject, rom));
    }

    /** The workflow one registration describes: a step validates and runs the hook of the same one. */
    private WorkflowInfo info(WorkflowSubject<?> subject, String rom, PluginService<Workflow> r) {
        Described w = r.description(Described.class);
        return new WorkflowInfo(subject.code(), rom, w.name(), r.plugin(), w.initialState(), w.states(), w.transitions());
    }

    // ---- transitions

    @Override
    public Input transition(long inputId, String transition, String reason) {
        return (Input) transition(WorkflowSubject.INPUTS, inputId, transition, reason);
    }

    @Override
    public Plan transitionPlan(long planId, String transition, String reason) {
        return (Plan) transition(WorkflowSubject.PLANS, planId, transition, reason);
    }

    @Override
    public Action transitionAction(long actionId, String transition, String reason) {
        return (Action) transition(WorkflowSubject.ACTIONS, actionId, transition, reason);
    }

    private <E extends StoredRecord> Object transition(WorkflowSubject<E> subject, long id, String transition, String reason) {
        Caller who = caller();
        // two steps racing on one record: the loser is told to read it again (409), never a 500
        Applied applied = Writes.guarded(subject.code() + " " + id, () -> Writes.changedMeanwhile(subject.code() + " " + id),
                () -> jpa.txExpr(TransactionType.Required, em -> {
            E entity = subject.findForChange(em, id);
            String rom = subject.rom(entity);
            who.requireWrite(subject.owners(entity), false, "take a workflow step on " + subject.code() + " " + id);
            PluginService<Workflow> r = current(subject, rom);
            WorkflowInfo workflow = info(subject, rom, r);
            String from = subject.status(entity);
            if (workflow.states().stream().noneMatch(s -> s.code().equals(from))) {
                throw new ConflictException("transition", subject.code() + " " + id + " is held in state '" + from + "', which " + rom
                        + "'s workflow '" + workflow.name() + "' does not have; an operator must move it first");
            }
            Workflow.Transition step = workflow.transitions().stream()
                    .filter(t -> t.code().equals(transition) && t.from().equals(from)).findFirst()
                    .orElseThrow(() -> new ValidationException("transition", "'" + Codes.abbreviate(String.valueOf(transition))
                            + "' does not leave state '" + from + "'; possible: " + workflow.transitions().stream()
                                    .filter(t -> t.from().equals(from)).map(Workflow.Transition::code).distinct().toList()));
            if (step.role() != null && !who.holds(step.role())) {
                throw new SecurityException(who + " may not take transition '" + step.code() + "': it needs the role " + step.role());
            }
            String why = reason(reason, step.reasonRequired(), step.code());
            refuseUnanswered(entity, workflow, step.to());
            Workflow.TransitionRequest request = new Workflow.TransitionRequest(subject.code(), id, rom, step.code(), from, step.to(),
                    who.actor(), why, subject.toRecord(entity));
            if (r.caller().kind() != Caller.Kind.SYSTEM) {
                // the national defaults have no hook: no plugin thread for them
                runHook(r, workflow.name(), request);
            }
            return apply(em, subject, entity, step.to(), step.code(), workflow.name(), who.actor(), why);
        }));
        tell(applied);
        return applied.record();
    }

    /** An input may enter an answered state only while an action answers it. */
    private static void refuseUnanswered(Object entity, WorkflowInfo workflow, String to) {
        if (entity instanceof InputEntity input && input.answeredBy().isEmpty()
                && workflow.states().stream().anyMatch(s -> s.answered() && s.code().equals(to))) {
            throw new ConflictException("transition", "input " + input.id() + " cannot be '" + to + "': no action answers it yet;"
                    + " name it in an action's inputs first");
        }
    }

    private static String reason(String reason, boolean required, String step) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (required && why == null) {
            throw new ValidationException("reason", "transition '" + step + "' needs a reason");
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new ValidationException("reason", "is " + why.length() + " characters long; at most " + REASON_MAX + " are allowed");
        }
        return why;
    }

    @Override
    public Input move(long inputId, String state, String reason) {
        Caller who = caller();
        WorkflowSubject<InputEntity> subject = WorkflowSubject.INPUTS;
        Applied applied = Writes.guarded("input " + inputId, () -> Writes.changedMeanwhile("input " + inputId),
                () -> jpa.txExpr(TransactionType.Required, em -> {
            InputEntity input = subject.findForChange(em, inputId);
            String rom = subject.rom(input);
            who.requireRole("move input " + inputId + " past its workflow", Roles.romAdmin(rom));
            WorkflowInfo workflow = info(subject, rom);
            if (state == null || workflow.states().stream().noneMatch(s -> s.code().equals(state))) {
                throw new ValidationException("state", "'" + Codes.abbreviate(String.valueOf(state)) + "' is not a state of " + rom
                        + "'s workflow '" + workflow.name() + "': " + workflow.states().stream().map(Workflow.State::code).toList());
            }
            if (workflow.states().stream().anyMatch(s -> s.code().equals(input.status()))) {
                throw new ConflictException("state", "input " + inputId + " is '" + input.status() + "', a state of " + rom + "'s workflow '"
                        + workflow.name() + "': it is not held, so it moves by the workflow's transitions only");
            }
            refuseUnanswered(input, workflow, state);
            return apply(em, subject, input, state, "move", workflow.name(), who.actor(), reason(reason, false, "move"));
        }));
        tell(applied);
        return (Input) applied.record();
    }

    /** A committed change, for the listeners. */
    private record Applied(StateChange change, String rom, Object record) {
    }

    private <E extends StoredRecord> Applied apply(EntityManager em, WorkflowSubject<E> subject, E entity, String to, String transition,
            String workflow, String by, String reason) {
        String from = subject.status(entity);
        Object before = subject.toRecord(entity);
        subject.status(entity, to);
        entity.stamp().updated(clock.instant(), by);
        StateChange change = new StateChange(subject.code(), entity.id(), from, to, transition, workflow, by, clock.instant(), reason);
        em.persist(new StateChangeEntity(change));
        em.flush();
        Object after = subject.toRecord(entity);
        Audit.record(em, clock.instant(), by, "transition", subject.code(), String.valueOf(entity.id()), subject.owners(entity), before, after);
        return new Applied(change, subject.rom(entity), after);
    }

    /** The caller a core surface bound; a plugin's own thread has none and changes nothing here. */
    private Caller caller() {
        return scope.current().orElseThrow(() -> new SecurityException("no caller is known for this workflow step; the core refuses it"));
    }

    // ---- plugin code: hooks before, listeners after

    /** Runs a plugin's hook on a thread of the plugin host, as its plugin, so that one that hangs ends at the time limit. */
    private void runHook(PluginService<Workflow> r, String workflow, Workflow.TransitionRequest request) {
        guard.call(r.caller(), "workflow '" + workflow + "' of plugin " + r.plugin()).within(hookTimeout, "decide")
                .refusing(IllegalStateException.class, refused -> new ConflictException("transition", refused.getMessage()))
                .run(() -> r.service().beforeTransition(request));
    }

    /** Tells the listeners of a committed change, each as its plugin, in the background; none can undo it. */
    private void tell(Applied applied) {
        for (PluginService<TransitionListener> l : listeners.providers(ALL)) {
            String subject = l.property(Workflow.SUBJECT);
            if ((subject != null && !subject.equals(applied.change().subject())) || (l.rom() != null && !l.rom().equals(applied.rom()))) {
                continue;
            }
            try {
                guard.call(l.caller(), "transition listener of plugin " + l.plugin()).within(hookTimeout)
                        .start(() -> l.service().transitioned(applied.change(), applied.rom(), applied.record()));
            } catch (PluginException busy) {
                LOG.warning(() -> "Transition listener of plugin " + l.plugin() + " not told of " + applied.change() + ": " + busy.getMessage());
            }
        }
    }

    // ---- held inputs and history

    @Override
    public List<Attention> attention() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Attention> held = new ArrayList<>();
            List<Object[]> groups = em.createQuery("select i.rom.code, i.status from InputEntity i"
                    + " group by i.rom.code, i.status", Object[].class).getResultList();
            for (Object[] group : groups) {
                String rom = (String) group[0];
                String state = (String) group[1];
                WorkflowInfo workflow = forInputs(rom);
                List<String> states = workflow.states().stream().map(Workflow.State::code).toList();
                if (!states.contains(state)) {
                    em.createQuery("select i.id from InputEntity i where i.rom.code = :rom and i.status = :state order by i.id", Long.class)
                            .setParameter("rom", rom).setParameter("state", state).getResultList()
                            .forEach(id -> held.add(new Attention(Workflow.INPUTS, id, rom, state, workflow.name(), states)));
                }
            }
            return held;
        });
    }

    @Override
    public List<StateChange> history(String subject, long id) {
        WorkflowSubject<?> s = subject(subject, true);
        return jpa.txExpr(TransactionType.Supports, em -> {
            s.find(em, id);
            return em.createQuery("select c from StateChangeEntity c where c.subject = :s and c.recordId = :id order by c.at, c.id",
                    StateChangeEntity.class).setParameter("s", s.code()).setParameter("id", id).getResultList().stream()
                    .map(StateChangeEntity::toRecord).toList();
        });
    }

}
