package nl.nts.platform.core.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The schema of a new H2 database, made by Liquibase from the changelog when the bundle is built
 * and loaded in one {@code RUNSCRIPT} at a first start: applying the changelog changeset by
 * changeset took several seconds of every first start, each changeset with Liquibase's lock,
 * checks and history row. The script is H2's {@code SCRIPT} of a database that Liquibase brought
 * up to the changelog, its {@code DATABASECHANGELOG} rows included, so Liquibase and the next
 * start see exactly what a full update would have left; the dates and the deployment id of
 * those rows are set to the load's.
 *
 * <p>Used only on an H2 database with no table at all, and only when the script was made from
 * the same changelog (its digest, {@link VerifiedSchema#digest}); anything else, or a load that
 * fails (the database is emptied again), takes Liquibase's update as before. The build's own
 * user is not in the script: the database keeps the user the data source logs in with.
 */
public final class FreshH2Schema {

    /** In the bundle: the script, and what it was made from. */
    static final String SCRIPT = "db/fresh-h2/schema.sql";
    static final String ABOUT = "db/fresh-h2/schema.properties";

    private static final Logger LOG = Logger.getLogger(FreshH2Schema.class.getName());

    private final URL script;
    private final Properties about;

    private FreshH2Schema(URL script, Properties about) {
        this.script = script;
        this.about = about;
    }

    /** The script a bundle or a class path holds, or null when it holds none (a build that made none). */
    static FreshH2Schema of(URL script, URL about) {
        if (script == null || about == null) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = about.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            return null;
        }
        return new FreshH2Schema(script, properties);
    }

    /**
     * Loads the script into a new H2 database when it was made from this changelog: the outcome,
     * as Liquibase's update would have answered it; null when it does not apply or failed (the
     * database is then as empty as before).
     */
    SchemaUpdate.Outcome loadIfNew(Connection connection, String changelog) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName()) || !changelog.equals(about.getProperty("changelog"))
                || hasTables(connection)) {
            return null;
        }
        Path file = null;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            file = Files.createTempFile("nts-fresh-schema-", ".sql");
            try (InputStream in = script.openStream()) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            st.execute("RUNSCRIPT FROM '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            String deployment = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            st.executeUpdate("UPDATE DATABASECHANGELOG SET DATEEXECUTED = LOCALTIMESTAMP, DEPLOYMENT_ID = '" + deployment + "'");
            var meta = connection.getMetaData();
            int total = Integer.parseInt(about.getProperty("changesets"));
            return new SchemaUpdate.Outcome(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), total, 0, total,
                    about.getProperty("last"), SchemaUpdate.By.BUILT_SCHEMA);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warning("could not load the schema made at build time (" + e.getMessage() + "); Liquibase applies the changelog instead");
            try (Statement st = connection.createStatement()) {
                st.execute("DROP ALL OBJECTS");
            }
            return null;
        } finally {
            connection.setAutoCommit(autoCommit);
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /**
     * At build time (core/store's pom, after the classes are compiled): the script and what it
     * was made from, into the bundle's classes. Argument: the classes folder.
     */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        Path work = Files.createTempDirectory("nts-fresh-h2");
        // the driver itself, not DriverManager, which does not see a driver of Maven's plugin class loader
        Driver driver = (Driver) Class.forName("org.h2.Driver", true, FreshH2Schema.class.getClassLoader()).getDeclaredConstructor().newInstance();
        String url = "jdbc:h2:file:" + work.resolve("fresh").toAbsolutePath();
        Properties login = new Properties();
        login.setProperty("user", "sa");
        login.setProperty("password", "");
        DataSource build = new ConnectingDataSource(() -> driver.connect(url, login));
        SchemaUpdate.Outcome outcome = SchemaUpdate.apply(build, new ClassLoaderResourceAccessor(FreshH2Schema.class.getClassLoader()),
                SchemaUpdate.CHANGELOG);
        Path raw = work.resolve("script.sql");
        try (Connection c = build.getConnection(); Statement st = c.createStatement()) {
            st.execute("SCRIPT NOPASSWORDS TO '" + raw.toAbsolutePath().toString().replace("'", "''") + "'");
            st.execute("SHUTDOWN");
        }
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(raw, StandardCharsets.UTF_8)) {
            // the build's user stays out: the platform's database keeps its own
            if (!line.startsWith("CREATE USER ")) {
                kept.add(line);
            }
        }
        Path target = classes.resolve(SCRIPT);
        Files.createDirectories(target.getParent());
        Files.write(target, kept, StandardCharsets.UTF_8);
        // written by hand, not by Properties.store: no date, so the same changelog makes the same bundle
        Files.write(classes.resolve(ABOUT), List.of(
                "# what " + SCRIPT + " was made from: the changelog's digest, its changesets, the last one",
                "changelog=" + VerifiedSchema.digest(changelogFiles(classes)),
                "changesets=" + outcome.total(),
                "last=" + outcome.last()), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.out.println("[fresh H2 schema] " + outcome.total() + " changesets, last " + outcome.last() + ": " + target);
    }

    /** The changelog's files under a classes folder (the build's, or target/classes in a test). */
    static List<URL> changelogFiles(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes.resolve(VerifiedSchema.CHANGELOG_FOLDER))) {
            return files.filter(p -> p.toString().endsWith(".xml")).map(p -> {
                try {
                    return p.toUri().toURL();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
