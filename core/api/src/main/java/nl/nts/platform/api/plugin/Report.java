package nl.nts.platform.api.plugin;

import java.util.List;

import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.Workshop;

/**
 * The data of one report, read by the core in one go and handed to a {@link ReportFormat}.
 * Switch over the permitted kinds:
 *
 * <pre>{@code
 * switch (report.kind()) {
 *     case PLAN -> writePlan(((Report.PlanReport) report).overview(), out);
 *     ...
 * }
 * }</pre>
 */
public sealed interface Report permits Report.PlanReport, Report.AgendaReport, Report.WorkshopReport {

    /** @return which report this is */
    ReportKind kind();

    /** @return a title for the report, e.g. the plan's title */
    String title();

    /**
     * @return the ROMs that own the reported record; empty for a national report (an agenda)
     */
    List<String> roms();

    /**
     * A reinforcement plan with its actions and the inputs each answers.
     *
     * @param overview      the plan, its actions and their inputs
     * @param organisations the organisations the actions name (owners and partners), by id order
     */
    record PlanReport(PlanOverview overview, List<Organisation> organisations) implements Report {
        public PlanReport {
            organisations = List.copyOf(organisations);
        }

        @Override
        public ReportKind kind() {
            return ReportKind.PLAN;
        }

        @Override
        public String title() {
            return overview.plan().title();
        }

        @Override
        public List<String> roms() {
            return overview.plan().roms();
        }
    }

    /**
     * The national action agenda of one key technology.
     *
     * @param agenda the agenda with its actions and totals
     */
    record AgendaReport(Agenda agenda) implements Report {
        @Override
        public ReportKind kind() {
            return ReportKind.AGENDA;
        }

        @Override
        public String title() {
            return "National action agenda " + agenda.technology().code() + " " + agenda.technology().nameEn();
        }

        @Override
        public List<String> roms() {
            return List.of();
        }
    }

    /**
     * A workshop with the input brought in at it.
     *
     * @param workshop      the workshop
     * @param inputs        its inputs
     * @param organisations the participating and contributing organisations
     */
    record WorkshopReport(Workshop workshop, List<Input> inputs, List<Organisation> organisations) implements Report {
        public WorkshopReport {
            inputs = List.copyOf(inputs);
            organisations = List.copyOf(organisations);
        }

        @Override
        public ReportKind kind() {
            return ReportKind.WORKSHOP;
        }

        @Override
        public String title() {
            return workshop.title() + " (" + workshop.date() + ")";
        }

        @Override
        public List<String> roms() {
            List<String> roms = new java.util.ArrayList<>();
            roms.add(workshop.rom());
            roms.addAll(workshop.coOrganisers());
            return List.copyOf(roms);
        }
    }
}
