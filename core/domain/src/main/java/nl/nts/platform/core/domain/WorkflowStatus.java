package nl.nts.platform.core.domain;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.Codes;

/**
 * The status of a record under a workflow, on create and replace: a new record starts in its
 * workflow's initial state, and a stored one changes state only by the workflow's transitions
 * (with their roles, reasons, hooks and history). Only the core itself seeds records in later
 * states (the sample data).
 */
final class WorkflowStatus {

    private WorkflowStatus() {
    }

    /**
     * @param kind      e.g. {@code plan}; its REST collection is {@code kind + "s"}
     * @param id        the stored record's id, null for a new one
     * @param stored    its stored status, null for a new one
     * @param requested the status the caller sent, or null
     * @param initial   the workflow's initial state
     * @return the status to store
     */
    static <S> S decide(String kind, Long id, S stored, S requested, S initial, Caller who) {
        if (stored == null) {
            if (requested == null || requested.equals(initial) || who.kind() == Caller.Kind.SYSTEM) {
                return requested == null ? initial : requested;
            }
            throw new ValidationException("status", "a new " + kind + " starts in '" + initial + "'; '"
                    + Codes.abbreviate(String.valueOf(requested)) + "' is reached by its workflow's transitions (POST /api/" + kind
                    + "s/{id}/transitions)");
        }
        if (requested == null || requested.equals(stored)) {
            return stored;
        }
        throw new ConflictException("status", kind + " " + id + " is '" + stored + "'; its status changes only through its workflow: POST /api/"
                + kind + "s/" + id + "/transitions");
    }
}
