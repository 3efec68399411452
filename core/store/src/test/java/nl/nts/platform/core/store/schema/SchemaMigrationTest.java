package nl.nts.platform.core.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The changelog against the entities and against a database made by release 0.1 (schema by
 * EclipseLink, data by the release: see src/test/fixtures/make-release-fixture.sh), on H2; the
 * fresh-schema test also on PostgreSQL when {@code nts.it.jdbc.url} or {@code nts.pg.url} names a
 * server's admin database (.ci/run gives one).
 */
class SchemaMigrationTest {

    private static final ClassLoaderResourceAccessor RESOURCES = new ClassLoaderResourceAccessor(SchemaMigrationTest.class.getClassLoader());

    @Test
    void aFreshH2DatabaseGetsTheSchemaEclipseLinkMakesOfTheEntities() throws Exception {
        freshDatabaseGetsTheSchemaOfTheEntities(new H2());
    }

    @Test
    void aFreshPostgresDatabaseGetsTheSchemaEclipseLinkMakesOfTheEntities() throws Exception {
        freshDatabaseGetsTheSchemaOfTheEntities(postgres());
    }

    private static void freshDatabaseGetsTheSchemaOfTheEntities(Db db) throws Exception {
        String migrated = db.create();
        String byEclipseLink = db.create();
        SchemaUpdate.Outcome outcome = SchemaUpdate.apply(db.dataSource(migrated), RESOURCES, SchemaUpdate.CHANGELOG);
        assertEquals(0, outcome.adopted());
        assertEquals(outcome.total(), outcome.applied());
        eclipseLinkCreates(db, byEclipseLink);
        try (Connection a = db.connect(migrated); Connection b = db.connect(byEclipseLink)) {
            List<String> fromChangelog = SchemaSnapshot.of(a);
            assertTrue(fromChangelog.size() > 200, "a real schema: " + fromChangelog.size());
            assertEquals(String.join("\n", SchemaSnapshot.of(b)), String.join("\n", fromChangelog),
                    "the changelog makes what EclipseLink makes of the entities: a changed entity needs a changeset");
        }
        try (Connection a = db.connect(migrated)) {
            assertEquals(List.of(), SchemaSnapshot.unindexedForeignKeys(a), "every foreign key has an index that starts with its columns");
        }
        SchemaUpdate.Outcome again = SchemaUpdate.apply(db.dataSource(migrated), RESOURCES, SchemaUpdate.CHANGELOG);
        assertEquals(0, again.applied() + again.adopted(), "a second start has nothing to do");
        assertEquals(outcome.total(), again.total());
    }

