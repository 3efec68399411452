package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.core.shared.Codes;

/** The rules a progress update and a KPI measurement follow that need no database (see ActionProgress's javadoc). */
final class ProgressRules {

    /** The day "today" is, for the dates of progress: the platform's users are Dutch. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    ProgressRules(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The update as it will be stored: trimmed, dated, for the given action. */
    ProgressUpdate check(long action, ProgressUpdate u) {
        List<Violation> violations = new ArrayList<>();
        LocalDate date = date(u.date(), violations);
        if (u.percent() != null && (u.percent() < 0 || u.percent() > 100)) {
            violations.add(new Violation("percent", "is " + u.percent() + "; a percentage done is 0 to 100"));
        }
        String milestone = Codes.text("milestone", u.milestone(), false, 200, violations);
        String note = Codes.text("note", u.note(), false, 4000, violations);
        if (u.percent() == null && milestone == null) {
            violations.add(new Violation("percent", "or a milestone is required: how far the action is"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return ProgressUpdate.builder().action(action).date(date).percent(u.percent()).milestone(milestone).note(note).build();
    }

    /**
     * The measurement as it will be stored, its indicator spelled as the action's KPI spells it.
     *
     * @param indicators the indicators of the action's KPIs
     */
    KpiMeasurement check(long action, List<String> indicators, KpiMeasurement m) {
        List<Violation> violations = new ArrayList<>();
        String given = Codes.text("indicator", m.indicator(), true, 200, violations);
        String indicator = given == null ? null : indicators.stream().filter(i -> i.strip().equalsIgnoreCase(given)).findFirst().orElse(null);
        if (given != null && indicator == null) {
            violations.add(new Violation("indicator", indicators.isEmpty() ? "cannot be measured: action " + action + " has no KPIs"
                    : "'" + Codes.abbreviate(given) + "' is not a KPI of action " + action + "; its KPIs: " + String.join("; ", indicators)));
        }
        if (m.value() == null) {
            violations.add(new Violation("value", "is required: what was measured, in the KPI's unit"));
        } else if (m.value().scale() > 4 || m.value().precision() - m.value().scale() > 15) {
            violations.add(new Violation("value", "has more than 15 digits before or 4 after the decimal point"));
        }
        LocalDate date = date(m.date(), violations);
        String source = Codes.text("source", m.source(), false, 200, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return KpiMeasurement.builder().action(action).indicator(indicator).value(m.value()).date(date).source(source).build();
    }

    private LocalDate date(LocalDate given, List<Violation> violations) {
        LocalDate today = today();
        if (given == null) {
            return today;
        }
        Codes.checkYear("date", given, violations);
        if (given.isAfter(today)) {
            violations.add(new Violation("date", "is " + given + ", after today (" + today + "): progress is recorded once it is seen"));
        }
        return given;
    }
}
