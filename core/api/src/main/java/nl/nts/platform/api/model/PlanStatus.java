package nl.nts.platform.api.model;

/** Where a reinforcement plan is on its way to the national agendas. */
public enum PlanStatus {
    DRAFT,
    CONSULTATION,
    SUBMITTED,
    APPROVED
}
