package nl.nts.platform.api.plugin;

/** The reports the core can hand to a {@link ReportFormat}. */
public enum ReportKind {
    /** A regional reinforcement plan: {@link Report.PlanReport}. */
    PLAN,
    /** The national action agenda of one key technology: {@link Report.AgendaReport}. */
    AGENDA,
    /** A workshop with its inputs: {@link Report.WorkshopReport}. */
    WORKSHOP
}
