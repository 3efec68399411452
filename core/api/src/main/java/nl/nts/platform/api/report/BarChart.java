package nl.nts.platform.api.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Bars, each stacked from one value per series: e.g. the budget by status (one bar a status)
 * in public and private money (two series), or the actions by ROM in short term and roadmap.
 *
 * @param title  see {@link Chart#title()}
 * @param type   what the values are: {@link ValueType#MONEY} or {@link ValueType#INTEGER}
 * @param series the names of the stacked parts, at least one, e.g. "public", "private"
 * @param bars   the bars, in the order to draw them
 */
public record BarChart(String title, ValueType type, List<String> series, List<Bar> bars) implements Chart {

    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        series = List.copyOf(series);
        bars = List.copyOf(bars);
        for (Bar bar : bars) {
            if (bar.values().size() != series.size()) {
                throw new IllegalArgumentException("bar '" + bar.label() + "' has " + bar.values().size() + " values for " + series.size() + " series");
            }
        }
    }

    /**
     * @param label  what the bar stands for
     * @param values one value a series, none negative
     */
    public record Bar(String label, List<BigDecimal> values) {

        public Bar {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }

        /** @return the values together: the bar's height */
        public BigDecimal total() {
            return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** @return the highest bar's total; zero when there are no bars */
    public BigDecimal max() {
        return bars.stream().map(Bar::total).reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
