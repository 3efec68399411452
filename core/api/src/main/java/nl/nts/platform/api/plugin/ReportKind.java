package nl.nts.platform.api.plugin;

/** The reports the core can hand to a {@link ReportFormat}. */
public enum ReportKind {
    /** A regional reinforcement plan: {@link Report.PlanReport}. */
    PLAN,
    /** The national action agenda of one key technology: {@link Report.AgendaReport}. */
    AGENDA,
    /** A workshop with its inputs: {@link Report.WorkshopReport}. */
    WORKSHOP,
    /**
     * The national overview for KIA: every ROM by value chain, the plans and their status, the
     * budget by source. Only a {@link nl.nts.platform.api.report.DocumentFormat} renders it
     * (there is no {@link Report} of it); its key is {@code national}.
     *
     * @since 2.1
     */
    OVERVIEW
}
