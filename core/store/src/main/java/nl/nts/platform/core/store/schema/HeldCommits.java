package nl.nts.platform.core.store.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * A connection on which a tool that commits as it goes (Liquibase: after each changeset, and
 * rolling back after each probe that failed) works inside one real transaction that the caller
 * commits or rolls back. The tool's {@code commit()} becomes a savepoint, its {@code rollback()} a
 * rollback to the last of them: between its own steps it sees what it expects, while nothing is
 * committed until the caller says so. {@code setAutoCommit} and {@code close} do nothing.
 */
final class HeldCommits {

    private final Connection connection;
    private Savepoint last;

    private HeldCommits(Connection connection) throws SQLException {
        this.connection = connection;
        this.last = connection.setSavepoint();
    }

    /** The connection as the tool sees it; {@code connection} must not be in auto-commit. */
    static Connection around(Connection connection) throws SQLException {
        HeldCommits held = new HeldCommits(connection);
        return (Connection) Proxy.newProxyInstance(HeldCommits.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> held.invoke(method, args));
    }

    private Object invoke(Method method, Object[] args) throws Throwable {
        boolean noArguments = args == null || args.length == 0;
        switch (method.getName()) {
            case "commit":
                connection.releaseSavepoint(last);
                last = connection.setSavepoint();
                return null;
            case "rollback":
                if (noArguments) {
                    connection.rollback(last);
                    return null;
                }
                break;
            case "setAutoCommit", "close":
                return null;
            case "getAutoCommit":
                return false;
            default:
                break;
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
