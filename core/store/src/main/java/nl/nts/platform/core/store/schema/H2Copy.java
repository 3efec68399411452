package nl.nts.platform.core.store.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A copy of an H2 database as a compressed SQL script (H2's {@code SCRIPT}), and putting it back
 * ({@code DROP ALL OBJECTS}, {@code RUNSCRIPT}): the undo of a schema update on a database whose
 * DDL commits by itself. Nothing else may use the database meanwhile; at a start nothing does, as
 * the persistence unit opens only after the update.
 */
final class H2Copy {

    private H2Copy() {
    }

    /** The copy, in a new temporary file the caller deletes. */
    static Path take(Connection connection) throws IOException, SQLException {
        Path file = Files.createTempFile("nts-schema-before-update-", ".sql.zip");
        try (Statement st = connection.createStatement()) {
            st.execute("SCRIPT TO " + literal(file) + " COMPRESSION DEFLATE");
        } catch (SQLException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    static void putBack(Connection connection, Path copy) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("DROP ALL OBJECTS");
            st.execute("RUNSCRIPT FROM " + literal(copy) + " COMPRESSION DEFLATE");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
