package nl.nts.platform.api.model;

/** Where an action stands. */
public enum ActionStatus {
    IDEA,
    IN_PREPARATION,
    FUNDED,
    RUNNING,
    DONE,
    DROPPED
}
