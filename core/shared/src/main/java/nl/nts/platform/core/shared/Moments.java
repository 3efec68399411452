package nl.nts.platform.core.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A moment as users type it, for "since" and the like: a date ({@code 2026-11-01}, meaning the
 * start of that day in Amsterdam, where the platform's users are) or an ISO instant with an
 * offset ({@code 2026-11-01T09:00:00Z}).
 */
public final class Moments {

    /** The zone a date is read in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** What a moment looks like, for messages. */
    public static final String FORMS = "a date (YYYY-MM-DD) or an instant (2026-11-01T09:00:00Z)";

    private Moments() {
    }

    /** @return the moment, or empty when the text is neither form or its year lies outside {@link Codes#FIRST_YEAR}..{@link Codes#LAST_YEAR} */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return inYears(day.getYear()) ? Optional.of(day.atStartOfDay(ZONE).toInstant()) : Optional.empty();
            }
            OffsetDateTime at = OffsetDateTime.parse(t);
            return inYears(at.getYear()) ? Optional.of(at.toInstant()) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean inYears(int year) {
        return year >= Codes.FIRST_YEAR && year <= Codes.LAST_YEAR;
    }
}
