package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Attention;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.model.WorkflowInfo;

/**
 * The workflow engine: applies the workflow of a record's ROM (a plugin's, or the national
 * default) to workshop inputs.
 */
@ProviderType
public interface Workflows {

    /** @return the workflow that applies to each ROM's inputs now, ordered by ROM */
    List<WorkflowInfo> list();

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
     * @throws SecurityException   when the caller lacks the role
     */
    Input move(long inputId, String state, String reason);

    /** @return the inputs held in a state their ROM's current workflow does not know */
    List<Attention> attention();

    /** @return the recorded state changes of an input, oldest first */
    List<StateChange> history(long inputId);
}
