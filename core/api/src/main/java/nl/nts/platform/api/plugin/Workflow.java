package nl.nts.platform.api.plugin;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The states and transitions records of one kind go through in one ROM: e.g. BOM's intake of
 * workshop input (received, triaged, merged into an action, or declined with a reason), or who
 * in a ROM submits its reinforcement plans. Register it as an OSGi service with the properties
 * {@value #SUBJECT} (what it applies to: {@value #INPUTS}, {@value #ACTIONS} or
 * {@value #PLANS}), {@value PluginProperties#PLUGIN_ID} and {@value PluginProperties#ROM}. A ROM
 * without a workflow of its own uses the national default.
 *
 * <p>Inputs have the states their ROM's workflow names. Actions and plans have national states
 * ({@link nl.nts.platform.api.model.ActionStatus}, {@link nl.nts.platform.api.model.PlanStatus}),
 * so that KIA compares them across ROMs: a ROM's workflow for them decides the transitions
 * between those states, who takes them and what its hook checks, and must start where the
 * national default starts ({@code IDEA}, {@code DRAFT}). A workflow that breaks this is ignored,
 * with a warning in the log.
 *
 * <p>The core's workflow engine applies transitions, checks that the caller may change the
 * record and holds the transition's role, calls {@link #beforeTransition} with the record, and
 * records every transition (history and audit trail); afterwards it tells every
 * {@link TransitionListener}. Records are always created in their workflow's initial state and
 * reach other states only by transitions. When an input workflow is replaced by one that lacks
 * a state, or removed, the inputs in that state are held where they are and listed as needing
 * attention ({@code GET /api/workflows/attention}) until an operator moves them: nothing is lost
 * or moved silently.
 *
 * <p>The core asks {@link #name()}, {@link #initialState()}, {@link #states()} and
 * {@link #transitions()} once, when the service registers, within a few seconds, and keeps the
 * answers for as long as the service stays registered: a workflow that changes them registers
 * anew (e.g. by updating its bundle or its configuration). A workflow that throws or takes too
 * long to answer is ignored, with a warning in the log.
 *
 * <p>{@link State} and {@link Transition} grow like the model's records: a new component is
 * added at the end and the previous constructor stays.
 */
@ConsumerType
public interface Workflow {

    /** Service property: the kind of record the workflow is for: {@value #INPUTS}, {@value #ACTIONS} or {@value #PLANS}. */
    String SUBJECT = "nts.workflow.subject";

    /** The subject of workflows for workshop inputs. */
    String INPUTS = "input";

    /** The subject of workflows for the actions of reinforcement plans. @since 2.0 */
    String ACTIONS = "action";

    /** The subject of workflows for reinforcement plans (a plan's workflow is its lead ROM's). @since 2.0 */
    String PLANS = "plan";

    /** @return a name for people, e.g. "BOM intake" */
    String name();

    /** @return the state new records start in; one of {@link #states()} */
    String initialState();

    /** @return every state, in the order people read them */
    List<State> states();

    /** @return the transitions between the states */
    List<Transition> transitions();

    /**
     * Called before the engine applies a transition, on a thread of the engine's with a time
     * limit (configuration {@code nl.nts.platform.workflows}, {@code hookTimeoutSeconds}). The
     * request carries the record as it is now; the core's services the hook calls read the data
     * as committed and act for this plugin. Throw {@link IllegalStateException} with a message
     * for the user to refuse the transition (the caller gets 409 with that message).
     *
     * @param transition what is about to happen
     */
    default void beforeTransition(TransitionRequest transition) {
    }

    /**
     * A state.
     *
     * @param code     e.g. {@code triaged}: lowercase letters, digits and {@code -} for inputs; a
     *                 national status such as {@code SUBMITTED} for actions and plans
     * @param name     for people, e.g. "Triaged"
     * @param terminal true when no transition leaves it
     * @param answered for inputs: true when an input in this state counts as answered, which it
     *                 may only while an action answers it (the engine refuses the transition
     *                 into it otherwise, and an action may not stop answering it)
     */
    record State(String code, String name, boolean terminal, boolean answered) {

        /** A state that does not count as answered. */
        public State(String code, String name, boolean terminal) {
            this(code, name, terminal, false);
        }
    }

    /**
     * A transition from one state to another.
     *
     * @param code           e.g. {@code decline}; unique within the workflow
     * @param name           for people, e.g. "Decline"
     * @param from           the state it leaves
     * @param to             the state it enters
     * @param role           the role a caller needs, e.g. {@code rom-member:BOM}; null when anyone
     *                       who may change the record may take it
     * @param reasonRequired true when the caller must give a reason (e.g. declining)
     */
    record Transition(String code, String name, String from, String to, String role, boolean reasonRequired) {
    }

    /**
     * A transition about to be applied.
     *
     * @param subject    the kind of record: {@value #INPUTS}, {@value #ACTIONS} or {@value #PLANS}
     * @param id         the record's id
     * @param rom        the ROM whose workflow applies
     * @param transition the transition's code
     * @param from       the state it is in
     * @param to         the state it will be in
     * @param by         who takes the transition
     * @param reason     the reason given, or null
     * @param record     the record as it is now: an {@link nl.nts.platform.api.model.Input},
     *                   {@link nl.nts.platform.api.model.Action} or {@link nl.nts.platform.api.model.Plan}
     */
    record TransitionRequest(String subject, long id, String rom, String transition, String from, String to, String by, String reason,
            Object record) {

        /**
         * @return the record as the type of its subject, e.g. {@code request.record(Input.class)}
         * @throws ClassCastException when the subject's records are of another type
         */
        public <R> R record(Class<R> type) {
            return type.cast(record);
        }
    }
}
