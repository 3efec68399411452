package nl.nts.platform.api.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of a section: columns and rows. Each row holds one value a column, in the columns'
 * order (see the package's "Values").
 *
 * @param title   what the table lists, in the report's language
 * @param columns its columns, at least one
 * @param rows    its rows; iterate them once, in order, keeping none (they may be read from the
 *                database while iterated). A row shorter than the columns leaves the rest empty
 */
public record Table(String title, List<Column> columns, Iterable<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        Objects.requireNonNull(rows, "rows");
    }
}
