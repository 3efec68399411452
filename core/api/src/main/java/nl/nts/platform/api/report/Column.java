package nl.nts.platform.api.report;

import java.util.Objects;

/**
 * A column of a {@link Table}.
 *
 * @param header the column's heading, in the report's language
 * @param type   what its cells hold
 */
public record Column(String header, ValueType type) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }

    /**
     * @param header see {@link #header()}
     * @return a text column
     */
    public static Column text(String header) {
        return new Column(header, ValueType.TEXT);
    }

    /**
     * @param header see {@link #header()}
     * @param type   see {@link #type()}
     * @return a column of that type
     */
    public static Column of(String header, ValueType type) {
        return new Column(header, type);
    }
}
