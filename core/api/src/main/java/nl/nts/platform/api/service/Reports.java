package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.PluginException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.RenderedReport;
import nl.nts.platform.api.model.ReportFile;
import nl.nts.platform.api.model.ReportFormatInfo;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.ReportOptions;

/**
 * Renders reports with the report formats plugins contribute.
 *
 * <p>While a plugin is being updated its format is briefly gone; a request for a format that
 * was there a moment ago waits for it to come back (configuration
 * {@code nl.nts.platform.reports}, {@code awaitMissingSeconds}) instead of failing.
 */
@ProviderType
public interface Reports {

    /** @return the report formats available now, ordered by id */
    List<ReportFormatInfo> formats();

    /**
     * @param kind   which report
     * @param key    the record reported on: a plan or workshop id, or a key technology code
     * @param format the format's id, e.g. {@code csv}
     * @throws NotFoundException   when the record does not exist, or no format has that id
     *                             (the message names the format)
     * @throws ValidationException when the format does not render this kind of report
     *                             (field {@code format})
     * @throws ConflictException   when the format belongs to a ROM that does not own the record
     *                             (field {@code format})
     * @throws PluginException     when the format throws or runs out of time
     */
    RenderedReport render(ReportKind kind, String key, String format);

    /**
     * Renders a report in a language and, where asked, with what changed since a day. A
     * {@link nl.nts.platform.api.report.DocumentFormat} renders the content the core builds in
     * that language; a {@link nl.nts.platform.api.plugin.ReportFormat} gets the records and
     * ignores the options.
     *
     * @param kind    which report; {@link ReportKind#OVERVIEW} takes the key {@code national}
     * @param key     the record reported on: a plan or workshop id, a key technology code
     * @param format  the format's id, e.g. {@code pdf}
     * @param options the language and "changes since"
     * @return the rendered report
     * @throws NotFoundException   when the record does not exist, or no format has that id
     * @throws ValidationException when the format does not render this kind of report (field {@code format})
     * @throws ConflictException   when the format belongs to a ROM that does not own the record
     * @throws PluginException     when the format throws or runs out of time
     * @since 2.1
     */
    RenderedReport render(ReportKind kind, String key, String format, ReportOptions options);

    /**
     * Renders a report as {@link #render(ReportKind, String, String, ReportOptions)} does, into a
     * {@link ReportFile} instead of an array: the bytes go to a temporary file as the format
     * writes them, so a long report (a national agenda of thousands of actions as PDF) never sits
     * in the heap whole. Use it to pass a report on (a download, a file, a mail); close it when
     * done.
     *
     * @return the rendered report; the caller closes it
     * @throws NotFoundException   when the record does not exist, or no format has that id
     * @throws ValidationException when the format does not render this kind of report (field {@code format})
     * @throws ConflictException   when the format belongs to a ROM that does not own the record
     * @throws PluginException     when the format throws, runs out of time, or writes more than
     *                             the core's size cap (configuration {@code nl.nts.platform.reports},
     *                             {@code maxMegabytes})
     * @since 2.2
     */
    ReportFile renderToFile(ReportKind kind, String key, String format, ReportOptions options);
}
