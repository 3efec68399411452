package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Attention;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.model.WorkflowInfo;

/**
 * The workflow engine: applies the workflow of a record's ROM (a plugin's, or the national
 * default) to workshop inputs, the actions of plans, and plans (a plan's workflow is its lead
 * ROM's, the first of its {@code roms}). Records are created in their workflow's initial state
 * and change state only here: each transition checks that the caller may change the record and
 * holds the transition's role, runs the workflow's hook, and is recorded (history, audit trail)
 * before the {@link nl.nts.platform.api.plugin.TransitionListener}s are told.
 *
 * <p>The national defaults: inputs go received, triaged, then answered (only while an action
 * answers them) or declined; actions go {@code IDEA}, {@code IN_PREPARATION}, {@code FUNDED},
 * {@code RUNNING}, {@code DONE}, or {@code DROPPED} with a reason; plans go {@code DRAFT},
 * {@code CONSULTATION}, {@code SUBMITTED} (by the lead ROM's {@code rom-admin}), then
 * {@code APPROVED} or returned to {@code DRAFT} with a reason by {@code kia-operator}.
 */
@ProviderType
public interface Workflows {

    /** @return the workflows that apply now, for each subject ({@code input}, {@code action}, {@code plan}) and ROM */
    List<WorkflowInfo> list();

    /**
     * @param subject {@code input}, {@code action} or {@code plan}
     * @return the workflow that applies to this ROM's records of the subject now
     * @throws NotFoundException when no ROM has that code, or the subject is unknown
     * @since 2.0
     */
    WorkflowInfo get(String subject, String rom);

    /**
     * @return the workflow that applies to this ROM's inputs now
     * @throws NotFoundException when no ROM has that code
     */
    WorkflowInfo forInputs(String rom);

    /**
     * Takes a transition on an input.
     *
     * @param inputId    the input's id
     * @param transition the transition's code
     * @param reason     a reason, required by some transitions; may be null
     * @return the input in its new state
     * @throws NotFoundException   when no input has that id
     * @throws ValidationException when the transition does not leave the input's state, or a
     *                             reason is required (fields {@code transition}, {@code reason})
     * @throws ConflictException   when the input is held in a state its workflow lacks, or the
     *                             workflow's hook refuses (field {@code transition})
     * @throws SecurityException   when the caller may not change the input (its ROM's
     *                             users, plugin or an operator may) or lacks the
     *                             transition's role
     */
    Input transition(long inputId, String transition, String reason);

    /**
     * Moves an input to a state of its current workflow, whatever state it is in: the way out
     * for records held after a workflow changed. Needs the role {@code kia-operator} or
     * {@code rom-admin:<ROM>}.
     *
     * @throws ValidationException when the state is not one of the workflow's (field {@code state})
     * @throws ConflictException   when the input is not held (its state is one of its workflow's:
     *                             it moves by transitions), or the state counts as answered and
     *                             no action answers it
     * @throws SecurityException   when the caller lacks the role
     */
    Input move(long inputId, String state, String reason);

    /**
     * Takes a transition on a plan, under its lead ROM's plan workflow.
     *
     * @return the plan in its new state
     * @throws NotFoundException   when no plan has that id
     * @throws ValidationException when the transition does not leave the plan's state, or a reason is required
     * @throws ConflictException   when the workflow's hook refuses
     * @throws SecurityException   when the caller may not change the plan or lacks the transition's role
     * @since 2.0
     */
    Plan transitionPlan(long planId, String transition, String reason);

    /**
     * Takes a transition on an action, under its plan's lead ROM's action workflow.
     *
     * @return the action in its new state
     * @throws NotFoundException   when no action has that id
     * @throws ValidationException when the transition does not leave the action's state, or a reason is required
     * @throws ConflictException   when the workflow's hook refuses
     * @throws SecurityException   when the caller may not change the action or lacks the transition's role
     * @since 2.0
     */
    Action transitionAction(long actionId, String transition, String reason);

    /**
     * @param subject {@code input}, {@code action} or {@code plan}
     * @return the recorded state changes of a record, oldest first
     * @throws NotFoundException when there is no such record
     * @since 2.0
     */
    List<StateChange> history(String subject, long id);

    /** @return the inputs held in a state their ROM's current workflow does not know */
    List<Attention> attention();

    /** @return the recorded state changes of an input, oldest first */
    default List<StateChange> history(long inputId) {
        return history(nl.nts.platform.api.plugin.Workflow.INPUTS, inputId);
    }
}
