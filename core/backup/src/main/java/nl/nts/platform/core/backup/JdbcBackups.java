package nl.nts.platform.core.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.core.shared.Backups;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.PluginState;

/**
 * Backups and restores as jobs, one at a time, on a thread of their own, straight on the data
 * source {@code nts} (JDBC, outside the persistence unit: rows stream, nothing is held in memory).
 * A backup file is written next to its final name and renamed once complete, so a file of that
 * name is always whole. After a restore the persistence unit forgets what it cached and the ids
 * it had taken in advance, the restore is audited, and the restored plugins are installed: once
 * the rows are in, a failure of these steps leaves the job {@code DONE} with a note naming it.
 * A job never stays {@code RUNNING}: whatever ends its thread ends it.
 */
@Component(service = Backups.class, immediate = true, configurationPid = "nl.nts.platform.backup")
@Designate(ocd = JdbcBackups.Config.class)
public class JdbcBackups implements Backups {

    @ObjectClassDefinition(name = "nts-platform backups", description = "Backups of the whole platform and restores into an empty one")
    public @interface Config {
        @AttributeDefinition(description = "The largest backup file a restore takes as an upload (POST /api/restores), in bytes;"
                + " a larger one restores from the shell (nts:restore FILE)")
        long uploadMostBytes() default 1L << 30;
    }

    private static final Logger LOG = Logger.getLogger(JdbcBackups.class.getName());
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final int KEPT_JOBS = 50;

