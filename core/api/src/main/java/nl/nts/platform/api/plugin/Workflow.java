package nl.nts.platform.api.plugin;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The states and transitions records of one kind go through in one ROM: e.g. BOM's intake of
 * workshop input (received, triaged, merged into an action, or declined with a reason). Register
 * it as an OSGi service with the properties {@value #SUBJECT} (what it applies to: {@code input}),
 * {@value PluginProperties#PLUGIN_ID} and {@value PluginProperties#ROM}. A ROM without a
 * workflow of its own uses the national default.
 *
 * <p>The core's workflow engine applies transitions, checks that the caller holds the
 * transition's role, calls {@link #beforeTransition} and records every transition. When a
 * workflow is replaced by one that lacks a state, or removed, the records in that state are
 * held where they are and listed as needing attention ({@code GET /api/workflows/attention})
 * until an operator moves them: nothing is lost or moved silently.
 */
@ConsumerType
public interface Workflow {

    /** Service property: the kind of record the workflow is for; {@code input} for now. */
    String SUBJECT = "nts.workflow.subject";

    /** The subject of workflows for workshop inputs. */
    String INPUTS = "input";

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
     * limit (configuration {@code nl.nts.platform.workflows}, {@code hookTimeoutSeconds}); the
     * core's services it calls read the data as committed. Throw
     * {@link IllegalStateException} with a message for the user to refuse the transition.
     *
     * @param transition what is about to happen
     */
    default void beforeTransition(TransitionRequest transition) {
    }

    /**
     * A state.
     *
     * @param code     e.g. {@code triaged}: lowercase letters, digits and {@code -}
     * @param name     for people, e.g. "Triaged"
     * @param terminal true when no transition leaves it
     */
    record State(String code, String name, boolean terminal) {
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
     * @param subject    the kind of record, e.g. {@code input}
     * @param id         the record's id
     * @param rom        the ROM that owns it
     * @param transition the transition's code
     * @param from       the state it is in
     * @param to         the state it will be in
     * @param by         who takes the transition
     * @param reason     the reason given, or null
     */
    record TransitionRequest(String subject, long id, String rom, String transition, String from, String to, String by, String reason) {
    }
}
