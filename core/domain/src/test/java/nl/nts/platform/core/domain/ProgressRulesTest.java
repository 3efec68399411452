package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.api.model.Results;

class ProgressRulesTest {

    /** 23:30 UTC on 30 November is already 1 December in Amsterdam. */
    private final ProgressRules rules = new ProgressRules(Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC));

    @Test
    void todayIsTheDayInAmsterdamAndTheDefaultDate() {
        assertEquals(LocalDate.of(2026, 12, 1), rules.today());
        assertEquals(LocalDate.of(2026, 12, 1), rules.check(7, ProgressUpdate.builder().percent(10).build()).date());
        // today in Amsterdam is not the future
        assertEquals(LocalDate.of(2026, 12, 1), rules.check(7, ProgressUpdate.builder().percent(10).date(LocalDate.of(2026, 12, 1)).build()).date());
        assertEquals("date", field(() -> rules.check(7, ProgressUpdate.builder().percent(10).date(LocalDate.of(2026, 12, 2)).build())));
    }

    @Test
    void anUpdateSaysHowFarInPercentOrMilestoneOnTrimmedText() {
        ProgressUpdate stored = rules.check(7, ProgressUpdate.builder().id(99L).milestone("  Pilot running ").note(" \t ").build());
        assertEquals(7L, stored.action());
        assertNull(stored.id(), "ids are the core's");
        assertEquals("Pilot running", stored.milestone());
        assertNull(stored.note(), "blank is absent");
        assertEquals("percent", field(() -> rules.check(7, ProgressUpdate.builder().milestone("   ").note("only a note").build())));
        assertEquals("percent", field(() -> rules.check(7, ProgressUpdate.builder().percent(-1).build())));
        assertEquals("percent", field(() -> rules.check(7, ProgressUpdate.builder().percent(101).build())));
        assertEquals(100, rules.check(7, ProgressUpdate.builder().percent(100).build()).percent());
        assertEquals("milestone", field(() -> rules.check(7, ProgressUpdate.builder().milestone("x".repeat(201)).build())));
    }

    @Test
    void aMeasurementNamesOneOfTheActionsKpisAsItIsSpelled() {
        List<String> kpis = List.of("Start-ups with pilot line access", "Lead time");
        KpiMeasurement stored = rules.check(7, kpis, KpiMeasurement.builder().indicator(" START-UPS with pilot line ACCESS ").value(BigDecimal.TEN).build());
        assertEquals("Start-ups with pilot line access", stored.indicator());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> rules.check(7, kpis, KpiMeasurement.builder().indicator("Jobs").value(BigDecimal.ONE).build()));
        assertTrue(unknown.getMessage().contains("Lead time"), "names the KPIs there are: " + unknown.getMessage());
        assertEquals("indicator", field(() -> rules.check(7, List.of(), KpiMeasurement.builder().indicator("Jobs").value(BigDecimal.ONE).build())));
        assertEquals("value", field(() -> rules.check(7, kpis, KpiMeasurement.builder().indicator("Lead time").build())));
        assertEquals("value", field(() -> rules.check(7, kpis, KpiMeasurement.builder().indicator("Lead time").value(new BigDecimal("1.23456")).build())));
    }

    @Test
    void aTargetIsReachedUpwardsOrDownwardsFromTheBaseline() {
        assertTrue(Kpi.reaches(new BigDecimal("2"), new BigDecimal("12"), new BigDecimal("12")));
        assertEquals(false, Kpi.reaches(new BigDecimal("2"), new BigDecimal("12"), new BigDecimal("11.9")));
        assertTrue(Kpi.reaches(null, new BigDecimal("12"), new BigDecimal("13")));
        assertTrue(Kpi.reaches(new BigDecimal("26"), new BigDecimal("12"), new BigDecimal("11.5")), "fewer weeks is better");
        assertEquals(false, Kpi.reaches(new BigDecimal("26"), new BigDecimal("12"), new BigDecimal("13")));
        assertNull(Kpi.reaches(new BigDecimal("26"), new BigDecimal("12"), null), "not measured is neither");
    }

    @Test
    void resultsCountProgressAndKpisMet() {
        Kpi met = Kpi.builder().indicator("a").target(BigDecimal.ONE).realised(BigDecimal.ONE).met(true).build();
        Kpi notMet = Kpi.builder().indicator("b").target(BigDecimal.TEN).realised(BigDecimal.ONE).met(false).build();
        Kpi unmeasured = Kpi.builder().indicator("c").target(BigDecimal.TEN).build();
        Action first = Action.builder().status(ActionStatus.DONE).kpis(List.of(met, notMet))
                .progress(ProgressUpdate.builder().percent(100).build()).build();
        Action second = Action.builder().status(ActionStatus.FUNDED).kpis(List.of(unmeasured))
                .progress(ProgressUpdate.builder().percent(35).build()).build();
        Action third = Action.builder().status(ActionStatus.IDEA).progress(ProgressUpdate.builder().milestone("kick-off").build()).build();
        assertEquals(new Results(3, 2, 68, 1, 3, 2, 1), Results.of(List.of(first, second, third)));
        assertEquals(Results.NONE, Results.of(List.of()));
    }

    private static String field(Runnable check) {
        return assertThrows(ValidationException.class, check::run).violations().get(0).field();
    }
}
