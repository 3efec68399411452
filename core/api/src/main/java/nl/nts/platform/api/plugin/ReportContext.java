package nl.nts.platform.api.plugin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the reader asked beside the record and the format, handed to
 * {@link ReportFormat#render(Report, ReportContext, java.io.OutputStream)} and
 * {@link nl.nts.platform.api.report.DocumentFormat#render(nl.nts.platform.api.report.ReportDocument, ReportContext, java.io.OutputStream)}.
 * Over REST it is the request's query parameters and its {@code Accept-Language}; from the shell
 * or another bundle's call of {@code Reports}, what that caller passed.
 *
 * <p>A format reads only what it understands and ignores the rest. The core implements this
 * interface; a plugin only reads it, and new questions may be added to it in a minor version.
 *
 * <pre>{@code
 * public void render(Report report, ReportContext context, OutputStream out) throws IOException {
 *     char separator = context.parameter("separator").orElse(",").charAt(0);
 *     NumberFormat amounts = NumberFormat.getCurrencyInstance(context.locale());
 *     ...
 * }
 * }</pre>
 *
 * @since plugin 2.2
 */
@ProviderType
public interface ReportContext {

    /**
     * @return {@code nl} or {@code en}: the report language asked for ({@code lang}), else the first
     *         of the two the reader's {@code Accept-Language} accepts, else {@code en}
     */
    String language();

    /**
     * @return the reader's locale, for numbers, dates and words a format writes itself: the first
     *         of {@code Accept-Language} of the report's language (e.g. {@code nl-BE}), else the
     *         report's language ({@code nl} or {@code en}); never null
     */
    Locale locale();

    /** @return the day from which the report lists what changed ({@code since}); null when not asked */
    LocalDate since();

    /**
     * @return whether the reader views the report in the browser ({@code disposition=inline}) rather
     *         than downloading it; a format may, e.g., leave out a print-only cover page
     */
    boolean inline();

    /**
     * @return every query parameter of the request by name, each with its values in the order
     *         given, the core's own ({@code format}, {@code lang}, {@code since},
     *         {@code disposition}) included; unmodifiable, empty when there was no request
     */
    Map<String, List<String>> parameters();

    /** @return the first value of a query parameter; empty when it was not given */
    default Optional<String> parameter(String name) {
        List<String> values = parameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}