    @Test
    void aDatabaseOfRelease01IsAdoptedWithEveryRowAndTheSameSchemaAsAFreshOne() throws Exception {
        H2 h2 = new H2();
        String release = h2.createFromRelease();
        String fresh = h2.create();
        Map<String, List<String>> before;
        try (Connection c = h2.connect(release)) {
            before = SchemaSnapshot.rows(c, true);
        }
        assertEquals(92, before.get("NTS_AUDIT").size(), "the fixture's audit entries");
        SchemaUpdate.Outcome outcome = SchemaUpdate.apply(h2.dataSource(release), RESOURCES, SchemaUpdate.CHANGELOG);
        // release 0.1's changesets are adopted (its objects are there); only the later ones run
        long release01 = releaseChangesets();
        assertEquals(release01, outcome.adopted(), "release 0.1's schema adopted, nothing of it made anew");
        assertEquals(outcome.total() - release01, outcome.applied(), "the changesets after release 0.1 applied");
        SchemaUpdate.apply(h2.dataSource(fresh), RESOURCES, SchemaUpdate.CHANGELOG);
        try (Connection c = h2.connect(release); Connection f = h2.connect(fresh)) {
            Map<String, List<String>> after = new java.util.TreeMap<>(SchemaSnapshot.rows(c, false));
            Map<String, List<String>> added = new java.util.TreeMap<>(after);
            added.keySet().removeAll(before.keySet());
            after.keySet().retainAll(before.keySet());
            // but for the audit kinds release 0.1 wrote with a blank (changeset 0004)
            List<String> audit = new ArrayList<>(before.get("NTS_AUDIT").stream().map(SchemaMigrationTest::respelled).sorted().toList());
            assertTrue(audit.stream().anyMatch(r -> r.contains("KIND=funding-call; ")) && audit.stream().anyMatch(r -> r.contains("KIND=value-chain; ")),
                    "the fixture has entries of both former kinds");
            Map<String, List<String>> expected = new java.util.TreeMap<>(before);
            expected.put("NTS_AUDIT", audit);
            assertTrue(after.get("NTS_AUDIT").stream().noneMatch(r -> r.contains("KIND=funding call; ") || r.contains("KIND=value chain; ")));
            // and for the columns changeset 0010 gave the inputs: the ROM of each one's workshop, and no public submission
            List<String> inputs = after.get("NTS_INPUT");
            assertTrue(!inputs.isEmpty() && inputs.stream().allMatch(r -> r.matches(".*ROM_CODE=BOM; SUBMITTED_ORGANISATION=null; CONTACT_NAME=null;"
                    + " CONTACT_EMAIL=null; CONTACT_CONSENT=null; .*")), "every input of the fixture is of a BOM workshop: " + inputs);
            after.put("NTS_INPUT", inputs.stream().map(r -> r.replaceFirst("ROM_CODE=[^;]*; SUBMITTED_ORGANISATION=null; CONTACT_NAME=null;"
                    + " CONTACT_EMAIL=null; CONTACT_CONSENT=null; ", "")).toList());
            // and for the columns changeset 0011 gave the funding calls: no TRL range, not said to be cross-regional
            List<String> calls = after.get("NTS_FUNDING_CALL");
            assertTrue(!calls.isEmpty() && calls.stream().allMatch(r -> r.contains("TRL_MIN=null; TRL_MAX=null; CROSS_REGIONAL=null; ")), calls.toString());
            after.put("NTS_FUNDING_CALL", calls.stream().map(r -> r.replace("TRL_MIN=null; TRL_MAX=null; CROSS_REGIONAL=null; ", "")).toList());
            // and for the column changeset 0013 gave the participants: the basis the platform stated for an address so far, none without one
            List<String> participants = after.get("NTS_WORKSHOP_PARTICIPANT");
            assertTrue(participants.stream().anyMatch(r -> r.contains("EMAIL_BASIS=PUBLIC_TASK; ")), "the fixture has participants with an address");
            assertTrue(participants.stream().allMatch(r -> r.contains("EMAIL=null;") == r.contains("EMAIL_BASIS=null; ")), participants.toString());
            after.put("NTS_WORKSHOP_PARTICIPANT", participants.stream().map(r -> r.replaceFirst("EMAIL_BASIS=[^;]*; ", "")).toList());
            assertEquals(expected, after, "every record and audit entry as it was");
            assertTrue(added.values().stream().allMatch(List::isEmpty), "the tables of later changesets start empty: " + added.keySet());
            assertEquals(String.join("\n", SchemaSnapshot.of(f)), String.join("\n", SchemaSnapshot.of(c)));
        }
    }

