package nl.nts.platform.api.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Renders reports into bytes of one media type: CSV, Markdown, HTML, PDF, a spreadsheet, or a
 * ROM's house format. Register it as an OSGi service with the properties
 * {@value #FORMAT} (the format's id, unique across the platform, e.g. {@code csv} or
 * {@code bom-house}), {@value PluginProperties#PLUGIN_ID} and, for a ROM's format,
 * {@value PluginProperties#ROM}.
 *
 * <p>Clients ask for a report by format id, e.g. {@code GET /api/plans/21/report?format=csv}.
 * A ROM's format renders only reports of records that ROM owns (alone or jointly); a national
 * format renders every report.
 *
 * <p>{@link #render} runs on a thread of the core's, with a time limit (configuration
 * {@code nl.nts.platform.reports}, {@code timeoutSeconds}); an exception or running out of
 * time fails that one request with a clear error. Check {@link Thread#isInterrupted()} in long
 * loops: the core interrupts a render that ran out of time.
 *
 * <p>A format that reads what the reader asked (query parameters of its own, the locale, whether
 * the report is viewed inline) overrides {@link #render(Report, ReportContext, OutputStream)};
 * the core calls only that method, which calls {@link #render(Report, OutputStream)} unless
 * overridden, so a format written before 2.2 works unchanged.
 *
 * <p>{@link #name()}, {@link #mediaType()}, {@link #fileExtension()} and {@link #kinds()} are
 * asked once, when the service registers, within a few seconds, and kept while it stays
 * registered; a format that throws or takes too long to answer them is ignored, with a warning
 * in the log.
 */
@ConsumerType
public interface ReportFormat {

    /** Service property: the format's id, e.g. {@code csv}. */
    String FORMAT = "nts.report.format";

    /** @return a name for people, e.g. "CSV (spreadsheet)" */
    String name();

    /** @return the media type of what {@link #render} writes, e.g. {@code text/csv; charset=UTF-8} */
    String mediaType();

    /** @return the file extension for a download, without the dot, e.g. {@code csv} */
    String fileExtension();

    /**
     * @return the reports this format can render; {@link ReportKind#OVERVIEW}, which has no
     *         {@link Report} of records, is left out whatever the set holds (only a
     *         {@link nl.nts.platform.api.report.DocumentFormat} renders it)
     */
    Set<ReportKind> kinds();

    /**
     * Writes the report. Do not close {@code out}.
     *
     * @param report one of the {@link #kinds()} this format renders
     * @param out    where to write the bytes
     * @throws IOException when writing fails
     */
    void render(Report report, OutputStream out) throws IOException;

    /**
     * Writes the report for a reader who asked for it in this context: what the core calls. Calls
     * {@link #render(Report, OutputStream)} unless a format overrides it. Do not close {@code out}.
     *
     * @param report  one of the {@link #kinds()} this format renders
     * @param context the request's parameters, locale and disposition
     * @param out     where to write the bytes
     * @throws IOException when writing fails
     * @since plugin 2.2
     */
    default void render(Report report, ReportContext context, OutputStream out) throws IOException {
        render(report, out);
    }
}
