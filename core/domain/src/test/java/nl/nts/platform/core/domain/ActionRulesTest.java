package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.Kpi;

class ActionRulesTest {

    private final ActionRules rules = new ActionRules(Set.of("NTS01", "NTS09")::contains);

    private static Action action(Long owner, List<Long> partners, LocalDate start, LocalDate end, Budget budget, List<Kpi> kpis) {
        return new Action(null, 1L, "Pilot line", null, owner, partners, Horizon.SHORT_TERM, start, end, budget, kpis, null,
                List.of("NTS09"), List.of(), null, null, null);
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aGoodActionPassesWithItsStatusLeftToItsWorkflow() {
        Action checked = rules.check(action(7L, List.of(8L), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                new Budget(new BigDecimal("100.50"), new BigDecimal("60.25"), new BigDecimal("40.25"), "fund"),
                List.of(new Kpi("start-ups", BigDecimal.ZERO, BigDecimal.TEN, "companies", 2027))));
        // the status is its workflow's: WorkflowStatus decides it (IDEA for a new action)
        assertNull(checked.status());
    }

    @Test
    void publicAndPrivateFundingMakeTheTotal() {
        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(action(null, List.of(), null, null,
                new Budget(new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("50"), null), List.of())));
        assertEquals(List.of("budget.total"), fields(e));
        assertEquals("is 100 but public (60) and private (50) funding make 110", e.violations().get(0).message());
    }

    @Test
    void amountsAreEurosAndCentsAndNeverNegative() {
        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(action(null, List.of(), null, null,
                new Budget(new BigDecimal("10.001"), new BigDecimal("-1"), null, null), List.of())));
        assertEquals(List.of("budget.total", "budget.publicFunding"), fields(e));
        assertEquals(List.of("budget.total"), fields(assertThrows(ValidationException.class,
                () -> rules.check(action(null, List.of(), null, null, new Budget(null, null, null, "x"), List.of())))));
    }

    @Test
    void datesKpisAndPeopleAreChecked() {
        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(action(7L, List.of(7L, 8L, 8L),
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), null,
                List.of(new Kpi(" ", null, null, null, 1999)))));
        assertEquals(List.of("partners[2]", "partners", "end", "kpis[0].indicator", "kpis[0].target", "kpis[0].unit", "kpis[0].year"),
                fields(e));
    }

    /** KPI values a plugin passes are bounded like those of a JSON body: the column holds 15 digits and 4 decimals. */
    @Test
    void kpiValuesOutOfTheColumnsRangeAreBrokenRules() {
        for (String value : List.of("1e30", "1234567890123456", "0.00001", "1e-100000000")) {
            Kpi kpi = new Kpi("start-ups", new BigDecimal(value), new BigDecimal(value), "companies", 2027);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> rules.check(action(7L, List.of(), null, null, null, List.of(kpi))), value);
            assertEquals(List.of("kpis[0].baseline", "kpis[0].target"), fields(e), value);
        }
        rules.check(action(7L, List.of(), null, null, null, List.of(new Kpi("x", new BigDecimal("999999999999999.5000"),
                new BigDecimal("12.25"), "u", 2027))));
    }

    @Test
    void anActionAnsweringAPhotonicsInputAdvancesPhotonicsWhateverItsPlansChain() {
        List<String> semiconductors = List.of("NTS06", "NTS09");
        // given: kept, with the inputs' added
        assertEquals(List.of("NTS01", "NTS09"), ActionRules.technologies(List.of("NTS09"), semiconductors, List.of(List.of("NTS01"))));
        // none given: the chain's, with the inputs' added
        assertEquals(List.of("NTS01", "NTS06", "NTS09"), ActionRules.technologies(List.of(), semiconductors, List.of(List.of("NTS01"))));
        // each once, sorted, from every input
        assertEquals(List.of("NTS01", "NTS02", "NTS05", "NTS09"), ActionRules.technologies(List.of("NTS09", "NTS05"), semiconductors,
                List.of(List.of("NTS02", "NTS09"), List.of("NTS01"), List.of())));
        // no inputs: as before
        assertEquals(semiconductors, ActionRules.technologies(List.of(), semiconductors, List.of()));
        assertEquals(List.of("NTS02"), ActionRules.technologies(List.of("NTS02"), semiconductors, List.of()));
    }
}
