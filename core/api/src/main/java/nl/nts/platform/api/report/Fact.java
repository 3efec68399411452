package nl.nts.platform.api.report;

import java.util.Objects;

/**
 * One labelled value of a section, e.g. "Total budget: € 4,200,000".
 *
 * @param label what the value is, in the report's language
 * @param type  what the value holds
 * @param value the value (see the package's "Values"); may be null for "not known"
 */
public record Fact(String label, ValueType type, Object value) {

    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }

    /**
     * @param label see {@link #label()}
     * @param value see {@link #value()}
     * @return a text fact
     */
    public static Fact text(String label, String value) {
        return new Fact(label, ValueType.TEXT, value);
    }
}
