package nl.nts.platform.api.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;

/**
 * A report format that renders the content the core builds ({@link ReportDocument}) rather
 * than the raw records: it writes sections, facts, charts and tables, and so renders every kind
 * of report, also kinds added later. Register it as an OSGi service with the same properties as
 * a {@link ReportFormat}: {@value ReportFormat#FORMAT} (the format's id, unique across both
 * kinds of format), {@value PluginProperties#PLUGIN_ID} and, for a ROM's format,
 * {@value PluginProperties#ROM}. The core lists both kinds in {@code GET /api/reports} and runs
 * them alike: on a thread of its own, with a time limit and a size cap.
 *
 * <pre>{@code
 * @Component(property = {PluginProperties.PLUGIN_ID + "=report-html", ReportFormat.FORMAT + "=html"})
 * public class HtmlReports implements DocumentFormat {
 *     public String name() { return "HTML (printable)"; }
 *     public String mediaType() { return "text/html; charset=UTF-8"; }
 *     public String fileExtension() { return "html"; }
 *     public void render(ReportDocument document, OutputStream out) throws IOException {
 *         for (Section section : document.sections()) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>Iterate each table's rows once and keep none (see the package javadoc). Check
 * {@link Thread#isInterrupted()} in long loops: the core interrupts a render that ran out of
 * time. {@link #name()}, {@link #mediaType()}, {@link #fileExtension()} and {@link #kinds()} are
 * asked once, when the service registers.
 */
@ConsumerType
public interface DocumentFormat {

    /** @return a name for people, e.g. "PDF (print)" */
    String name();

    /** @return the media type of what {@link #render} writes, e.g. {@code application/pdf} */
    String mediaType();

    /** @return the file extension for a download, without the dot, e.g. {@code pdf} */
    String fileExtension();

    /** @return the reports this format renders; every kind unless a format says otherwise */
    default Set<ReportKind> kinds() {
        return EnumSet.allOf(ReportKind.class);
    }

    /**
     * Writes the report. Do not close {@code out}.
     *
     * @param document the report's content
     * @param out      where to write the bytes
     * @throws IOException when writing fails
     */
    void render(ReportDocument document, OutputStream out) throws IOException;

    /**
     * Writes the report for a reader who asked for it in this context: what the core calls. The
     * document is already in the language asked for; the context adds the reader's locale, the
     * request's own parameters and whether it is viewed inline. Calls
     * {@link #render(ReportDocument, OutputStream)} unless a format overrides it. Do not close
     * {@code out}.
     *
     * @param document the report's content
     * @param context  the request's parameters, locale and disposition
     * @param out      where to write the bytes
     * @throws IOException when writing fails
     * @since report 1.1
     */
    default void render(ReportDocument document, nl.nts.platform.api.plugin.ReportContext context, OutputStream out) throws IOException {
        render(document, out);
    }
}
