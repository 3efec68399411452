package nl.nts.platform.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Throw-away databases on the PostgreSQL server the tests were pointed at (scripts/pg-test-server's). */
final class PostgresDatabases {

    static final String USER = "nts";
    static final String PASSWORD = "nts";

    private PostgresDatabases() {
    }

    /** A new empty database; its JDBC URL. */
    static String create(String adminUrl) {
        String name = "nts_it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(adminUrl, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a database on " + adminUrl + ": " + e.getMessage(), e);
        }
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }
}
