package nl.nts.platform.core.domain;

import static nl.nts.platform.api.model.CallStatus.CANCELLED;
import static nl.nts.platform.api.model.CallStatus.CLOSED;
import static nl.nts.platform.api.model.CallStatus.FORTHCOMING;
import static nl.nts.platform.api.model.CallStatus.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.FundingCall;

/** A funding call's status follows its dates, in Amsterdam's calendar, with the source's word where a date is unknown. */
class CallStatusByDatesTest {

    /** 1 April 2026 09:00 in Amsterdam: summer time (UTC+2) since 29 March. */
    private static final Instant OPENING = amsterdam("2026-04-01T09:00");
    /** 30 October 2026 17:00 in Amsterdam: winter time (UTC+1) again since 25 October. */
    private static final Instant DEADLINE = amsterdam("2026-10-30T17:00");

    private static Instant amsterdam(String localTime) {
        return LocalDateTime.parse(localTime).atZone(CallStatusByDates.ZONE).toInstant();
    }

    private static CallStatus at(String amsterdamTime) {
        return CallStatusByDates.at(FORTHCOMING, OPENING, DEADLINE, amsterdam(amsterdamTime));
    }

    @Test
    void onTheOpeningDayTheCallOpensAtItsHourInAmsterdam() {
        assertEquals(Instant.parse("2026-04-01T07:00:00Z"), OPENING);
        assertEquals(FORTHCOMING, at("2026-03-31T23:59:59"));
        assertEquals(FORTHCOMING, at("2026-04-01T08:59:59"));
        assertEquals(OPEN, at("2026-04-01T09:00"));
        assertEquals(OPEN, at("2026-04-01T12:00"));
    }

    @Test
    void onTheDeadlineDayTheCallClosesAtItsHourInAmsterdam() {
        assertEquals(Instant.parse("2026-10-30T16:00:00Z"), DEADLINE);
        assertEquals(OPEN, at("2026-10-30T00:00"));
        assertEquals(OPEN, at("2026-10-30T16:59:59"));
        assertEquals(CLOSED, at("2026-10-30T17:00"));
        assertEquals(CLOSED, at("2026-10-31T09:00"));
        // an hour in UTC that is still before the deadline in winter would be after it in summer
        assertEquals(OPEN, CallStatusByDates.at(OPEN, OPENING, DEADLINE, Instant.parse("2026-10-30T15:30:00Z")));
    }

    @ParameterizedTest
    @EnumSource(value = CallStatus.class, names = {"FORTHCOMING", "OPEN", "CLOSED"})
    void whenBothDatesAreKnownTheyDecideWhateverWasStored(CallStatus stored) {
        assertEquals(FORTHCOMING, CallStatusByDates.at(stored, OPENING, DEADLINE, OPENING.minusSeconds(1)));
        assertEquals(OPEN, CallStatusByDates.at(stored, OPENING, DEADLINE, OPENING));
        assertEquals(CLOSED, CallStatusByDates.at(stored, OPENING, DEADLINE, DEADLINE));
    }

    @Test
    void aCancelledCallStaysCancelled() {
        for (Instant now : List.of(OPENING.minusSeconds(1), OPENING, DEADLINE)) {
            assertEquals(CANCELLED, CallStatusByDates.at(CANCELLED, OPENING, DEADLINE, now));
        }
        assertEquals(CANCELLED, CallStatusByDates.at(CANCELLED, null, null, OPENING));
    }

    @Test
    void whereADateIsUnknownTheStatusGivenFillsIn() {
        Instant now = OPENING.plusSeconds(3600);
        // no dates: the source's word
        for (CallStatus given : CallStatus.values()) {
            assertEquals(given, CallStatusByDates.at(given, null, null, now));
        }
        assertEquals(FORTHCOMING, CallStatusByDates.at(null, null, null, now));
        // no opening, deadline ahead: forthcoming or open as given, never closed
        assertEquals(FORTHCOMING, CallStatusByDates.at(FORTHCOMING, null, DEADLINE, now));
        assertEquals(OPEN, CallStatusByDates.at(OPEN, null, DEADLINE, now));
        assertEquals(OPEN, CallStatusByDates.at(CLOSED, null, DEADLINE, now));
        assertEquals(CLOSED, CallStatusByDates.at(OPEN, null, DEADLINE, DEADLINE));
        // no deadline: open from the opening until a source says it is closed
        assertEquals(FORTHCOMING, CallStatusByDates.at(OPEN, OPENING, null, OPENING.minusSeconds(1)));
        assertEquals(OPEN, CallStatusByDates.at(FORTHCOMING, OPENING, null, now));
        assertEquals(OPEN, CallStatusByDates.at(OPEN, OPENING, null, now));
        assertEquals(CLOSED, CallStatusByDates.at(CLOSED, OPENING, null, now));
        assertEquals(CLOSED, CallStatusByDates.at(CLOSED, OPENING, null, OPENING.minusSeconds(1)));
    }

    @Test
    void deriveTwiceIsDeriveOnce() {
        // a backup or a client writing back what it read stores the derived status: later reads must not differ
        List<Instant> moments = List.of(OPENING.minusSeconds(1), OPENING, DEADLINE.minusSeconds(1), DEADLINE);
        for (Instant opening : new Instant[] {null, OPENING}) {
            for (Instant deadline : new Instant[] {null, DEADLINE}) {
                for (CallStatus given : CallStatus.values()) {
                    for (int i = 0; i < moments.size(); i++) {
                        CallStatus read = CallStatusByDates.at(given, opening, deadline, moments.get(i));
                        for (Instant later : moments.subList(i, moments.size())) {
                            assertEquals(CallStatusByDates.at(given, opening, deadline, later), CallStatusByDates.at(read, opening, deadline, later),
                                    given + " " + opening + " " + deadline + " read at " + moments.get(i) + ", again at " + later);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSampleCallsAreClosedOpenAndForthcomingOnWhicheverDayTheyAreLoaded() {
        for (LocalDate today : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 12, 31), LocalDate.of(2031, 7, 1))) {
            Instant loaded = today.atTime(12, 0).atZone(CallStatusByDates.ZONE).toInstant();
            Map<CallStatus, Long> byStatus = SampleDataSet.shipped().funding().calls().stream().map(c -> c.call(today))
                    .map(c -> CallStatusByDates.at(c.status(), c.opening(), c.deadline(), loaded))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(Map.of(CLOSED, 1L, OPEN, 1L, FORTHCOMING, 1L), byStatus, today.toString());
        }
        FundingCall quantum = SampleDataSet.shipped().funding().calls().get(1).call(LocalDate.of(2026, 7, 1));
        // 17:00 in Brussels and Amsterdam, summer time
        assertEquals(LocalDateTime.of(2026, 9, 14, 15, 0), LocalDateTime.ofInstant(quantum.deadline(), ZoneOffset.UTC));
    }
}
