package nl.nts.platform.api.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A rendered report held by the core until closed: in memory when small, else in a temporary
 * file of the platform's, so that a report of any size passes through without sitting in the
 * heap whole. Read it once or many times, then close it; closing deletes what it held. A report
 * not closed is deleted within the hour, or at the next start.
 *
 * <pre>{@code
 * try (ReportFile report = reports.renderToFile(ReportKind.AGENDA, "NTS01", "pdf", ReportOptions.DEFAULTS)) {
 *     report.transferTo(out);
 * }
 * }</pre>
 *
 * @since 1.2
 */
@ProviderType
public interface ReportFile extends AutoCloseable {

    /** @return the format's media type, e.g. {@code application/pdf} */
    String mediaType();

    /** @return a file name for a download, e.g. {@code agenda-NTS01.pdf} */
    String fileName();

    /** @return its size in bytes */
    long size();

    /**
     * @return the report's bytes from the start
     * @throws IOException when it cannot be read, or was closed
     */
    InputStream open() throws IOException;

    /**
     * Writes the report's bytes to {@code out}, leaving it open.
     *
     * @param out where to
     * @return how many bytes were written
     * @throws IOException when reading or writing fails
     */
    default long transferTo(OutputStream out) throws IOException {
        try (InputStream in = open()) {
            return in.transferTo(out);
        }
    }

    /** Deletes what it held; reading afterwards fails. Closing again does nothing. */
    @Override
    void close();
}
