package nl.nts.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The new build started on a database made by release 0.1 (schema by EclipseLink, no Liquibase
 * tables; core/store/src/test/resources/db/release-0.1.0.sql, made as
 * core/store/src/test/fixtures/make-release-fixture.sh says): the schema is adopted, every row is
 * as it was, and the platform works on it. Then the data source is pointed at a database whose
 * migration must fail: nothing is published, one log line says why, the database is unchanged.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class UpgradeIT extends PlatformTest {

    private static final String RELEASE_ROWS = "nts.itest.release.rows";
    private static final String BROKEN_URL = "nts.itest.broken.url";
    private static final String BROKEN_ROWS = "nts.itest.broken.rows";
    private static final int RELEASE_AUDIT_ENTRIES = 92;

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configurations;

    @Override
    @Configuration
    public Option[] configuration() {
        try {
            Path dir = Paths.get(System.getProperty("nts.itest.dir", "target/itest"), "upgrade", UUID.randomUUID().toString()).toAbsolutePath();
            String release = "jdbc:h2:file:" + dir.resolve("release/nts");
            List<String> releaseRows = releaseDatabase(release);
            TableRows.write(releaseRows, dir.resolve("release-rows.txt"));

            // a database the release made and Liquibase adopted, where a changeset was edited after it
            // ran: Liquibase's validation must refuse it before it applies anything
            String broken = "jdbc:h2:file:" + dir.resolve("broken/nts");
            releaseDatabase(broken);
            try (Connection c = DriverManager.getConnection(broken, "nts", "nts"); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE DATABASECHANGELOG(ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL,"
                        + " DATEEXECUTED TIMESTAMP NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35),"
                        + " DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255),"
                        + " LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10))");
                st.execute("INSERT INTO DATABASECHANGELOG VALUES ('0001-table-NTS_AUDIT', 'nts', 'db/changelog/changes/0001-release-0.1-schema.xml',"
                        + " TIMESTAMP '2026-11-30 10:00:00', 1, 'EXECUTED', '9:0123456789abcdef0123456789abcdef', 'createTable tableName=NTS_AUDIT',"
                        + " '', NULL, '4.33.0', NULL, NULL, '0000000000')");
                st.execute("CREATE TABLE DATABASECHANGELOGLOCK(ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP,"
                        + " LOCKEDBY VARCHAR(255), CONSTRAINT PK_DATABASECHANGELOGLOCK PRIMARY KEY (ID))");
                st.execute("INSERT INTO DATABASECHANGELOGLOCK VALUES (1, FALSE, NULL, NULL)");
                TableRows.write(TableRows.of(c, true), dir.resolve("broken-rows.txt"));
            }
            String settings = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            return NtsDistribution.with(NtsDistribution.with(NtsDistribution.options(),
                    NtsDistribution.dataSource("org.h2.Driver", release + settings, "nts", "nts")),
                    editConfigurationFilePut("etc/system.properties", RELEASE_ROWS, dir.resolve("release-rows.txt").toString()),
                    editConfigurationFilePut("etc/system.properties", BROKEN_URL, broken + settings),
                    editConfigurationFilePut("etc/system.properties", BROKEN_ROWS, dir.resolve("broken-rows.txt").toString()));
        } catch (Exception e) {
            throw new IllegalStateException("could not make the databases of release 0.1: " + e.getMessage(), e);
        }
    }

    private static List<String> releaseDatabase(String url) throws Exception {
        String fixture = new File(System.getProperty("nts.release.fixture")).getAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "nts", "nts"); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + fixture.replace("'", "''") + "'");
            List<String> rows = TableRows.of(c, true);
            assertEquals(RELEASE_AUDIT_ENTRIES, rows.stream().filter(r -> r.startsWith("NTS_AUDIT:")).count());
            return rows;
        }
    }

    @Test
    public void first_theReleaseDatabaseIsAdoptedWithEveryRecordAndAuditEntryAndWorksOn() throws Exception {
        List<String> before = TableRows.read(Paths.get(System.getProperty(RELEASE_ROWS)));
        try (Connection c = published().getConnection()) {
            // the tables of release 0.1, row for row; tables of later changesets are new (and hold what a start writes)
            java.util.Set<String> releaseTables = before.stream().map(r -> r.substring(0, r.indexOf(':'))).collect(java.util.stream.Collectors.toSet());
            // and for the mark that the text search's word index was made (a new row of a release table)
            List<String> now = TableRows.of(c, false).stream().filter(r -> releaseTables.contains(r.substring(0, r.indexOf(':'))))
                    .filter(r -> !r.startsWith("NTS_SEED_MARKER: NAME=search-words ")).toList();
            // but for the audit kinds release 0.1 wrote with a blank: changeset 0004 spells them as now
            List<String> respelled = before.stream()
                    .map(r -> r.replace(" KIND=funding call RECORD_KEY=", " KIND=funding-call RECORD_KEY=").replace(" KIND=value chain RECORD_KEY=", " KIND=value-chain RECORD_KEY="))
                    .toList();
            assertTrue("the release has entries of both former kinds", !respelled.equals(before)
                    && now.stream().anyMatch(r -> r.contains(" KIND=funding-call RECORD_KEY=")) && now.stream().anyMatch(r -> r.contains(" KIND=value-chain RECORD_KEY=")));
            // and for the columns changeset 0010 gave the inputs: the ROM of each one's workshop (all BOM's in the release), no public submission
            String added = " ROM_CODE=BOM SUBMITTED_ORGANISATION=null CONTACT_NAME=null CONTACT_EMAIL=null CONTACT_CONSENT=null";
            List<String> inputs = now.stream().filter(r -> r.startsWith("NTS_INPUT: ")).toList();
            assertTrue("every input of the release with its workshop's ROM: " + inputs, !inputs.isEmpty() && inputs.stream().allMatch(r -> r.endsWith(added)));
            now = now.stream().map(r -> r.startsWith("NTS_INPUT: ") ? r.substring(0, r.length() - added.length()) : r).toList();
            // and for the columns changeset 0011 gave the funding calls (no TRL range, not said to be cross-regional)
            String calls = " TRL_MIN=null TRL_MAX=null CROSS_REGIONAL=null";
            assertTrue("every funding call of the release without a TRL range", now.stream().filter(r -> r.startsWith("NTS_FUNDING_CALL: "))
                    .allMatch(r -> r.endsWith(calls)));
            now = now.stream().map(r -> r.startsWith("NTS_FUNDING_CALL: ") ? r.substring(0, r.length() - calls.length()) : r).toList();
            // and for the column changeset 0013 gave the participants: an address kept so far on the basis the platform stated, public task
            List<String> participants = now.stream().filter(r -> r.startsWith("NTS_WORKSHOP_PARTICIPANT: ")).toList();
            assertTrue("the release's participants with an address: " + participants, participants.stream().anyMatch(r -> r.endsWith(" EMAIL_BASIS=PUBLIC_TASK"))
                    && participants.stream().allMatch(r -> r.contains(" EMAIL=null ") == r.endsWith(" EMAIL_BASIS=null")));
            now = now.stream().map(r -> r.startsWith("NTS_WORKSHOP_PARTICIPANT: ") ? r.replaceFirst(" EMAIL_BASIS=[A-Z_a-z]*$", "") : r).toList();
            assertEquals("every row of every table as release 0.1 left it", respelled, now);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT SUM(CASE WHEN ID LIKE '0001-%' THEN 1 ELSE 0 END), SUM(CASE WHEN ID LIKE '0001-%' AND EXECTYPE = 'MARK_RAN' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN ID NOT LIKE '0001-%' AND EXECTYPE = 'EXECUTED' THEN 1 ELSE 0 END), COUNT(*) FROM DATABASECHANGELOG")) {
                rs.next();
                assertTrue("release 0.1's changesets are recorded", rs.getInt(1) > 40);
                assertEquals("each of release 0.1's found in place, none made anew", rs.getInt(1), rs.getInt(2));
                assertEquals("the later changesets ran", rs.getInt(4) - rs.getInt(1), rs.getInt(3));
            }
        }
        Await.until("the adoption is logged", Duration.ofSeconds(5), () -> log().contains("found in place and adopted"));

        JsonNode audit = api.get("/audit?size=1").json();
        assertEquals(RELEASE_AUDIT_ENTRIES, audit.get("total").asInt());
        JsonNode workshops = api.get("/workshops?q=Fixture").json().get("items");
        assertEquals(1, workshops.size());
        assertEquals("Fixture workshop (renamed)", workshops.get(0).get("title").asText());
        assertEquals(List.of("Ana de Vries"), List.of(workshops.get(0).get("participants").get(0).get("name").asText()));
        assertEquals(404, api.get("/value-chains/VC14").status());
        // the release's records get the text search's words at this first start, in the background
        Await.until("the release's actions are found by the starts of their words", Duration.ofSeconds(60), () -> {
            try {
                return api.get("/actions?q=PACKAG%20brainp").json().get("total").asInt() == 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the release's sequences go on: a new record gets an id of its own
        Api.Answer created = api.post("/workshops", Api.json(Map.of("title", "After the upgrade", "date", "2026-12-01", "rom", "BOM")));
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        assertFalse(before.stream().anyMatch(r -> r.startsWith("NTS_WORKSHOP: ID=" + id + " ")));
        assertEquals(RELEASE_AUDIT_ENTRIES + 1, api.get("/audit?size=1").json().get("total").asInt());
    }

    @Test
    public void then_aFailedMigrationPublishesNoDatabaseSaysWhyInOneLineAndChangesNothing() throws Exception {
        org.osgi.service.cm.Configuration[] found = configurations.listConfigurations("(service.factoryPid=org.ops4j.datasource)");
        assertEquals(1, found.length);
        Dictionary<String, Object> properties = found[0].getProperties();
        properties.put("url", System.getProperty(BROKEN_URL));
        found[0].update(properties);

        String failure = "database schema migration failed, the core does not start: ";
        Await.until("the failure is logged", Duration.ofSeconds(60), () -> log().contains(failure));
        String line = log().lines().filter(l -> l.contains(failure)).reduce((a, b) -> b).orElseThrow();
        assertTrue(line, line.contains("0001-table-NTS_AUDIT"));
        assertTrue(line, line.toLowerCase().contains("checksum") || line.toLowerCase().contains("check sum"));
        assertTrue(line, line.contains("SEVERE") || line.contains("ERROR"));
        String after = log().substring(log().indexOf(line));
        assertFalse("one line, no stack trace", after.lines().skip(1).anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")));

        assertNull("no data source published for the persistence unit", publishedOrNull());
        Await.until("the API has no database to answer from", Duration.ofSeconds(30), () -> status("/technologies") != 200);
        try (Connection c = raw().getConnection()) {
            assertEquals("the database as it was, Liquibase's tables included",
                    TableRows.read(Paths.get(System.getProperty(BROKEN_ROWS))), TableRows.of(c, true));
        }
        assertNotEquals(200, status("/organisations"));
    }

    private int status(String path) {
        try {
            return api.get(path).status();
        } catch (Exception e) {
            return -1;
        }
    }

    private DataSource published() throws Exception {
        DataSource ds = publishedOrNull();
        assertTrue("the migrated data source is published", ds != null);
        return ds;
    }

    private DataSource publishedOrNull() throws Exception {
        return service("(osgi.jndi.service.name=nts)");
    }

    private DataSource raw() throws Exception {
        DataSource ds = service("(osgi.jndi.service.name=nts.raw)");
        assertTrue("the configured data source is there", ds != null);
        return ds;
    }

    private DataSource service(String filter) throws Exception {
        Collection<ServiceReference<DataSource>> refs = context.getServiceReferences(DataSource.class, filter);
        return refs.isEmpty() ? null : context.getService(refs.iterator().next());
    }

    private static String log() {
        try {
            return Files.readString(Paths.get(System.getProperty("karaf.data"), "log", "karaf.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