    @Test
    void aFailingChangesetChangesNothingAndTheMessageNamesIt() throws Exception {
        H2 h2 = new H2();
        String db = h2.createFromRelease();
        SchemaUpdate.apply(h2.dataSource(db), RESOURCES, SchemaUpdate.CHANGELOG);
        Everything before = everything(h2, db);
        SchemaUpdateFailed failed = assertThrows(SchemaUpdateFailed.class,
                () -> SchemaUpdate.apply(h2.dataSource(db), RESOURCES, "db/test/broken-changelog.xml"));
        String message = failed.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("9001-unique-audit-actor"), "names the changeset: " + message);
        assertTrue(message.contains("db/test/changes/9001-broken.xml"), "names its file: " + message);
        assertTrue(message.contains("NTS_AUDIT"), "says why: " + message);
        assertEquals(before, everything(h2, db), "no row changed, Liquibase's own tables included");
    }

    @Test
    void aFailedUpdateOfARelease01DatabaseLeavesItAsTheReleaseMadeIt() throws Exception {
        // every changeset pending (0001 adopted, 0002.., 9002 good), then 9001 fails: all of it undone
        H2 h2 = new H2();
        String db = h2.createFromRelease();
        Everything before = everything(h2, db);
        SchemaUpdateFailed failed = assertThrows(SchemaUpdateFailed.class,
                () -> SchemaUpdate.apply(h2.dataSource(db), RESOURCES, "db/test/valid-then-broken-changelog.xml"));
        assertTrue(failed.getMessage().contains("9001-unique-audit-actor"), failed.getMessage());
        assertEquals(before, everything(h2, db), "every row as it was");
        // and the update without the broken changeset still goes through on it
        SchemaUpdate.Outcome outcome = SchemaUpdate.apply(h2.dataSource(db), RESOURCES, "db/test/valid-changelog.xml");
        assertEquals("9002-organisation-website", outcome.last());
    }

    @Test
    void aFailingChangesetUndoesTheGoodOnesBeforeItOnH2() throws Exception {
        aFailingChangesetUndoesTheGoodOnesBeforeIt(new H2());
    }

    @Test
    void aFailingChangesetUndoesTheGoodOnesBeforeItOnPostgres() throws Exception {
        aFailingChangesetUndoesTheGoodOnesBeforeIt(postgres());
    }

    @Test
    void aDatabaseOfThisReleaseWithDataKeepsEveryRowThroughTheNextUpdateOnPostgres() throws Exception {
        Db db = postgres();
        String name = db.create();
        SchemaUpdate.apply(db.dataSource(name), RESOURCES, SchemaUpdate.CHANGELOG);
        withRecords(db, name);
        Map<String, List<String>> before;
        try (Connection c = db.connect(name)) {
            before = SchemaSnapshot.rows(c, false);
        }
        SchemaUpdate.Outcome outcome = SchemaUpdate.apply(db.dataSource(name), RESOURCES, "db/test/valid-changelog.xml");
        assertEquals(1, outcome.applied());
        try (Connection c = db.connect(name)) {
            Map<String, List<String>> after = SchemaSnapshot.rows(c, false);
            List<String> organisations = after.remove("NTS_ORGANISATION");
            Map<String, List<String>> others = new java.util.TreeMap<>(before);
            List<String> organisationsBefore = others.remove("NTS_ORGANISATION");
            assertEquals(others, after, "every other row as it was");
            assertEquals(organisationsBefore.size(), organisations.size());
            assertEquals(organisationsBefore.get(0) + "WEBSITE=null; ", organisations.get(0), "the organisation as it was, with the new column empty");
            assertTrue(SchemaSnapshot.of(c).stream().anyMatch(l -> l.startsWith("column NTS_ORGANISATION.WEBSITE")), String.join("\n", SchemaSnapshot.of(c)));
        }
    }

    private static void aFailingChangesetUndoesTheGoodOnesBeforeIt(Db db) throws Exception {
        String name = db.create();
        SchemaUpdate.apply(db.dataSource(name), RESOURCES, SchemaUpdate.CHANGELOG);
        withRecords(db, name);
        Everything before = everything(db, name);
        SchemaUpdateFailed failed = assertThrows(SchemaUpdateFailed.class,
                () -> SchemaUpdate.apply(db.dataSource(name), RESOURCES, "db/test/valid-then-broken-changelog.xml"));
        assertTrue(failed.getMessage().contains("9001-unique-audit-actor"), "names the failed changeset: " + failed.getMessage());
        assertEquals(before, everything(db, name), "no row changed, Liquibase's own tables included");
        SchemaUpdate.Outcome again = SchemaUpdate.apply(db.dataSource(name), RESOURCES, "db/test/valid-changelog.xml");
        assertEquals(1, again.applied(), "9002 runs once the broken changeset is gone");
    }

    /** An organisation and two audit entries by one actor (which 9001's unique constraint cannot take). */
    private static void withRecords(Db db, String name) throws SQLException {
        try (Connection c = db.connect(name); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO NTS_ORGANISATION(ID, COUNTRY, KIND, NAME, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                    + " VALUES (1, 'NL', 'SME', 'Fotonica Eindhoven B.V.', 1, TIMESTAMP '2026-01-05 10:00:00', 'kia', TIMESTAMP '2026-01-05 10:00:00', 'kia')");
            for (int i = 1; i <= 2; i++) {
                st.executeUpdate("INSERT INTO NTS_AUDIT(ID, ACTION, ACTOR, AT, CHANGED, KIND, RECORD_KEY, ROMS)"
                        + " VALUES (" + i + ", 'create', 'kia', TIMESTAMP '2026-01-05 10:00:0" + i + "', 'name', 'organisation', '1', '')");
            }
        }
    }

    private static Postgres postgres() {
        String url = System.getProperty("nts.it.jdbc.url", System.getProperty("nts.pg.url"));
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && !url.isBlank(),
                "no PostgreSQL given (nts.pg.url): skipped here, .ci/run gives one");
        return new Postgres(url);
    }

    @Test
    void aChangesetEditedAfterItRanIsRefusedBeforeAnythingIsApplied() throws Exception {
        H2 h2 = new H2();
        String db = h2.create();
        SchemaUpdate.apply(h2.dataSource(db), RESOURCES, SchemaUpdate.CHANGELOG);
        try (Connection c = h2.connect(db); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE DATABASECHANGELOG SET MD5SUM = '9:0123456789abcdef0123456789abcdef' WHERE ID = '0001-table-NTS_AUDIT'"));
        }
        Everything before = everything(h2, db);
        // the test changelog also has a good new changeset: it must not run either
        SchemaUpdateFailed failed = assertThrows(SchemaUpdateFailed.class,
                () -> SchemaUpdate.apply(h2.dataSource(db), RESOURCES, "db/test/valid-changelog.xml"));
        assertTrue(failed.getMessage().contains("0001-table-NTS_AUDIT"), failed.getMessage());
        assertTrue(failed.getMessage().toLowerCase().contains("checksum") || failed.getMessage().toLowerCase().contains("check sum"), failed.getMessage());
        assertEquals(before, everything(h2, db), "the schema and every row as they were");
    }

    @Test
    void aNewChangesetRunsOnceOnTopOfTheRelease() throws Exception {
        H2 h2 = new H2();
        String db = h2.createFromRelease();
        SchemaUpdate.apply(h2.dataSource(db), RESOURCES, SchemaUpdate.CHANGELOG);
        SchemaUpdate.Outcome outcome = SchemaUpdate.apply(h2.dataSource(db), RESOURCES, "db/test/valid-changelog.xml");
        assertEquals(1, outcome.applied());
        assertEquals("9002-organisation-website", outcome.last());
        try (Connection c = h2.connect(db)) {
            assertTrue(SchemaSnapshot.of(c).contains("column NTS_ORGANISATION.WEBSITE CHARACTER VARYING(300)"));
        }
    }

    @Test
    void aStartOnTheHistoryThisRuntimeVerifiedSkipsLiquibaseOnH2() throws Exception {
        verifiedHistorySkipsLiquibaseUntilAnythingDiffers(new H2());
    }

    @Test
    void aStartOnTheHistoryThisRuntimeVerifiedSkipsLiquibaseOnPostgres() throws Exception {
        verifiedHistorySkipsLiquibaseUntilAnythingDiffers(postgres());
    }

    /**
     * A restart on the database this runtime brought up to date answers what Liquibase would
     * (the same number of changesets, the same last one) without it; another changelog, another
     * history or a checksum edited in the database each take the full update, whose validation
     * refuses the edit and forgets what was verified.
     */
    private static void verifiedHistorySkipsLiquibaseUntilAnythingDiffers(Db db) throws Exception {
        String name = db.create();
        Path file = Files.createTempDirectory("nts-verified").resolve("verified-schema.properties");
        VerifiedSchema verified = new VerifiedSchema(file, VerifiedSchema.digest(changelogFiles()));

        SchemaUpdate.Outcome first = SchemaUpdate.apply(db.dataSource(name), () -> RESOURCES, SchemaUpdate.CHANGELOG, verified, null);
        assertEquals(SchemaUpdate.By.LIQUIBASE, first.by(), "a new database without a built schema: Liquibase runs");
        assertEquals(first.total(), first.applied());
        assertTrue(Files.isRegularFile(file), "the update is recorded");

        SchemaUpdate.Outcome again = SchemaUpdate.apply(db.dataSource(name), () -> RESOURCES, SchemaUpdate.CHANGELOG, verified, null);
        assertEquals(SchemaUpdate.By.VERIFIED_BEFORE, again.by(), "the same changelog on the same history: " + again.summary());
        SchemaUpdate.Outcome byLiquibase = SchemaUpdate.apply(db.dataSource(name), RESOURCES, SchemaUpdate.CHANGELOG);
        assertEquals(SchemaUpdate.By.LIQUIBASE, byLiquibase.by());
        assertEquals(byLiquibase.total(), again.total());
        assertEquals(byLiquibase.last(), again.last());
        assertEquals(0, byLiquibase.applied() + byLiquibase.adopted());

        VerifiedSchema otherChangelog = new VerifiedSchema(file, VerifiedSchema.digest(List.of(
                SchemaMigrationTest.class.getClassLoader().getResource("db/test/valid-changelog.xml"))));
        try (Connection c = db.connect(name)) {
            assertFalse(otherChangelog.holds(VerifiedSchema.history(c)), "another changelog is not verified");
        }

        try (Connection c = db.connect(name); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE DATABASECHANGELOG SET MD5SUM = '9:0123456789abcdef0123456789abcdef' WHERE ID = '0001-table-NTS_AUDIT'"));
        }
        SchemaUpdateFailed failed = assertThrows(SchemaUpdateFailed.class,
                () -> SchemaUpdate.apply(db.dataSource(name), () -> RESOURCES, SchemaUpdate.CHANGELOG, verified, null));
        assertTrue(failed.getMessage().contains("0001-table-NTS_AUDIT"), failed.getMessage());
        assertFalse(Files.exists(file), "a failed update leaves nothing verified");
    }

    /**
     * A new H2 database gets the schema the build made from the changelog in one script: the
     * same tables, indexes, rows and history as Liquibase's own update of the same changelog,
     * none of the build's users, and a history the next start takes as verified. A script made
     * from another changelog is not used.
     */
    @Test
    void aNewH2DatabaseGetsTheSchemaTheBuildMadeAsLiquibaseWouldMakeIt() throws Exception {
        H2 h2 = new H2();
        String loaded = h2.create();
        String byLiquibase = h2.create();
        ClassLoader classes = SchemaMigrationTest.class.getClassLoader();
        FreshH2Schema built = FreshH2Schema.of(classes.getResource(FreshH2Schema.SCRIPT), classes.getResource(FreshH2Schema.ABOUT));
        assertNotNull(built, "the build made the script (core/store's pom, process-classes)");
        Path file = Files.createTempDirectory("nts-verified").resolve("verified-schema.properties");
        VerifiedSchema verified = new VerifiedSchema(file, VerifiedSchema.digest(changelogFiles()));

        SchemaUpdate.Outcome outcome = SchemaUpdate.apply(h2.dataSource(loaded), () -> RESOURCES, SchemaUpdate.CHANGELOG, verified, built);
        SchemaUpdate.Outcome liquibase = SchemaUpdate.apply(h2.dataSource(byLiquibase), RESOURCES, SchemaUpdate.CHANGELOG);
        assertEquals(SchemaUpdate.By.BUILT_SCHEMA, outcome.by(), outcome.summary());
        assertEquals(liquibase.total(), outcome.applied());
        assertEquals(liquibase.total(), outcome.total());
        assertEquals(liquibase.last(), outcome.last());
        try (Connection a = h2.connect(loaded); Connection b = h2.connect(byLiquibase); Statement st = a.createStatement()) {
            assertEquals(String.join("\n", SchemaSnapshot.of(b)), String.join("\n", SchemaSnapshot.of(a)));
            assertEquals(SchemaSnapshot.rows(b, false), SchemaSnapshot.rows(a, false));
            assertEquals(VerifiedSchema.history(b).digest(), VerifiedSchema.history(a).digest(), "the same history, in the same order");
            try (var users = st.executeQuery("SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS")) {
                List<String> names = new ArrayList<>();
                while (users.next()) {
                    names.add(users.getString(1));
                }
                assertEquals(List.of(a.getMetaData().getUserName()), names, "only the user the data source logs in with");
            }
            try (var dates = st.executeQuery("SELECT MIN(DATEEXECUTED) FROM DATABASECHANGELOG")) {
                dates.next();
                assertTrue(dates.getTimestamp(1).toInstant().isAfter(java.time.Instant.now().minusSeconds(600)), "dated by the load");
            }
        }
        assertEquals(SchemaUpdate.By.VERIFIED_BEFORE, SchemaUpdate.apply(h2.dataSource(loaded), () -> RESOURCES, SchemaUpdate.CHANGELOG, verified, built).by(),
                "the next start takes it as verified");
        // Liquibase's own update on top finds nothing to do and every checksum as it was
        SchemaUpdate.Outcome after = SchemaUpdate.apply(h2.dataSource(loaded), RESOURCES, SchemaUpdate.CHANGELOG);
        assertEquals(0, after.applied() + after.adopted());

        Path otherAbout = Files.createTempFile("schema", ".properties");
        Files.writeString(otherAbout, "changelog=another\nchangesets=1\nlast=x\n");
        String fresh = h2.create();
        VerifiedSchema elsewhere = new VerifiedSchema(Files.createTempDirectory("nts-verified").resolve("v.properties"), verified.changelog());
        SchemaUpdate.Outcome notBuilt = SchemaUpdate.apply(h2.dataSource(fresh), () -> RESOURCES, SchemaUpdate.CHANGELOG, elsewhere,
                FreshH2Schema.of(classes.getResource(FreshH2Schema.SCRIPT), otherAbout.toUri().toURL()));
        assertEquals(SchemaUpdate.By.LIQUIBASE, notBuilt.by(), "made by Liquibase");
        assertEquals(liquibase.total(), notBuilt.applied());
        try (Connection c = h2.connect(fresh); Connection b = h2.connect(byLiquibase)) {
            assertEquals(VerifiedSchema.history(b).changesets(), VerifiedSchema.history(c).changesets());
        }
    }

    /** The changelog's files as the bundle holds them (target/classes here). */
    private static List<URL> changelogFiles() throws Exception {
        Path classes = Path.of(SchemaMigrationTest.class.getClassLoader().getResource("db/changelog").toURI()).getParent().getParent();
        List<URL> urls = FreshH2Schema.changelogFiles(classes);
        assertTrue(urls.size() > 3, "the changelog and its changes: " + urls);
        return urls;
    }

    /** A database's schema and every row of it, Liquibase's own tables included. */
    private record Everything(List<String> schema, Map<String, List<String>> rows) {
    }

    private static Everything everything(Db db, String name) throws SQLException {
        try (Connection c = db.connect(name)) {
            return new Everything(SchemaSnapshot.of(c), SchemaSnapshot.rows(c, true));
        }
    }

    private static void eclipseLinkCreates(Db db, String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("javax.persistence.jtaDataSource", "");
        properties.put("javax.persistence.nonJtaDataSource", db.dataSource(name));
        properties.put("eclipselink.ddl-generation", "create-tables");
        properties.put("eclipselink.ddl-generation.output-mode", "database");
        properties.put("eclipselink.logging.level", "OFF");
        properties.put("eclipselink.target-server", "None");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("nts", properties);
        try {
            factory.createEntityManager().close(); // deploys the unit, which creates the schema
        } finally {
            factory.close();
        }
    }

    /** A database server to make throw-away databases in. */
    private interface Db {
        String create() throws SQLException;

        Connection connect(String name) throws SQLException;

        default DataSource dataSource(String name) {
            return new ConnectingDataSource(() -> connect(name));
        }
    }

    private static final class H2 implements Db {
        @Override
        public String create() {
            return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }

        String createFromRelease() throws SQLException {
            String url = create();
            try (Connection c = connect(url); Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM 'classpath:db/release-0.1.0.sql'");
            }
            return url;
        }

        @Override
        public Connection connect(String url) throws SQLException {
            return DriverManager.getConnection(url, "nts", "nts");
        }
    }

    private static final class Postgres implements Db {
        private final String admin;

        Postgres(String admin) {
            this.admin = admin;
        }

        @Override
        public String create() throws SQLException {
            String name = "nts_test_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = DriverManager.getConnection(admin, "nts", "nts"); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        }

        @Override
        public Connection connect(String url) throws SQLException {
            return DriverManager.getConnection(url, "nts", "nts");
        }
    }

    private static String respelled(String auditRow) {
        return auditRow.replace("KIND=funding call; ", "KIND=funding-call; ").replace("KIND=value chain; ", "KIND=value-chain; ");
    }

    /** How many changesets the changelog of release 0.1 holds. */
    private static long releaseChangesets() throws java.io.IOException {
        try (java.io.InputStream in = SchemaMigrationTest.class.getResourceAsStream("/db/changelog/changes/0001-release-0.1-schema.xml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return java.util.regex.Pattern.compile("<changeSet id=\"0001-").matcher(text).results().count();
        }
    }
}
