package nl.nts.platform.core.store.schema;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source that opens a new connection each time it is asked, for a migration run outside a
 * container: the build's schema of a new H2 database ({@link FreshH2Schema}) and the tests.
 */
record ConnectingDataSource(Opener opener) implements DataSource {

    /** How a connection is opened. */
    interface Opener {
        Connection open() throws SQLException;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return opener.open();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return opener.open();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(ConnectingDataSource.class.getName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