    private final DataSource dataSource;
    private final JpaTemplate jpa;
    private final CallerScope scope;
    private final String platformVersion;
    private final Path folder;
    private final long uploadMost;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Running> jobs = new ConcurrentSkipListMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nts-backup");
        t.setDaemon(true);
        return t;
    });

    private volatile PluginState pluginState;

    @Activate
    public JdbcBackups(BundleContext context, @Reference(target = "(osgi.jndi.service.name=nts)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, Config config) {
        this(dataSource, jpa, scope, context.getBundle().getVersion().toString(),
                Path.of(context.getProperty("karaf.data") == null ? "data" : context.getProperty("karaf.data"), "backups"), config.uploadMostBytes());
    }

    /** @param folder where backups go by default, and uploads wait for their restore (below it, in {@code uploads}) */
    JdbcBackups(DataSource dataSource, JpaTemplate jpa, CallerScope scope, String platformVersion, Path folder, long uploadMost) {
        this.dataSource = dataSource;
        this.jpa = jpa;
        this.scope = scope;
        this.platformVersion = platformVersion;
        this.folder = folder;
        this.uploadMost = uploadMost;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindPluginState(PluginState state) {
        this.pluginState = state;
    }

    void unbindPluginState(PluginState state) {
        if (this.pluginState == state) {
            this.pluginState = null;
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** A job as it runs: its fields change, its snapshot is a {@link Job}. */
    private final class Running {
        final long id = ids.incrementAndGet();
        final String kind;
        final String by;
        final Instant started = clock.instant();
        final Path file;
        final AtomicLong rows = new AtomicLong();
        volatile long total;
        volatile String state = Job.RUNNING;
        volatile Instant finished;
        volatile long bytes;
        volatile Map<String, Long> tables = Map.of();
        volatile List<String> notes = List.of();
        volatile String error;

        Running(String kind, String by, Path file) {
            this.kind = kind;
            this.by = by;
            this.file = file;
        }

        Job snapshot() {
            return new Job(id, kind, state, by, started, finished, file.toString(), rows.get(), total, bytes, tables, notes, error);
        }

        void done(List<String> notes) {
            this.notes = List.copyOf(notes);
            state = Job.DONE;
            finished = clock.instant();
        }

        void failed(Throwable e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
            state = Job.FAILED;
            finished = clock.instant();
        }
    }

    @Override
    public Job backup(Path target) {
        String by = operator("back up the platform");
        Path file = target == null ? folder.resolve("nts-backup-" + FILE_TIME.format(clock.instant()) + ".zip") : target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new nl.nts.platform.api.ValidationException("file", file + " is a folder; name the backup file to write");
        }
        Running job = start(new Running("backup", by, file));
        worker.execute(() -> runBackup(job));
        LOG.info(() -> "Backup " + job.id + " started by " + by + " into " + file);
        return job.snapshot();
    }

    private void runBackup(Running job) {
        Path partial = job.file.resolveSibling(job.file.getFileName() + ".partial");
        try {
            // before the snapshot: the backup holds the entry that says who took it
            audit(job, "export", Map.of("file", job.file.getFileName().toString()));
            Files.createDirectories(job.file.toAbsolutePath().getParent());
            BackupWriter.Result result;
            try (Connection connection = dataSource.getConnection(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                result = BackupWriter.write(connection, out, platformVersion, job.by, job.started, n -> job.total = n, n -> job.rows.addAndGet(n));
            }
            Files.move(partial, job.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            job.bytes = Files.size(job.file);
            job.tables = result.tables();
            List<String> notes = new ArrayList<>();
            if (!result.secretsLeftOut().isEmpty()) {
                notes.add("secrets of plugin configurations are not in the backup; after a restore, set them again: " + String.join(", ", result.secretsLeftOut()));
            }
            job.done(notes);
            LOG.info(() -> "Backup " + job.id + " done: " + result.rows() + " rows, " + job.bytes + " bytes in " + job.file + " ("
                    + (job.finished.toEpochMilli() - job.started.toEpochMilli()) + " ms)");
        } catch (Throwable e) {
            // an Error too (a class gone with an update, memory): a job never stays RUNNING; the
            // partial file goes before the job ends, so whoever sees it ended finds none
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the next backup of that name replaces it
            }
            job.failed(e);
            LOG.log(Level.WARNING, "Backup " + job.id + " into " + job.file + " failed: " + job.error, e);
        }
    }

    @Override
    public Job restore(InputStream upload) {
        operator("restore a backup"); // before a byte is stored
        Path uploads = folder.resolve("uploads");
        Path file;
        try {
            Files.createDirectories(uploads);
            file = Files.createTempFile(uploads, "restore-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException("an upload cannot be stored in " + uploads + ": " + e.getMessage(), e);
        }
        try {
            store(upload, file);
            return restore(file, true);
        } catch (RuntimeException e) {
            deleteUpload(file);
            throw e;
        }
    }

    /** Copies an upload into its file, up to {@link Config#uploadMostBytes()}. */
    private void store(InputStream upload, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long stored = 0;
            for (int n; (n = upload.read(buffer)) >= 0; ) {
                stored += n;
                if (stored > uploadMost) {
                    throw new UploadTooLarge(uploadMost);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload broke off: " + e.getMessage(), e);
        }
    }

    private static void deleteUpload(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete the uploaded backup " + file + ": " + e.getMessage());
        }
    }

    @Override
    public Job restore(Path file, boolean deleteWhenDone) {
        String by = operator("restore a backup");
        Path source = file.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new NotFoundException("backup file", source.toString());
        }
        BackupRestorer.Manifest manifest = BackupRestorer.manifest(source);
        requireEmpty();
        Running job = start(new Running("restore", by, source));
        job.total = manifest.rows();
        worker.execute(() -> runRestore(job, manifest, deleteWhenDone));
        LOG.info(() -> "Restore " + job.id + " of " + source + " (made by " + manifest.json().path("createdBy").asText() + " at "
                + manifest.json().path("createdAt").asText() + ", platform " + manifest.json().path("platformVersion").asText() + ") started by " + by);
        return job.snapshot();
    }

    private void requireEmpty() {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> data = BackupRestorer.data(connection);
            if (!data.isEmpty()) {
                throw BackupRestorer.notEmpty(data);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be read: " + e.getMessage(), e);
        }
    }

    private void runRestore(Running job, BackupRestorer.Manifest manifest, boolean deleteWhenDone) {
        try {
            try (Connection connection = dataSource.getConnection()) {
                job.tables = new TreeMap<>(BackupRestorer.restore(connection, job.file, n -> job.rows.addAndGet(n)));
            }
        } catch (Throwable e) {
            // an Error too: a job never stays RUNNING. The upload goes before the job ends, so that
            // whoever sees it ended finds nothing of it left
            if (deleteWhenDone) {
                deleteUpload(job.file);
            }
            job.rows.set(0);
            job.failed(e);
            LOG.log(Level.WARNING, "Restore " + job.id + " of " + job.file + " failed and was rolled back: " + job.error, e);
            return;
        }
        // the rows are in, committed: a step after this that fails is named in a note, and the job is DONE
        List<String> notes = new ArrayList<>();
        after(job, notes, "forgetting what the persistence unit read before the restore (restart the platform)", this::forgetPersistenceUnit);
        after(job, notes, "writing the restore's audit entry", () -> audit(job, "restore", Map.of("file", job.file.getFileName().toString(),
                "rows", job.rows.get(), "createdAt", manifest.json().path("createdAt").asText(), "createdBy", manifest.json().path("createdBy").asText(),
                "platformVersion", manifest.json().path("platformVersion").asText())));
        after(job, notes, "installing the restored plugins (see nts:plugins)", this::installPlugins);
        if (!manifest.secretsLeftOut().isEmpty()) {
            notes.add("the backup holds no secrets; set these plugin configurations' secrets again: " + String.join(", ", manifest.secretsLeftOut()));
        }
        try {
            job.bytes = Files.size(job.file);
        } catch (IOException e) {
            LOG.fine(() -> "The size of " + job.file + " is unknown: " + e.getMessage());
        }
        if (deleteWhenDone) {
            deleteUpload(job.file);
        }
        job.done(notes);
        LOG.info(() -> "Restore " + job.id + " done: " + job.rows.get() + " rows from " + job.file + " ("
                + (job.finished.toEpochMilli() - job.started.toEpochMilli()) + " ms)" + (notes.isEmpty() ? "" : "; " + notes));
    }

    /** A step after the rows of a restore are in: its failure undoes nothing, and is noted. */
    private static void after(Running job, List<String> notes, String what, Runnable step) {
        try {
            step.run();
        } catch (Throwable e) {
            notes.add("the data is restored, but " + what + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            LOG.log(Level.WARNING, "Restore " + job.id + ": the data is restored, but " + what + " failed", e);
        }
    }

    /**
     * The persistence unit read the database before the restore: its cache (reference data) and
     * the ids it took in advance are stale now. It forgets them before anything is written through
     * it, the restore's audit entry too.
     */
    private void forgetPersistenceUnit() {
        jpa.tx(TransactionType.Supports, em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            org.eclipse.persistence.jpa.JpaEntityManager eclipseLink = em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class);
            eclipseLink.getServerSession().getSequencingControl().initializePreallocated();
        });
    }

    private void installPlugins() {
        PluginState state = pluginState;
        if (state != null) {
            state.reconcile();
        }
    }

    private void audit(Running job, String action, Map<String, Object> what) {
        Map<String, Object> after = new TreeMap<>(what);
        after.put("job", job.id);
        jpa.tx(TransactionType.Required, em -> nl.nts.platform.core.store.Audit.record(em, clock.instant(), job.by, action, "backup",
                String.valueOf(job.file.getFileName()), List.of(), null, after));
    }

    private Running start(Running job) {
        synchronized (jobs) {
            for (Running other : jobs.values()) {
                if (Job.RUNNING.equals(other.state)) {
                    throw new ConflictException("job", "the " + other.kind + " " + other.id + " started by " + other.by + " is running; one job runs at a time");
                }
            }
            jobs.put(job.id, job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        return job;
    }

    @Override
    public Job job(long id) {
        operator("read the backup jobs");
        Running job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("backup job", String.valueOf(id));
        }
        return job.snapshot();
    }

    @Override
    public List<Job> jobs() {
        operator("read the backup jobs");
        List<Job> all = new ArrayList<>();
        jobs.values().forEach(j -> all.add(0, j.snapshot()));
        return all;
    }

    /** Only an operator backs up and restores: a backup holds every ROM's records and the whole audit trail. */
    private String operator(String what) {
        Caller caller = scope.current().orElseThrow(() -> new SecurityException("no caller is known to " + what));
        if (caller.kind() != Caller.Kind.USER && caller.kind() != Caller.Kind.SYSTEM) {
            throw new SecurityException(caller + " may not " + what + ": it needs the role " + nl.nts.platform.api.Roles.OPERATOR);
        }
        caller.requireRole(what);
        return caller.actor();
    }
}
