package nl.nts.platform.plugins.reportcsv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.plugin.Report;

class CsvReportsTest {

    @Test
    void aPlanIsOneRowPerActionWithItsInputsAndKpis() throws Exception {
        Plan plan = new Plan(21L, "Plan, semiconductors", "VC01", List.of("BOM"), LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
                PlanStatus.DRAFT, 1, null, 1L, null);
        Input input = new Input(51L, 1L, null, InputKind.CHALLENGE, "TALENT", List.of(), null, "too few \"technicians\"", "answered", "BOM",
                List.of(7L), 1L, null);
        Action action = new Action(7L, 21L, "Talent roadmap", null, 3L, List.of(4L), Horizon.ROADMAP, LocalDate.of(2026, 9, 1), null,
                new Budget(new BigDecimal("2000000.00"), new BigDecimal("1000000.00"), new BigDecimal("1000000.00"), "fund"),
                List.of(new Kpi("people trained", BigDecimal.ZERO, new BigDecimal("500.0000"), "people", 2030)), ActionStatus.IDEA,
                List.of("NTS09"), List.of(51L), List.of("BOM"), 1L, null);
        Report report = new Report.PlanReport(new PlanOverview(plan, List.of(new PlanOverview.ActionWithInputs(action, List.of(input)))),
                List.of(org(3L, "TU Zuid"), org(4L, "=HYPERLINK(evil)")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReports().render(report, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals(2, lines.length);
        assertEquals("\"Plan, semiconductors\",7,Talent roadmap,ROADMAP,IDEA,TU Zuid,'=HYPERLINK(evil),2026-09-01,,2000000,1000000,1000000,"
                + "fund,NTS09,51 TALENT,people trained: 0 -> 500 people by 2030", lines[1]);
    }

    @Test
    void cellsAreQuotedOnlyWhenTheyNeedIt() {
        assertEquals("plain", CsvWriter.escape("plain"));
        assertEquals("\"a,b\"", CsvWriter.escape("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.escape("say \"hi\""));
        assertEquals("-12.5", CsvWriter.escape("-12.5"));
        assertEquals("'@SUM(A1)", CsvWriter.escape("@SUM(A1)"));
    }

    private static Organisation org(long id, String name) {
        return new Organisation(id, name, OrganisationKind.SME, null, null, null, "NL", "Utrecht", null, null, List.of(), List.of(), null,
                null, 1L, null);
    }
}
