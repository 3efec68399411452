package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.Constants;
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
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Attention;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.model.WorkflowInfo;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.core.store.InputEntity;
import nl.nts.platform.core.store.StateChangeEntity;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.Durations;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.api.Roles;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;

/**
 * Applies each ROM's input workflow (a plugin's, or the national default). Workflows come and
 * go with their plugins; records are never moved when they do: those in a state the new
 * workflow lacks are held and listed for an operator.
 */
@Component(service = Workflows.class, configurationPid = "nl.nts.platform.workflows")
@Designate(ocd = WorkflowEngine.Config.class)
public class WorkflowEngine implements Workflows {

    @ObjectClassDefinition(name = "nts-platform workflows", description = "How the core runs the workflows of plugins")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a workflow's hook may take before the transition fails")
        double hookTimeoutSeconds() default 10;
    }

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());
    private static final String SUBJECT = Workflow.INPUTS;

    /** A ROM's workflow, the plugin it came from, and its rank among the ROM's workflows. */
    record Registered(Workflow workflow, String plugin, int ranking, long serviceId) {
    }

    /** Of several workflows for one ROM the highest ranked applies; of equals, the newest. */
    private static final Comparator<Registered> PRECEDENCE = Comparator.comparingInt(Registered::ranking)
            .thenComparingLong(Registered::serviceId).reversed();

    private static final Registered NATIONAL = new Registered(new NationalInputWorkflow(), NationalInputWorkflow.PLUGIN, 0, 0);

    private final Map<String, List<Registered>> byRom = new ConcurrentHashMap<>();
    private final JpaTemplate jpa;
    private final ReferenceData referenceData;
    private final Clock clock = Clock.systemUTC();

    private final java.time.Duration hookTimeout;
    private final java.util.concurrent.ExecutorService hooks = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nts-workflow-hook");
        t.setDaemon(true);
        return t;
    });

    private final CallerScope scope;

    @Activate
    public WorkflowEngine(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ReferenceData referenceData,
            @Reference CallerScope scope, Config config) {
        this.jpa = jpa;
        this.scope = scope;
        this.referenceData = referenceData;
        this.hookTimeout = Durations.seconds(config.hookTimeoutSeconds());
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        hooks.shutdownNow();
    }

    /** Runs a plugin's hook on a thread of its own, so that one that hangs ends at the time limit. */
    private void runHook(Registered r, String workflow, Workflow.TransitionRequest request) {
        // the hook's own calls into the core act for its plugin and ROM
        Caller plugin = Caller.plugin(r.plugin(), request.rom());
        java.util.concurrent.Future<?> call = hooks.submit(() -> scope.run(plugin, () -> r.workflow().beforeTransition(request)));
        try {
            call.get(hookTimeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            throw new PluginException(r.plugin(), "workflow '" + workflow + "' of plugin " + r.plugin() + " did not decide within "
                    + hookTimeout.toSeconds() + " s", true);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalStateException refused) {
                throw new ConflictException("transition", refused.getMessage());
            }
            if (cause instanceof nl.nts.platform.api.NtsException nts) {
                throw nts;
            }
            LOG.log(Level.WARNING, "Workflow hook of plugin " + r.plugin() + " failed", cause);
            throw new PluginException(r.plugin(), "workflow '" + workflow + "' of plugin " + r.plugin() + " failed: " + cause.getMessage(), false);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginException(r.plugin(), "the transition was interrupted", false);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + Workflow.SUBJECT + "=" + Workflow.INPUTS + ")", unbind = "removeWorkflow")
    void addWorkflow(Workflow workflow, Map<String, Object> properties) {
        Object rom = properties.get(PluginProperties.ROM);
        if (rom == null) {
            LOG.warning(() -> "An input workflow without " + PluginProperties.ROM + " is ignored: the national default is the core's");
            return;
        }
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Registered registered = new Registered(workflow, String.valueOf(properties.getOrDefault(PluginProperties.PLUGIN_ID, "unknown")),
                ranking instanceof Integer r ? r : 0, ((Number) properties.getOrDefault(Constants.SERVICE_ID, 0L)).longValue());
        byRom.compute(String.valueOf(rom), (k, list) -> {
            List<Registered> next = new ArrayList<>(list == null ? List.of() : list);
            next.add(registered);
            next.sort(PRECEDENCE);
            return List.copyOf(next);
        });
    }

    void removeWorkflow(Workflow workflow, Map<String, Object> properties) {
        Object rom = properties.get(PluginProperties.ROM);
        if (rom != null) {
            byRom.computeIfPresent(String.valueOf(rom), (k, list) -> {
                List<Registered> next = list.stream().filter(r -> r.workflow() != workflow).toList();
                return next.isEmpty() ? null : next;
            });
        }
    }

    private Registered current(String rom) {
        List<Registered> workflows = byRom.get(rom);
        return workflows == null || workflows.isEmpty() ? NATIONAL : workflows.get(0);
    }

    @Override
    public List<WorkflowInfo> list() {
        return referenceData.roms().stream().map(Rom::code).map(this::forInputs).toList();
    }

    @Override
    public WorkflowInfo forInputs(String rom) {
        if (referenceData.rom(rom).isEmpty()) {
            throw new NotFoundException("ROM", rom);
        }
        Registered r = current(rom);
        return ask(r, () -> new WorkflowInfo(SUBJECT, rom, r.workflow().name(), r.plugin(), r.workflow().initialState(),
                r.workflow().states(), r.workflow().transitions()));
    }

    @Override
    public Input transition(long inputId, String transition, String reason) {
        Caller who = caller();
        String by = who.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            InputEntity input = find(em, inputId);
            String rom = input.workshop().rom().code();
            who.requireWrite(List.of(rom), false, "take a workflow step on input " + inputId);
            Registered r = current(rom);
            WorkflowInfo workflow = forInputs(rom);
            String from = input.status();
            if (workflow.states().stream().noneMatch(s -> s.code().equals(from))) {
                throw new ConflictException("transition", "input " + inputId + " is held in state '" + from + "', which " + rom
                        + "'s workflow '" + workflow.name() + "' does not have; an operator must move it first");
            }
            Workflow.Transition step = workflow.transitions().stream()
                    .filter(t -> t.code().equals(transition) && t.from().equals(from)).findFirst()
                    .orElseThrow(() -> new ValidationException("transition", "'" + Codes.abbreviate(String.valueOf(transition))
                            + "' does not leave state '" + from + "'; possible: " + workflow.transitions().stream()
                                    .filter(t -> t.from().equals(from)).map(Workflow.Transition::code).toList()));
            if (step.role() != null && !who.holds(step.role())) {
                throw new SecurityException(who + " may not take transition '" + step.code() + "': it needs the role " + step.role());
            }
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            if (step.reasonRequired() && why == null) {
                throw new ValidationException("reason", "transition '" + step.code() + "' needs a reason");
            }
            if (why != null && why.length() > 1000) {
                throw new ValidationException("reason", "is " + why.length() + " characters long; at most 1000 are allowed");
            }
            Workflow.TransitionRequest request = new Workflow.TransitionRequest(SUBJECT, inputId, rom, step.code(), from, step.to(), by, why);
            runHook(r, workflow.name(), request);
            return apply(em, input, step.to(), step.code(), workflow.name(), by, why);
        });
    }

    @Override
    public Input move(long inputId, String state, String reason) {
        Caller who = caller();
        String by = who.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            InputEntity input = find(em, inputId);
            String rom = input.workshop().rom().code();
            who.requireRole("move input " + inputId + " past its workflow", Roles.romAdmin(rom));
            WorkflowInfo workflow = forInputs(rom);
            if (state == null || workflow.states().stream().noneMatch(s -> s.code().equals(state))) {
                throw new ValidationException("state", "'" + Codes.abbreviate(String.valueOf(state)) + "' is not a state of " + rom
                        + "'s workflow '" + workflow.name() + "': " + workflow.states().stream().map(Workflow.State::code).toList());
            }
            return apply(em, input, state, "move", workflow.name(), by, reason == null || reason.isBlank() ? null : reason.strip());
        });
    }

    private Input apply(javax.persistence.EntityManager em, InputEntity input, String to, String transition, String workflow, String by,
            String reason) {
        String from = input.status();
        Input before = input.toRecord();
        input.status(to);
        input.stamp().updated(clock.instant(), by);
        em.persist(new StateChangeEntity(new StateChange(SUBJECT, input.id(), from, to, transition, workflow, by, clock.instant(), reason)));
        em.flush();
        Input after = input.toRecord();
        Audit.record(em, clock.instant(), by, "transition", "input", String.valueOf(input.id()), List.of(input.workshop().rom().code()),
                before, after);
        return after;
    }

    /** The caller a core surface bound; a plugin's own thread has none and changes nothing here. */
    private Caller caller() {
        return scope.current().orElseThrow(() -> new SecurityException("no caller is known for this workflow step; the core refuses it"));
    }

    @Override
    public List<Attention> attention() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Attention> held = new ArrayList<>();
            List<Object[]> groups = em.createQuery("select i.workshop.rom.code, i.status from InputEntity i"
                    + " group by i.workshop.rom.code, i.status", Object[].class).getResultList();
            for (Object[] group : groups) {
                String rom = (String) group[0];
                String state = (String) group[1];
                WorkflowInfo workflow = forInputs(rom);
                List<String> states = workflow.states().stream().map(Workflow.State::code).toList();
                if (!states.contains(state)) {
                    em.createQuery("select i.id from InputEntity i where i.workshop.rom.code = :rom and i.status = :state order by i.id", Long.class)
                            .setParameter("rom", rom).setParameter("state", state).getResultList()
                            .forEach(id -> held.add(new Attention(SUBJECT, id, rom, state, workflow.name(), states)));
                }
            }
            return held;
        });
    }

    @Override
    public List<StateChange> history(long inputId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, inputId);
            return em.createQuery("select c from StateChangeEntity c where c.subject = :s and c.recordId = :id order by c.at, c.id",
                    StateChangeEntity.class).setParameter("s", SUBJECT).setParameter("id", inputId).getResultList().stream()
                    .map(StateChangeEntity::toRecord).toList();
        });
    }

    private static InputEntity find(javax.persistence.EntityManager em, long id) {
        InputEntity input = em.find(InputEntity.class, id);
        if (input == null) {
            throw new NotFoundException("input", String.valueOf(id));
        }
        return input;
    }

    /** Asks a plugin's workflow about itself; one that throws fails the request, not the core. */
    private static <T> T ask(Registered r, java.util.function.Supplier<T> question) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            throw new PluginException(r.plugin(), "workflow of plugin " + r.plugin() + " cannot describe itself: " + e.getMessage(), false);
        }
    }
}
