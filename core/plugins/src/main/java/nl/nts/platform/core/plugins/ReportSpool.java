package nl.nts.platform.core.plugins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.nts.platform.api.model.ReportFile;

/**
 * Where a format writes a report: the first {@value #IN_MEMORY} bytes in memory, the rest in a
 * temporary file of a folder of the platform's, so a report of any size passes through a heap
 * of a fixed size. It refuses to grow past the size cap, and once discarded (a render that ran
 * out of time and writes on regardless) it refuses every write and holds nothing.
 *
 * <p>Writes come from the format's worker thread, {@link #discard} from the request's; both lock
 * the spool, behind a buffer of the caller's making.
 */
final class ReportSpool extends OutputStream {

    /** What a report may hold in memory before it goes to a file. */
    static final int IN_MEMORY = 1 << 20;

    private static final Logger LOG = Logger.getLogger(ReportSpool.class.getName());
    private static final String PREFIX = "report-";

    private final Path folder;
    private final long max;
    private byte[] bytes = new byte[8192];
    private int kept;
    private Path file;
    private OutputStream fileOut;
    private long size;
    private boolean discarded;
    private boolean finished;

    ReportSpool(Path folder, long max) {
        this.folder = folder;
        this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (discarded) {
            throw new IOException("the report was given up (it ran out of time)");
        }
        if (finished) {
            throw new IOException("the report is finished");
        }
        if (size + len > max) {
            throw new IOException("the report is larger than " + (max / 1024 / 1024) + " MB");
        }
        if (fileOut == null && kept + len <= IN_MEMORY) {
            if (kept + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(IN_MEMORY, Math.max(bytes.length * 2, kept + len)));
            }
            System.arraycopy(b, off, bytes, kept, len);
            kept += len;
        } else {
            if (fileOut == null) {
                Files.createDirectories(folder);
                file = Files.createTempFile(folder, PREFIX, ".part");
                fileOut = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                fileOut.write(bytes, 0, kept);
                bytes = null;
            }
            fileOut.write(b, off, len);
        }
        size += len;
    }

    /**
     * The render is done: what was written becomes a report.
     *
     * @throws IOException when the file cannot be closed
     */
    synchronized ReportFile finish(String mediaType, String fileName) throws IOException {
        if (discarded) {
            throw new IOException("the report was given up (it ran out of time)");
        }
        finished = true;
        if (fileOut != null) {
            fileOut.close();
        }
        return new Spooled(mediaType, fileName);
    }

    /** Gives the report up: deletes what it holds; later writes fail. */
    synchronized void discard() {
        discarded = true;
        bytes = null;
        closeQuietly();
        delete(file);
    }

    private void closeQuietly() {
        if (fileOut != null) {
            try {
                fileOut.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing a report's file", e);
            }
        }
    }

    /**
     * Deletes reports left in the folder by a platform that stopped while handing them out, and
     * those older than {@code age} (a caller that never closed its report).
     */
    static void sweep(Path folder, Duration age) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant before = Instant.now().minus(age);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path f : files) {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, "sweeping " + f, e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not sweep the reports' folder " + folder, e);
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the report file " + file, e);
        }
    }

    /** The finished report: its bytes in memory, or its file. */
    private final class Spooled implements ReportFile {
        private final String mediaType;
        private final String fileName;
        private final byte[] inMemory;
        private final Path onDisk;
        private final long length;
        private volatile boolean closed;

        Spooled(String mediaType, String fileName) {
            this.mediaType = mediaType;
            this.fileName = fileName;
            this.inMemory = file == null ? Arrays.copyOf(bytes, kept) : null;
            this.onDisk = file;
            this.length = size;
            bytes = null;
        }

        @Override
        public String mediaType() {
            return mediaType;
        }

        @Override
        public String fileName() {
            return fileName;
        }

        @Override
        public long size() {
            return length;
        }

        @Override
        public InputStream open() throws IOException {
            if (closed) {
                throw new IOException("the report " + fileName + " was closed");
            }
            return onDisk == null ? new ByteArrayInputStream(inMemory) : Files.newInputStream(onDisk);
        }

        @Override
        public void close() {
            closed = true;
            delete(onDisk);
        }

        @Override
        public String toString() {
            return fileName + " (" + mediaType + ", " + length + " bytes" + (onDisk == null ? "" : ", in " + onDisk) + ")";
        }
    }
}
