package nl.nts.platform.core.store.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.MigrationFailedException;
import liquibase.exception.ValidationFailedException;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database's schema up to the changelog, with Liquibase, recorded in DATABASECHANGELOG.
 * The whole changelog is parsed and validated (checksums of the changesets that ran before
 * included) before anything is applied, so a broken or edited changelog changes nothing.
 *
 * <p>An update is all or nothing, however many changesets are pending: when one fails, the ones
 * before it in the same update are undone too, so the database is as the previous release left it
 * and that release still starts on it. Where the database's DDL takes part in transactions
 * (PostgreSQL), the whole update is one transaction: Liquibase's commits between changesets are
 * held back until the last one succeeded. Where DDL commits by itself (H2), a copy of the database
 * (H2's {@code SCRIPT}) is taken before anything pending runs and put back after a failure; a start
 * with nothing pending takes no copy.
 */
public final class SchemaUpdate {

    /** The master changelog, in this bundle. */
    public static final String CHANGELOG = "db/changelog/nts-changelog.xml";

    /** What an update did: changesets applied, and those marked as ran because their objects existed (adoption). */
    public record Outcome(String database, int applied, int adopted, int total, String last, By by) {

        String summary() {
            if (by == By.VERIFIED_BEFORE) {
                return "database schema is current (" + database + ", " + total + " changesets, last " + last
                        + "; as this runtime verified it before, Liquibase not needed)";
            }
            if (by == By.BUILT_SCHEMA) {
                return "database schema created (" + database + "): the " + total + " changesets in one script made from the changelog"
                        + " at build time; last " + last;
            }
            if (applied == 0 && adopted == 0) {
                return "database schema is current (" + database + ", " + total + " changesets, last " + last + ")";
            }
            return "database schema updated (" + database + "): " + applied + " changesets applied"
                    + (adopted > 0 ? ", " + adopted + " found in place and adopted" : "") + "; last " + last;
        }
    }

    /** How the schema came to be current. */
    public enum By {
        /** Liquibase's update of the changelog. */
        LIQUIBASE,
        /** Nothing to do: this runtime had verified the same changelog on the same history ({@link VerifiedSchema}). */
        VERIFIED_BEFORE,
        /** A new H2 database, loaded with the schema the build made from the changelog ({@link FreshH2Schema}). */
        BUILT_SCHEMA
    }

    private SchemaUpdate() {
    }

    public static Outcome apply(DataSource dataSource, ResourceAccessor resources, String changelog) throws SchemaUpdateFailed {
        return update(dataSource, resources, changelog);
    }

    /**
     * As {@link #apply(DataSource, ResourceAccessor, String)}, without Liquibase (not even its
     * resource accessor, asked for only when an update runs) when this runtime
     * verified the same changelog on the same history before ({@link VerifiedSchema}), or in one
     * script when the database is a new H2 one and the bundle holds the schema made from this
     * changelog at build time ({@link FreshH2Schema}, may be null). What an update leaves is
     * recorded as verified; a failed one forgets what was.
     */
    static Outcome apply(DataSource dataSource, Supplier<ResourceAccessor> resources, String changelog, VerifiedSchema verified,
            FreshH2Schema fresh) throws SchemaUpdateFailed {
        try (Connection connection = dataSource.getConnection()) {
            VerifiedSchema.History history = VerifiedSchema.history(connection);
            if (verified.holds(history)) {
                var meta = connection.getMetaData();
                return new Outcome(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), 0, 0,
                        history.changesets(), history.last(), By.VERIFIED_BEFORE);
            }
            Outcome loaded = fresh == null || history != null ? null : fresh.loadIfNew(connection, verified.changelog());
            if (loaded != null) {
                verified.record(VerifiedSchema.history(connection));
                return loaded;
            }
        } catch (SQLException e) {
            // the full update below connects again and says what is wrong
        }
        try {
            Outcome outcome = update(dataSource, resources.get(), changelog);
            try (Connection connection = dataSource.getConnection()) {
                verified.record(VerifiedSchema.history(connection));
            } catch (SQLException e) {
                verified.forget();
            }
            return outcome;
        } catch (SchemaUpdateFailed | RuntimeException | Error e) {
            verified.forget();
            throw e;
        }
    }

    private static Outcome update(DataSource dataSource, ResourceAccessor resources, String changelog) throws SchemaUpdateFailed {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        // Liquibase's console output (banner, progress) goes to its log, not to stdout
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        // Liquibase 4.30+ reports usage to its vendor unless told not to
        scope.put("liquibase.analytics.enabled", false);
        // its update summary goes to stdout; the caller logs one line instead
        scope.put("liquibase.command.showSummary", "OFF");
        try (Connection connection = dataSource.getConnection()) {
            return Scope.child(scope, () -> connection.getMetaData().supportsDataDefinitionAndDataManipulationTransactions()
                    ? inOneTransaction(connection, changelog)
                    : withCopyBefore(connection, changelog));
        } catch (SQLException e) {
            throw new SchemaUpdateFailed("could not connect to the database: " + oneLine(e.getMessage()), e);
        } catch (Exception | LinkageError e) {
            // LinkageError: a part of Liquibase missing in the container is a failed migration too
            throw new SchemaUpdateFailed(describe(e), e);
        }
    }

    /** The whole update in one transaction: Liquibase's commits are held back, a failure rolls back all of it. */
    private static Outcome inOneTransaction(Connection connection, String changelog) throws Exception {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Outcome outcome = update(Migration.of(HeldCommits.around(connection), changelog));
            connection.commit();
            return outcome;
        } catch (Exception | Error e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * For a database whose DDL commits by itself: a copy before anything pending runs, put back
     * after a failure. Only H2's copy is known here; another such database updates without one.
     */
    private static Outcome withCopyBefore(Connection connection, String changelog) throws Exception {
        boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        Path copy = null;
        try {
            // on a database Liquibase never saw, even listing what is pending makes its tables
            if (h2 && !VerifiedSchema.hasTable(connection, "DATABASECHANGELOG")) {
                copy = H2Copy.take(connection);
            }
            Migration migration = Migration.of(connection, changelog);
            if (h2 && copy == null && !migration.pending().isEmpty()) {
                copy = H2Copy.take(connection);
            }
            try {
                return update(migration);
            } catch (Exception | Error e) {
                if (copy != null) {
                    try {
                        H2Copy.putBack(connection, copy);
                    } catch (SQLException undo) {
                        Path kept = copy;
                        copy = null; // kept for the operator
                        throw new SchemaUpdateFailed(describe(e) + "; the copy taken before the update could not be put back ("
                                + oneLine(undo.getMessage()) + "): it is kept at " + kept + " for RUNSCRIPT", e);
                    }
                }
                throw e;
            }
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }

    /** Liquibase on a connection, and what is pending before anything runs. */
    private record Migration(Database database, Liquibase liquibase, List<ChangeSet> pending) {

        static Migration of(Connection connection, String changelog) throws Exception {
            // not closed: closing Liquibase's Database closes the connection, which is the caller's
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changelog, Scope.getCurrentScope().getResourceAccessor(), database);
            return new Migration(database, liquibase, liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()));
        }
    }

    private static Outcome update(Migration migration) throws Exception {
        Database database = migration.database();
        List<ChangeSet> pending = migration.pending();
        migration.liquibase().update(new Contexts(), new LabelExpression());
        Set<String> pendingIds = pending.stream().map(SchemaUpdate::key).collect(Collectors.toSet());
        List<RanChangeSet> ran = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                .getChangeLogService(database).getRanChangeSets();
        int applied = 0;
        int adopted = 0;
        for (RanChangeSet r : ran) {
            if (pendingIds.contains(r.getId() + "::" + r.getAuthor())) {
                if (r.getExecType() == ChangeSet.ExecType.MARK_RAN) {
                    adopted++;
                } else {
                    applied++;
                }
            }
        }
        String last = ran.isEmpty() ? "none" : ran.get(ran.size() - 1).getId();
        String name = database.getDatabaseProductName() + " " + database.getDatabaseProductVersion();
        return new Outcome(name, applied, adopted, ran.size(), last, By.LIQUIBASE);
    }

    private static String key(ChangeSet changeSet) {
        return changeSet.getId() + "::" + changeSet.getAuthor();
    }

    /** One line that names the changeset and the reason, for the log and the operator. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MigrationFailedException || t instanceof ValidationFailedException) {
                return oneLine(t.getMessage());
            }
        }
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getName() : deepest.getMessage();
        return oneLine(message);
    }

    private static String oneLine(String message) {
        String line = message == null ? "" : message.replaceAll("\\s+", " ").trim()
                .replace("liquibase.exception.DatabaseException: ", "");
        return line.length() > 1000 ? line.substring(0, 1000) + " ..." : line;
    }
}
