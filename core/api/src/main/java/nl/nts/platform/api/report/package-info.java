/**
 * The content of a report as the core builds it once, for every format to render the same:
 * a {@link nl.nts.platform.api.report.ReportDocument} of sections, each with paragraphs,
 * facts, charts and tables, in the language asked for. A
 * {@link nl.nts.platform.api.report.DocumentFormat} turns it into bytes (HTML, PDF, a
 * spreadsheet, a ROM's house format) without knowing which report it is, so a new kind of
 * report needs no change to any format.
 *
 * <h2>Streaming</h2>
 * A table's rows ({@link nl.nts.platform.api.report.Table#rows()}) may be read from the
 * database while they are iterated: a format iterates them once, writes each row and keeps
 * none, so a national agenda of ten thousand actions renders in bounded memory. Charts and
 * facts are small and held in full.
 *
 * <h2>Values</h2>
 * A cell or fact value is {@code null}, a {@link java.lang.String}, a {@link java.lang.Number}
 * ({@link java.math.BigDecimal} for money and decimals, {@link java.lang.Long} or
 * {@link java.lang.Integer} for counts) or a {@link java.time.LocalDate}, as its
 * {@link nl.nts.platform.api.report.ValueType} says: a spreadsheet stores numbers as numbers and
 * dates as dates.
 *
 * <h2>Changes in 1.1</h2>
 * <ul>
 * <li>{@link nl.nts.platform.api.report.DocumentFormat#render(ReportDocument, nl.nts.platform.api.plugin.ReportContext, java.io.OutputStream)}:
 * the reader's locale, the request's parameters and disposition; by default it calls the
 * two-argument {@code render}.</li>
 * <li>{@link nl.nts.platform.api.report.ReportOptions} also carries the reader's
 * {@code locale}, the request's {@code parameters} and {@code inline}; its two-argument
 * constructor stays.</li>
 * </ul>
 * <p>Import the package with {@code [1.0,2)}.
 */
@Export
@Version("1.1.0")
package nl.nts.platform.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
