package nl.nts.platform.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ValidationException;

/** What a report may be asked for is decided here, once, for REST, the shell and plugins alike. */
class ReportOptionsTest {

    @Test
    void aLanguageIsNlOrEnWrittenAnyWayAndNoneIsEnglish() {
        assertEquals("nl", ReportOptions.builder().language(" NL ").build().language());
        assertEquals("en", ReportOptions.builder().language(null).build().language());
        assertEquals("en", ReportOptions.builder().language("  ").build().language());
        ValidationException e = assertThrows(ValidationException.class, () -> ReportOptions.builder().language("fr").build());
        assertEquals("lang", e.violations().get(0).field());
    }

    @Test
    void sinceIsADayOfTheYearsThePlatformHolds() {
        assertEquals(LocalDate.of(1900, 1, 1), ReportOptions.builder().since(LocalDate.of(1900, 1, 1)).build().since());
        for (LocalDate day : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1), LocalDate.of(-5, 1, 1)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> ReportOptions.builder().since(day).build(), day.toString());
            assertEquals("since", e.violations().get(0).field());
        }
    }
}
