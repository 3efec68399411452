package nl.nts.platform.core.store.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database's schema as plain text lines, read through JDBC's metadata so that it reads the same
 * on H2 and PostgreSQL: tables and columns (type, length, precision, nullability), primary keys,
 * unique and other indexes, foreign keys, sequences. Names are upper-cased; names a database made
 * up itself (H2's CONSTRAINT_..., PostgreSQL's ..._pkey) are left out, so two schemas made in a
 * different order compare equal. Liquibase's own tables are left out. An index on exactly a
 * foreign key's columns is left out too: H2 makes one for every foreign key itself, PostgreSQL
 * gets them from the changelog only (EclipseLink makes none), so {@link #unindexedForeignKeys}
 * checks them instead, by the columns they serve rather than by name.
 */
final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    static List<String> of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        TreeSet<String> lines = new TreeSet<>();
        for (String table : tables(meta, schema)) {
            String t = table.toUpperCase(Locale.ROOT);
            lines.add("table " + t);
            try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                while (rs.next()) {
                    lines.add("column " + t + "." + rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " " + type(rs)
                            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : ""));
                }
            }
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                while (rs.next()) {
                    pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            if (!pk.isEmpty()) {
                lines.add("primary key " + t + pk.values());
            }
            Map<String, TreeMap<Short, String>> indexColumns = indexes(meta, schema, table, false);
            Map<String, Boolean> unique = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        unique.put(rs.getString("INDEX_NAME"), !rs.getBoolean("NON_UNIQUE"));
                    }
                }
            }
            java.util.Collection<List<String>> foreignKeys = foreignKeys(meta, schema, table).values();
            for (var index : indexColumns.entrySet()) {
                String columns = index.getValue().values().toString();
                if (("primary key " + t + columns).equals("primary key " + t + pk.values()) && unique.get(index.getKey())) {
                    continue; // the primary key's own index
                }
                if (!unique.get(index.getKey()) && foreignKeys.contains(new ArrayList<>(index.getValue().values()))) {
                    continue; // a foreign key's index: see unindexedForeignKeys
                }
                // H2 names a unique constraint's index after it with a suffix of its own count of objects
                // ("UNQ_NTS_FUNDING_CALL_0_INDEX_8"), which differs once a changeset added columns: the constraint's name counts
                String name = madeUp(index.getKey()) ? "" : " " + index.getKey().toUpperCase(Locale.ROOT).replaceFirst("_INDEX_[0-9A-F]+$", "");
                lines.add((unique.get(index.getKey()) ? "unique " : "index ") + t + columns + name);
            }
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    lines.add("foreign key " + nameOf(rs.getString("FK_NAME")) + " " + t + "." + rs.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT)
                            + " -> " + rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT) + "." + rs.getString("PKCOLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT sequence_name, start_value, increment FROM information_schema.sequences"
                        + " WHERE sequence_schema = '" + schema + "'")) {
            while (rs.next()) {
                lines.add("sequence " + rs.getString(1).toUpperCase(Locale.ROOT) + " start " + rs.getLong(2) + " increment " + rs.getLong(3));
            }
        }
        return new ArrayList<>(lines);
    }

    /**
     * The foreign keys no index serves: for each, an index (the primary key's included) must
     * start with its columns, or a delete of a referred-to row and a read of a collection by its
     * owner scan the whole table.
     */
    static List<String> unindexedForeignKeys(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> unindexed = new ArrayList<>();
        for (String table : tables(meta, schema)) {
            Map<String, TreeMap<Short, String>> indexes = indexes(meta, schema, table, true);
            for (var key : foreignKeys(meta, schema, table).entrySet()) {
                List<String> columns = key.getValue();
                boolean served = indexes.values().stream().map(i -> new ArrayList<>(i.values()))
                        .anyMatch(i -> i.size() >= columns.size() && i.subList(0, columns.size()).equals(columns));
                if (!served) {
                    unindexed.add(table.toUpperCase(Locale.ROOT) + columns + " (" + key.getKey() + ")");
                }
            }
        }
        return unindexed;
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    /** Each index's columns in order, a descending one with " DESC"; with the primary key's or without. */
    private static Map<String, TreeMap<Short, String>> indexes(DatabaseMetaData meta, String schema, String table, boolean plain) throws SQLException {
        Map<String, TreeMap<Short, String>> indexColumns = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                indexColumns.computeIfAbsent(name, n -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"),
                        plain || !"D".equals(rs.getString("ASC_OR_DESC")) ? column : column + " DESC");
            }
        }
        return indexColumns;
    }

    /** Each foreign key of the table by name, with its columns in order. */
    private static Map<String, List<String>> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, TreeMap<Short, String>> keys = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                keys.computeIfAbsent(String.valueOf(rs.getString("FK_NAME")), n -> new TreeMap<>())
                        .put(rs.getShort("KEY_SEQ"), rs.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        Map<String, List<String>> columns = new TreeMap<>();
        keys.forEach((name, c) -> columns.put(name, new ArrayList<>(c.values())));
        return columns;
    }

    private static String type(ResultSet column) throws SQLException {
        int jdbc = column.getInt("DATA_TYPE");
        String name = column.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
        return switch (jdbc) {
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR -> name + "(" + column.getInt("COLUMN_SIZE") + ")";
            case Types.NUMERIC, Types.DECIMAL -> name + "(" + column.getInt("COLUMN_SIZE") + "," + column.getInt("DECIMAL_DIGITS") + ")";
            default -> name;
        };
    }

    private static boolean madeUp(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("CONSTRAINT_") || n.startsWith("PRIMARY_KEY_") || n.endsWith("_PKEY") || n.endsWith("_KEY");
    }

    private static String nameOf(String name) {
        return name == null || madeUp(name) ? "" : name.toUpperCase(Locale.ROOT);
    }

    /** Every row of every table, each table's rows sorted: for "nothing was lost or changed". */
    static Map<String, List<String>> rows(Connection connection, boolean withLiquibaseTables) throws SQLException {
        Map<String, List<String>> all = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (withLiquibaseTables || !table.toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG")) {
                    tables.add(table);
                }
            }
        }
        for (String table : tables) {
            List<String> rows = new ArrayList<>();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT)).append('=').append(rs.getString(i)).append("; ");
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            all.put(table.toUpperCase(Locale.ROOT), rows);
        }
        return all;
    }
}
