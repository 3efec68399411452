package nl.nts.platform.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.Backups.Job;
import nl.nts.platform.core.shared.Backups.UploadTooLarge;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;

/**
 * The jobs of {@link JdbcBackups} on real H2 databases: what a restore meets before it starts
 * (an operator, the size an upload may have), and the state a job ends in whatever fails.
 */
class BackupJobsTest {

    private static final Caller OPERATOR = Caller.user("kia", Set.of("kia-operator"));

    @TempDir
    Path dir;

    /** What the jobs did through the persistence unit and the plugin state, in order. */
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private JdbcBackups backups;

    @AfterEach
    void stop() throws InterruptedException {
        if (backups != null) {
            backups.stop();
        }
    }

    private JdbcBackups backups(DataSource dataSource, Caller caller, long uploadMost, RuntimeException jpaFailure, Error jpaError) {
        JpaTemplate jpa = (JpaTemplate) Proxy.newProxyInstance(JpaTemplate.class.getClassLoader(), new Class<?>[] {JpaTemplate.class}, (proxy, method, args) -> {
            steps.add(method.getName() + " " + args[0]);
            if (jpaError != null) {
                throw jpaError;
            }
            if (jpaFailure != null) {
                throw jpaFailure;
            }
            return null;
        });
        CallerScope scope = new CallerScope() {
            @Override
            public <T> T call(Caller c, Supplier<T> work) {
                return work.get();
            }

            @Override
            public Optional<Caller> current() {
                return Optional.of(caller);
            }
        };
        backups = new JdbcBackups(dataSource, jpa, scope, "0.1.0.TEST", dir.resolve("backups"), uploadMost);
        return backups;
    }

    /** A database of the test schema with this many organisations (none: an empty platform). */
    private static DataSource database(int organisations) throws SQLException {
        try (Connection c = BackupRoundTripTest.database()) {
            if (organisations > 0) {
                BackupRoundTripTest.fill(c, organisations);
            }
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:backup" + BackupRoundTripTest.databases);
        return dataSource;
    }

    private static byte[] backupOf(DataSource source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = source.getConnection()) {
            BackupWriter.write(c, out, "0.1.0.TEST", "kia", Instant.parse("2026-11-29T12:00:00Z"), n -> { }, n -> { });
        }
        return out.toByteArray();
    }

    private static Job ended(JdbcBackups backups, long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (Job job = backups.job(id);; job = backups.job(id)) {
            if (!Job.RUNNING.equals(job.state())) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                fail("job " + id + " still RUNNING after 30 s: " + job);
            }
            Thread.sleep(10);
        }
    }

    private List<Path> uploads() throws Exception {
        Path folder = dir.resolve("backups").resolve("uploads");
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static long organisations(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from NTS_ORGANISATION")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aFailureAfterTheRowsAreInLeavesTheRestoreDoneWithANoteNamingIt() throws Exception {
        byte[] backup = backupOf(database(25));
        DataSource target = database(0);
        JdbcBackups backups = backups(target, OPERATOR, 1 << 20, null, null);
        backups.bindPluginState(() -> {
            steps.add("reconcile");
            throw new IllegalStateException("the feature repository cannot be reached");
        });
        Job job = ended(backups, backups.restore(new ByteArrayInputStream(backup)).id());

        assertEquals(Job.DONE, job.state(), job.toString());
        assertNull(job.error());
        assertEquals(25, organisations(target), "the data is in");
        assertTrue(job.notes().stream().anyMatch(n -> n.contains("the data is restored, but installing the restored plugins")
                && n.contains("the feature repository cannot be reached")), job.notes().toString());
        // the persistence unit forgets its stale ids first, then the audit entry, then the plugins
        assertEquals(List.of("tx Supports", "tx Required", "reconcile"), steps);
        assertEquals(List.of(), uploads(), "the upload is deleted once the restore ended");
    }

    @Test
    void theAuditEntryIsWrittenEvenWhenThePluginsFailAndItsOwnFailureIsNotedToo() throws Exception {
        byte[] backup = backupOf(database(3));
        DataSource target = database(0);
        JdbcBackups backups = backups(target, OPERATOR, 1 << 20, new IllegalStateException("the audit table is locked"), null);
        Job job = ended(backups, backups.restore(new ByteArrayInputStream(backup)).id());
        assertEquals(Job.DONE, job.state(), job.toString());
        assertEquals(3, organisations(target));
        assertTrue(job.notes().stream().anyMatch(n -> n.contains("writing the restore's audit entry failed: the audit table is locked")), job.notes().toString());
    }

    @Test
    void anErrorEndsAJobAsFailedInsteadOfLeavingItRunning() throws Exception {
        JdbcBackups backups = backups(database(2), OPERATOR, 1 << 20, null, new NoClassDefFoundError("org/eclipse/persistence/Gone"));
        Job backup = ended(backups, backups.backup(dir.resolve("b.zip")).id());
        assertEquals(Job.FAILED, backup.state(), backup.toString());
        assertTrue(backup.error().contains("org/eclipse/persistence/Gone"), backup.error());
        assertFalse(Files.exists(dir.resolve("b.zip.partial")));

        // a restore whose rows meet an Error: rolled back, FAILED, and the next job may start
        byte[] file = backupOf(database(4));
        DataSource empty = database(0);
        int[] connections = {0};
        DataSource failing = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            if (method.getName().equals("getConnection") && ++connections[0] > 1) {
                throw new StackOverflowError("deep");
            }
            return method.invoke(empty, args);
        });
        JdbcBackups restoring = backups(failing, OPERATOR, 1 << 20, null, null);
        Job restore = ended(restoring, restoring.restore(new ByteArrayInputStream(file)).id());
        assertEquals(Job.FAILED, restore.state(), restore.toString());
        assertEquals(0, restore.rows());
        assertEquals(0, organisations(empty));
        assertEquals(List.of(), uploads());
        backups.stop();
    }

    @Test
    void anUploadIsTakenFromAnOperatorOnlyUpToItsSizeAndNeverKeptWhenRefused() throws Exception {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read before the caller was checked");
            }
        };
        JdbcBackups member = backups(database(0), Caller.user("bom", Set.of("rom-member:BOM")), 1 << 20, null, null);
        assertThrows(SecurityException.class, () -> member.restore(unread));
        assertFalse(Files.exists(dir.resolve("backups")), "nothing stored for a caller who may not restore");
        member.stop();

        DataSource target = database(0);
        byte[] backup = backupOf(database(30));
        JdbcBackups small = backups(target, OPERATOR, backup.length - 1, null, null);
        UploadTooLarge tooLarge = assertThrows(UploadTooLarge.class, () -> small.restore(new ByteArrayInputStream(backup)));
        assertEquals(backup.length - 1, tooLarge.most());
        assertTrue(tooLarge.getMessage().contains("nts:restore"), tooLarge.getMessage());
        assertEquals(List.of(), uploads(), "nothing of a refused upload is kept");
        assertThrows(ValidationException.class, () -> small.restore(new ByteArrayInputStream("not a zip".getBytes())));
        assertEquals(List.of(), uploads());
        small.stop();

        JdbcBackups full = backups(database(1), OPERATOR, 1 << 20, null, null);
        ConflictException holdsData = assertThrows(ConflictException.class, () -> full.restore(new ByteArrayInputStream(backup)));
        assertTrue(holdsData.getMessage().contains("holds data"), holdsData.getMessage());
        assertEquals(List.of(), uploads());
        assertEquals(0, organisations(target), "nothing restored");
    }
}
