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

    @Test
    void theOptionsOfBeforeOnePointOneMeanTheLanguagesLocaleNoParametersAndADownload() {
        ReportOptions old = new ReportOptions("nl", null);
        assertEquals(java.util.Locale.forLanguageTag("nl"), old.locale());
        assertEquals(java.util.Map.of(), old.parameters());
        assertEquals(false, old.inline());
        assertEquals(old, ReportOptions.builder().language("nl").build());
    }

    @Test
    void parametersAreACopyThatNoOneChanges() {
        java.util.Map<String, java.util.List<String>> sent = new java.util.LinkedHashMap<>();
        sent.put("separator", new java.util.ArrayList<>(java.util.List.of(";")));
        sent.put("empty", null);
        ReportOptions options = ReportOptions.builder().parameters(sent).locale(java.util.Locale.forLanguageTag("nl-BE")).inline(true).build();
        sent.get("separator").add(",");
        sent.put("later", java.util.List.of("x"));

        assertEquals(java.util.Map.of("separator", java.util.List.of(";"), "empty", java.util.List.of()), options.parameters());
        assertThrows(UnsupportedOperationException.class, () -> options.parameters().put("x", java.util.List.of()));
        assertEquals("nl-BE", options.toBuilder().build().locale().toLanguageTag());
        assertEquals(true, options.toBuilder().build().inline());
    }
}
