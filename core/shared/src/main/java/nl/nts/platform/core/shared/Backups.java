package nl.nts.platform.core.shared;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.NtsException;
import nl.nts.platform.api.ValidationException;

/**
 * Backups of the whole platform (every record, the audit trail, API tokens' hashes, the
 * installed plugins and their configuration without secrets) as one database-neutral file,
 * taken while the platform runs, and restores of one into an empty platform. Both run as
 * jobs; only an operator ({@code kia-operator}) starts or reads them.
 */
public interface Backups {

    /**
     * A backup or restore, as it runs and after.
     *
     * @param id       the job's id, from 1 since the start
     * @param kind     {@code backup} or {@code restore}
     * @param state    {@code RUNNING}, {@code DONE} or {@code FAILED}
     * @param by       who started it
     * @param file     the backup file written or read
     * @param rows     rows written or restored so far
     * @param total    rows in all (for a backup: counted at its start, in its snapshot)
     * @param bytes    size of the file (a backup: once done)
     * @param tables   rows per table, once done
     * @param notes    what the operator should know, e.g. the secrets a restore could not bring back
     * @param error    why it failed; null otherwise
     */
    record Job(long id, String kind, String state, String by, Instant started, Instant finished, String file, long rows, long total,
            long bytes, Map<String, Long> tables, List<String> notes, String error) {

        public static final String RUNNING = "RUNNING";
        public static final String DONE = "DONE";
        public static final String FAILED = "FAILED";

        /** @return done so far, 0 to 100 */
        public int percent() {
            return total <= 0 ? (DONE.equals(state) ? 100 : 0) : (int) Math.min(100, rows * 100 / total);
        }
    }

    /**
     * Starts a backup into a file.
     *
     * @param target the file to write; null for a new file under {@code data/backups}
     * @throws SecurityException unless the caller is an operator
     */
    Job backup(Path target);

    /**
     * Starts restoring a backup file into this platform, which must be empty: no rows beyond the
     * reference data (key technologies, ROMs) that every start writes. Checked before it starts
     * and again in the restore's transaction; the restore is all or nothing.
     *
     * @param deleteWhenDone delete the file once the restore ended (an upload)
     * @throws ConflictException when the platform holds data (field {@code database}) or a job is running
     * @throws SecurityException unless the caller is an operator
     */
    Job restore(Path file, boolean deleteWhenDone);

    /**
     * Starts restoring a backup file sent as a stream (an upload), as {@link #restore(Path, boolean)}
     * does a file: whoever sends it meets the same checks. The caller must be an operator before a
     * byte is read; the stream is stored in the platform's upload folder ({@code data/backups/uploads}),
     * up to the size the platform takes, and the stored file is deleted once the restore has ended
     * or was refused.
     *
     * @throws UploadTooLarge when the stream holds more than the platform takes (nothing of it is kept)
     * @throws ValidationException (field {@code file}) when it is no backup of this platform
     * @throws ConflictException when the platform holds data (field {@code database}) or a job is running
     * @throws SecurityException unless the caller is an operator
     */
    Job restore(InputStream upload);

    /** An upload larger than the platform takes; a file that size restores from the shell ({@code nts:restore FILE}). */
    final class UploadTooLarge extends NtsException {
        private static final long serialVersionUID = 1L;

        private final long most;

        public UploadTooLarge(long most) {
            super("the backup file is larger than the " + most + " bytes this platform takes as an upload; restore it from the shell"
                    + " (nts:restore FILE), or raise uploadMostBytes in etc/nl.nts.platform.backup.cfg");
            this.most = most;
        }

        /** @return the most bytes an upload may hold */
        public long most() {
            return most;
        }
    }

    /** @throws NotFoundException when there is no such job */
    Job job(long id);

    /** @return the jobs since the start, newest first */
    List<Job> jobs();
}
