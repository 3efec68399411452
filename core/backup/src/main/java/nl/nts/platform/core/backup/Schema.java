package nl.nts.platform.core.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The platform's tables as the database describes them (JDBC metadata, so the same code reads H2
 * and PostgreSQL): every table named {@code NTS_*} in the connection's schema, its columns with
 * their JDBC types, its primary key, and an order in which each table comes after the tables
 * its foreign keys refer to. Names are kept upper case, as the backup file writes them; the
 * database's own spelling is kept for SQL.
 */
final class Schema {

    static final String PREFIX = "NTS_";

    /** One column: its name (upper case) and {@link java.sql.Types JDBC type}. */
    record Column(String name, int type, String typeName) {
    }

    /**
     * @param name     upper case
     * @param sqlName  as the database spells it
     * @param columns  in the table's order
     * @param key      the primary key's columns, upper case; empty when it has none
     */
    record Table(String name, String sqlName, List<Column> columns, List<String> key) {

        Column column(String name) {
            for (Column c : columns) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final Map<String, Table> tables;

    private Schema(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** @return the tables, each after those it refers to */
    List<Table> ordered() {
        return List.copyOf(tables.values());
    }

    Table table(String name) {
        return tables.get(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Tables that hold no record of the platform, only how it runs: the marks of the last writes
     * of each node ({@code NTS_CHANGE_MARK}), made anew by every start and every write; the web
     * sessions and the login lock's counts, which a restore must not bring back; the runs of the
     * personal data's retention, which each platform makes on its own (a new platform's first
     * within minutes of its start, when nothing is due). They are neither backed up nor restored,
     * and a platform holding only them is empty.
     */
    static final Set<String> BOOKKEEPING = Set.of("NTS_CHANGE_MARK", "NTS_WEB_SESSION", "NTS_LOGIN_FAILURE", "NTS_RETENTION_RUN");

    static Schema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, String> sqlNames = new TreeMap<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith(PREFIX) && !BOOKKEEPING.contains(name.toUpperCase(Locale.ROOT))) {
                    sqlNames.put(name.toUpperCase(Locale.ROOT), name);
                }
            }
        }
        Map<String, Table> unordered = new TreeMap<>();
        Map<String, Set<String>> refersTo = new TreeMap<>();
        for (Map.Entry<String, String> t : sqlNames.entrySet()) {
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, t.getValue(), "%")) {
                Map<Integer, Column> byPosition = new TreeMap<>();
                while (rs.next()) {
                    byPosition.put(rs.getInt("ORDINAL_POSITION"),
                            new Column(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
                }
                columns.addAll(byPosition.values());
            }
            List<String> key = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, t.getValue())) {
                Map<Integer, String> byPosition = new TreeMap<>();
                while (rs.next()) {
                    byPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
                key.addAll(byPosition.values());
            }
            Set<String> referred = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, t.getValue())) {
                while (rs.next()) {
                    String other = rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT);
                    if (!other.equals(t.getKey()) && sqlNames.containsKey(other)) {
                        referred.add(other);
                    }
                }
            }
            unordered.put(t.getKey(), new Table(t.getKey(), t.getValue(), List.copyOf(columns), List.copyOf(key)));
            refersTo.put(t.getKey(), referred);
        }
        Map<String, Table> ordered = new LinkedHashMap<>();
        for (String name : unordered.keySet()) {
            visit(name, unordered, refersTo, ordered, new LinkedHashSet<>());
        }
        return new Schema(ordered);
    }

    /** Depth first: a table after those it refers to. A cycle would be a schema this code does not know how to fill. */
    private static void visit(String name, Map<String, Table> tables, Map<String, Set<String>> refersTo, Map<String, Table> ordered, Set<String> path) {
        if (ordered.containsKey(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new IllegalStateException("the tables' foreign keys form a cycle: " + path);
        }
        for (String other : refersTo.get(name)) {
            visit(other, tables, refersTo, ordered, path);
        }
        path.remove(name);
        ordered.put(name, tables.get(name));
    }
}
