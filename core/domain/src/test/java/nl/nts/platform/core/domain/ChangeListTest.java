package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Change;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.api.service.Traces;
import nl.nts.platform.core.shared.Moments;

class ChangeListTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void sinceIsRequiredAndNotInTheFuture() {
        assertEquals("since", field(() -> ChangeList.check(null, PageRequest.first(), CLOCK)));
        assertEquals("since", field(() -> ChangeList.check(NOW.plusSeconds(1), PageRequest.first(), CLOCK)));
        ChangeList.check(NOW, PageRequest.first(), CLOCK);
        ChangeList.check(Instant.parse("1990-01-01T00:00:00Z"), PageRequest.first(), CLOCK);
    }

    @Test
    void pagesReachAtMostTheBound() {
        int size = 200;
        int last = Traces.MAX_CHANGES / size;
        ChangeList.check(NOW, new PageRequest(last, size, null), CLOCK);
        assertEquals("page", field(() -> ChangeList.check(NOW, new PageRequest(last + 1, size, null), CLOCK)));
        assertEquals(Traces.MAX_CHANGES, ChangeList.reach(new PageRequest(last, size, null)));
    }

    @Test
    void sourcesMergeNewestFirstAndPagesNeitherOverlapNorSkip() {
        List<Change> a = new ArrayList<>();
        List<Change> b = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            a.add(change(i * 2, "action", i));
            b.add(change(i * 2 + 1, "progress-update", 100 + i));
        }
        // one moment twice: the order must still be total
        b.add(change(4, "kpi-measurement", 200));
        List<Change> seen = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            PageRequest request = new PageRequest(page, 4, null);
            Page<Change> p = ChangeList.page(List.of(a, b), 15, request);
            assertEquals(15, p.total());
            seen.addAll(p.items());
        }
        assertEquals(15, seen.size());
        assertEquals(15, seen.stream().distinct().count());
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(true, !seen.get(i).at().isAfter(seen.get(i - 1).at()), "newest first at " + i);
        }
    }

    @Test
    void progressAndMeasurementsSayWhatTheyRecord() {
        ProgressUpdate u = ProgressUpdate.builder().percent(40).milestone("vouchers").note("First vouchers granted").date(LocalDate.of(2026, 11, 30)).build();
        assertEquals("40%, milestone 'vouchers': First vouchers granted (2026-11-30)", ChangeList.describe(u));
        KpiMeasurement m = KpiMeasurement.builder().indicator("start-ups").value(new BigDecimal("7.0")).date(LocalDate.of(2026, 11, 1)).build();
        assertEquals("start-ups = 7.0 (2026-11-01)", ChangeList.describe(m));
        assertEquals("start-ups = 7.0 (RVO, 2026-11-01)", ChangeList.describe(m.toBuilder().source("RVO").build()));
    }

    @Test
    void aDateIsItsStartInAmsterdam() {
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), Moments.parse("2026-11-01").orElseThrow());
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), Moments.parse(" 2026-07-01 ").orElseThrow());
        assertEquals(Instant.parse("2026-11-01T09:00:00Z"), Moments.parse("2026-11-01T10:00:00+01:00").orElseThrow());
        assertEquals(true, Moments.parse("yesterday").isEmpty());
        assertEquals(true, Moments.parse("2026-13-01").isEmpty());
        assertEquals(true, Moments.parse("1800-01-01").isEmpty());
        assertEquals(true, Moments.parse("x".repeat(1000)).isEmpty());
    }

    private static Change change(int minutes, String kind, long record) {
        return new Change(NOW.minusSeconds(60L * minutes), "bom-member", kind, "create", record, 1L, "t", null, null, null, null);
    }

    private static String field(Runnable r) {
        return assertThrows(ValidationException.class, r::run).violations().get(0).field();
    }
}
