package nl.nts.platform.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One section of a report, e.g. "Actions" or "Budget": a heading, then paragraphs, facts,
 * charts and tables, shown in that order. A spreadsheet gives each section a sheet of its own.
 *
 * @param heading    the section's heading, in the report's language
 * @param paragraphs text, one paragraph an entry
 * @param facts      labelled values
 * @param charts     charts
 * @param tables     tables (see {@link Table#rows()} on streaming)
 */
public record Section(String heading, List<String> paragraphs, List<Fact> facts, List<Chart> charts, List<Table> tables) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /**
     * @param heading see {@link #heading()}
     * @return a builder of a section with that heading and nothing in it yet
     */
    public static Builder builder(String heading) {
        return new Builder(heading);
    }

    /** Builds a {@link Section} part by part, in the order shown. Not for concurrent use. */
    public static final class Builder {

        private final String heading;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();

        private Builder(String heading) {
            this.heading = heading;
        }

        /**
         * @param text a paragraph; ignored when null or blank
         * @return this builder
         */
        public Builder paragraph(String text) {
            if (text != null && !text.isBlank()) {
                paragraphs.add(text);
            }
            return this;
        }

        /**
         * @param fact a fact
         * @return this builder
         */
        public Builder fact(Fact fact) {
            facts.add(fact);
            return this;
        }

        /**
         * @param label see {@link Fact#label()}
         * @param type  see {@link Fact#type()}
         * @param value see {@link Fact#value()}
         * @return this builder
         */
        public Builder fact(String label, ValueType type, Object value) {
            return fact(new Fact(label, type, value));
        }

        /**
         * @param chart a chart
         * @return this builder
         */
        public Builder chart(Chart chart) {
            charts.add(chart);
            return this;
        }

        /**
         * @param table a table
         * @return this builder
         */
        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        /** @return a new section of the parts added so far */
        public Section build() {
            return new Section(heading, paragraphs, facts, charts, tables);
        }
    }
}
