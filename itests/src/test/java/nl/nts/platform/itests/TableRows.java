package nl.nts.platform.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every row of every table of a database as text lines, sorted: "nothing lost, nothing changed"
 * is then an equality of two lists. Read in the failsafe JVM before Karaf starts and inside Karaf
 * after, with the same H2 driver.
 */
final class TableRows {

    private TableRows() {
    }

    static List<String> of(Connection connection, boolean withLiquibaseTables) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (withLiquibaseTables || !table.toUpperCase(Locale.ROOT).startsWith("DATABASECHANGELOG")) {
                    tables.add(table);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder(table.toUpperCase(Locale.ROOT)).append(':');
                    for (int i = 1; i <= columns; i++) {
                        line.append(' ').append(rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT)).append('=')
                                .append(String.valueOf(rs.getString(i)).replace("\n", "\\n"));
                    }
                    lines.add(line.toString());
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    static void write(List<String> rows, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, rows);
    }

    static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file);
    }
}
