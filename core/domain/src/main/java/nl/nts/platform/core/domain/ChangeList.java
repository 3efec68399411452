package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Change;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.api.service.Traces;

/**
 * The rules of a "changed since" list: a moment that is given and not in the future, pages that
 * reach at most {@link Traces#MAX_CHANGES} changes, newest first; and one page of several
 * sources, each read newest first and only as far as the page reaches.
 */
final class ChangeList {

    /** Newest first; of two at one moment, by kind and record, so pages never overlap. */
    static final Comparator<Change> NEWEST_FIRST = Comparator.comparing(Change::at).reversed()
            .thenComparing(Change::kind).thenComparing(Change::what).thenComparing(Comparator.comparingLong(Change::record).reversed());

    private ChangeList() {
    }

    /** @throws ValidationException naming {@code since} or {@code page} */
    static void check(Instant since, PageRequest page, Clock clock) {
        if (since == null) {
            throw new ValidationException("since", "is required: " + nl.nts.platform.core.shared.Moments.FORMS);
        }
        if (since.isAfter(clock.instant())) {
            // said as the user wrote it, most likely: the day and time in Amsterdam
            String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(since.atZone(nl.nts.platform.core.shared.Moments.ZONE));
            throw new ValidationException("since", "is " + when + " in Amsterdam, in the future: nothing can have changed since then");
        }
        if ((long) page.offset() + page.size() > Traces.MAX_CHANGES) {
            throw new ValidationException("page", "is " + page.page() + "; with pages of " + page.size() + " at most "
                    + Math.max(1, Traces.MAX_CHANGES / page.size()) + " pages are counted: choose a later 'since'");
        }
    }

    /** How many of each source's newest a page needs at most. */
    static int reach(PageRequest page) {
        return page.offset() + page.size();
    }

    /**
     * @param sources each source's newest changes (at least as many as {@link #reach}, where it
     *                has them), in any order
     * @param total   how many changes the sources hold together
     */
    static Page<Change> page(List<List<Change>> sources, long total, PageRequest page) {
        List<Change> all = new ArrayList<>();
        sources.forEach(all::addAll);
        all.sort(NEWEST_FIRST);
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), Math.max(total, all.size()), page.page(), page.size());
    }

    /** What a progress update says, in one line. */
    static String describe(ProgressUpdate u) {
        StringBuilder text = new StringBuilder();
        if (u.percent() != null) {
            text.append(u.percent()).append('%');
        }
        if (u.milestone() != null) {
            text.append(text.length() > 0 ? ", " : "").append("milestone '").append(u.milestone()).append('\'');
        }
        if (u.note() != null) {
            text.append(text.length() > 0 ? ": " : "").append(abbreviate(u.note()));
        }
        return text.append(" (").append(u.date()).append(')').toString();
    }

    /** What a measurement says, in one line. */
    static String describe(KpiMeasurement m) {
        return m.indicator() + " = " + m.value().toPlainString() + " (" + (m.source() == null ? "" : abbreviate(m.source()) + ", ") + m.date() + ")";
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
