package nl.nts.platform.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;

/** The backup format on real H2 databases: a round trip loses nothing, a damaged file restores nothing, a backup is one snapshot. */
class BackupRoundTripTest {

    @TempDir
    Path dir;

    static int databases;

    static Connection database() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:backup" + (++databases) + ";DB_CLOSE_DELAY=-1");
        try (Statement s = c.createStatement()) {
            s.execute("create table NTS_ROM (CODE varchar(20) primary key, NAME varchar(100) not null)");
            s.execute("create table NTS_ORGANISATION (ID bigint primary key, NAME varchar(200) not null, ROM_CODE varchar(20) references NTS_ROM(CODE),"
                    + " TRL integer, ACTIVE boolean, BUDGET decimal(20,2), FOUNDED date, CREATED_AT timestamp(9), NOTES clob, LOGO varbinary(100))");
            s.execute("create table NTS_ORGANISATION_TECHNOLOGY (ORGANISATION_ID bigint references NTS_ORGANISATION(ID), TECHNOLOGY_CODE varchar(10))");
            s.execute("create table NTS_PLUGIN_CONFIG (PID varchar(200) primary key, PLUGIN_ID varchar(63) not null, PROPERTIES clob not null,"
                    + " CHANGED_BY varchar(100) not null, CHANGED_AT timestamp not null)");
            s.execute("create sequence NTS_ORGANISATION_SEQ start with 50 increment by 50");
            s.execute("create table OTHER_TABLE (ID int)");
            s.execute("insert into NTS_ROM values ('BOM', 'Brabantse Ontwikkelings Maatschappij')");
        }
        return c;
    }

    static void fill(Connection c, int organisations) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 1; i <= organisations; i++) {
                s.execute("insert into NTS_ORGANISATION values (" + i + ", 'Org ''" + i + "'' \u00e9\u4e2d', " + (i % 2 == 0 ? "'BOM'" : "null") + ", "
                        + (i % 9 + 1) + ", " + (i % 3 == 0) + ", 12345678901234.5" + (i % 10) + ", date '2025-05-0" + (i % 9 + 1)
                        + "', timestamp '2026-11-29 14:11:15.123456789', 'line one\nline two " + i + "', X'00ff" + String.format("%02x", i % 256) + "')");
                s.execute("insert into NTS_ORGANISATION_TECHNOLOGY values (" + i + ", 'NTS0" + (i % 9 + 1) + "')");
            }
            s.execute("insert into NTS_PLUGIN_CONFIG values ('nl.nts.platform.connector.cordis', 'connector-cordis',"
                    + " '{\"apiKey\":{\"type\":\"String\",\"value\":\"s3cr3t-key\"},\"pin\":{\"secret\":true,\"type\":\"String\",\"value\":\"s3cr3t-pin\"},\"organisationFile\":{\"type\":\"String\",\"value\":\"/data/org.csv\"}}',"
                    + " 'kia', timestamp '2026-11-29 10:00:00')");
            s.execute("insert into OTHER_TABLE values (1)");
        }
    }

    private Path backup(Connection c) throws Exception {
        Path file = dir.resolve("backup-" + databases + ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            BackupWriter.write(c, out, "0.1.0.TEST", "kia", Instant.parse("2026-11-29T12:00:00Z"), n -> { }, n -> { });
        }
        return file;
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + table + " order by 1, 2")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.append(value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : value instanceof java.sql.Clob clob
                            ? clob.getSubString(1, (int) clob.length()) : String.valueOf(value)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void aRoundTripKeepsEveryRowAndValueAndSetsTheSequencePastTheIds() throws Exception {
        Path file;
        List<String> organisations;
        List<String> technologies;
        List<String> roms;
        try (Connection source = database()) {
            fill(source, 1234);
            file = backup(source);
            organisations = rows(source, "NTS_ORGANISATION");
            technologies = rows(source, "NTS_ORGANISATION_TECHNOLOGY");
            roms = rows(source, "NTS_ROM");
        }
        try (Connection target = database()) {
            var restored = BackupRestorer.restore(target, file, n -> { });
            assertEquals(1234L, restored.get("NTS_ORGANISATION"));
            assertEquals(organisations, rows(target, "NTS_ORGANISATION"));
            assertEquals(technologies, rows(target, "NTS_ORGANISATION_TECHNOLOGY"));
            assertEquals(roms, rows(target, "NTS_ROM"));
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("select count(*) from OTHER_TABLE")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "only the platform's tables (NTS_*) are in a backup");
            }
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("select next value for NTS_ORGANISATION_SEQ")) {
                rs.next();
                assertEquals(1234 + 50, rs.getLong(1), "the next block of 50 ids starts past the highest restored id");
            }
            // the secret is not in the backup: the configuration comes back without it
            String properties = rows(target, "NTS_PLUGIN_CONFIG").get(0);
            assertFalse(properties.contains("s3cr3t"), properties);
            assertTrue(properties.contains("/data/org.csv"), properties);
        }
        String everything = everyEntry(file);
        assertFalse(everything.contains("s3cr3t"), "no secret anywhere in the file");
        assertTrue(everything.contains("nl.nts.platform.connector.cordis apiKey"), "the manifest names the secret left out");
        assertTrue(everything.contains("nl.nts.platform.connector.cordis pin"), "and the password its plugin's metatype marked, named unlike a secret");
    }

    @Test
    void aBackupOfRelease01GetsTheAuditKindsSpelledAsNow() throws Exception {
        String audit = "create table NTS_AUDIT (ID bigint primary key, KIND varchar(40) not null, RECORD_KEY varchar(200) not null)";
        Path file;
        try (Connection source = database(); Statement s = source.createStatement()) {
            s.execute(audit);
            s.execute("insert into NTS_AUDIT values (1, 'funding call', '3'), (2, 'value chain', 'VC01'), (3, 'workshop', '1'), (4, 'funding-call', '4')");
            file = backup(source);
        }
        try (Connection target = database()) {
            try (Statement s = target.createStatement()) {
                s.execute(audit);
            }
            BackupRestorer.restore(target, file, n -> { });
            assertEquals(List.of("1|funding-call|3|", "2|value-chain|VC01|", "3|workshop|1|", "4|funding-call|4|"), rows(target, "NTS_AUDIT"));
        }
    }

    @Test
    void aPlatformHoldingDataRefusesTheRestoreAndKeepsItsData() throws Exception {
        Path file;
        try (Connection source = database()) {
            fill(source, 3);
            file = backup(source);
        }
        try (Connection target = database()) {
            fill(target, 1);
            ConflictException refused = assertThrows(ConflictException.class, () -> BackupRestorer.restore(target, file, n -> { }));
            assertTrue(refused.getMessage().contains("holds data"), refused.getMessage());
            assertEquals(1, rows(target, "NTS_ORGANISATION").size());
        }
    }

    @Test
    void aDamagedFileRestoresNothing() throws Exception {
        Path file;
        try (Connection source = database()) {
            fill(source, 700);
            file = backup(source);
        }
        // the last table's entry changed: everything before it was inserted already, and must go
        Path damaged = dir.resolve("damaged.zip");
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(BackupFile.entry("NTS_PLUGIN_CONFIG"))) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("kia", "eve").getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        try (Connection target = database()) {
            ValidationException failed = assertThrows(ValidationException.class, () -> BackupRestorer.restore(target, damaged, n -> { }));
            assertTrue(failed.getMessage().contains("damaged"), failed.getMessage());
            assertEquals(List.of(), rows(target, "NTS_ORGANISATION"), "nothing half restored");
            assertEquals(1, rows(target, "NTS_ROM").size(), "the reference data as it was");
        }
    }

    @Test
    void aBackupIsOneSnapshotWhileWritesGoOn() throws Exception {
        Path file = dir.resolve("snapshot.zip");
        int db;
        try (Connection source = database()) {
            db = databases;
            fill(source, 10);
            AtomicBoolean written = new AtomicBoolean();
            try (Connection writer = DriverManager.getConnection("jdbc:h2:mem:backup" + db); OutputStream out = Files.newOutputStream(file)) {
                BackupWriter.write(source, out, "0.1.0.TEST", "kia", Instant.now(), n -> { }, n -> {
                    if (written.compareAndSet(false, true)) {
                        try (Statement s = writer.createStatement()) {
                            // tables the backup has not reached yet, committed meanwhile
                            s.execute("insert into NTS_ORGANISATION values (99, 'Late', null, 1, true, 1, null, null, null, null)");
                            s.execute("insert into NTS_PLUGIN_CONFIG values ('late', 'late', '{}', 'kia', timestamp '2026-11-29 10:00:00')");
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
            assertTrue(written.get());
        }
        String everything = everyEntry(file);
        assertFalse(everything.contains("Late"), "a row committed during the backup is not in it");
        assertFalse(everything.contains("\"late\""), "in no table");
        assertTrue(everything.contains("\"rows\" : 10"), everything);
    }

    @Test
    void aFileThatIsNoBackupIsRefusedClearly() throws Exception {
        Path text = dir.resolve("notes.zip");
        Files.writeString(text, "hello");
        ValidationException e = assertThrows(ValidationException.class, () -> BackupRestorer.manifest(text));
        assertTrue(e.getMessage().contains("not a zip"), e.getMessage());
    }

    private static String everyEntry(Path file) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}
