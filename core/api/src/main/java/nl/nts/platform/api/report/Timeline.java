package nl.nts.platform.api.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Spans of time, one a line: the actions from start to end.
 *
 * @param title   see {@link Chart#title()}
 * @param spans   the spans, in the order to draw them (the core sends a bounded number)
 * @param omitted how many more the chart leaves out, to stay readable; zero when none
 */
public record Timeline(String title, List<Span> spans, long omitted) implements Chart {

    public Timeline {
        Objects.requireNonNull(title, "title");
        spans = List.copyOf(spans);
    }

    /**
     * @param label what the span is, e.g. an action's title
     * @param start its first day
     * @param end   its last day, not before {@code start}
     * @param group what it belongs to, e.g. the horizon; may be null
     */
    public record Span(String label, LocalDate start, LocalDate end, String group) {

        public Span {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("span '" + label + "' ends before it starts");
            }
        }
    }

    /** @return the first start; null when there are no spans */
    public LocalDate first() {
        return spans.stream().map(Span::start).min(LocalDate::compareTo).orElse(null);
    }

    /** @return the last end; null when there are no spans */
    public LocalDate last() {
        return spans.stream().map(Span::end).max(LocalDate::compareTo).orElse(null);
    }
}
