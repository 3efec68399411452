package nl.nts.platform.core.rest;

import java.util.Locale;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import nl.nts.platform.api.model.ReportFile;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.ReportOptions;
import nl.nts.platform.api.service.Reports;

/** A rendered report as a download, or shown in the browser: its media type, a file name, the bytes streamed from the core's file. */
final class ReportDownload {

    private ReportDownload() {
    }

    /**
     * @param uri     the request's address: its query parameters go to the format as they are
     * @param headers the request's headers: {@code Accept-Language} gives the language when
     *                {@code lang} is not given, and the reader's locale
     */
    static Response of(Reports reports, ReportKind kind, String key, ReportParameters parameters, javax.ws.rs.core.UriInfo uri,
            javax.ws.rs.core.HttpHeaders headers) {
        String format = parameters.format;
        if (format == null || format.isBlank()) {
            throw Requests.badParameter("format", "is required: a report format id such as pdf or csv (GET /api/reports lists them)");
        }
        String disposition = parameters.disposition == null || parameters.disposition.isBlank() ? "attachment"
                : parameters.disposition.strip().toLowerCase(Locale.ROOT);
        if (!disposition.equals("attachment") && !disposition.equals("inline")) {
            throw Requests.badParameter("disposition", "'" + Requests.abbreviate(parameters.disposition) + "' is neither attachment nor inline");
        }
        java.util.List<Locale> accepted = acceptedLanguages(headers);
        String language = parameters.lang != null && !parameters.lang.isBlank() ? parameters.lang
                : accepted.stream().map(Locale::getLanguage).filter(ReportOptions.LANGUAGES::contains).findFirst().orElse(null);
        ReportOptions options = ReportOptions.builder().language(language).since(Requests.date("since", parameters.since))
                .parameters(uri.getQueryParameters()).inline(disposition.equals("inline")).build();
        String chosen = options.language();
        // the reader's own variant of the report's language (nl-BE), else the language itself
        options = options.toBuilder().locale(accepted.stream().filter(l -> l.getLanguage().equals(chosen)).findFirst()
                .orElse(Locale.forLanguageTag(chosen))).build();
        ReportFile report = reports.renderToFile(kind, key, format.strip(), options);
        // streamed from the core's file as the client reads it, and deleted after, however the download ends
        StreamingOutput body = out -> {
            try (report) {
                report.transferTo(out);
            }
        };
        Response.ResponseBuilder answer = Response.ok(body, report.mediaType())
                .header("Content-Length", report.size())
                .header("Content-Disposition", disposition + "; filename=\"" + report.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff");
        if (report.mediaType().startsWith("text/html")) {
            // a report's HTML, written by a plugin, runs no script and loads nothing from elsewhere: all it shows is in the file
            // (not for a PDF: browsers refuse to show a sandboxed one)
            answer.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
        }
        return answer.build();
    }

    /** The languages of Accept-Language, most wanted first, without the wildcard; none when it cannot be read. */
    private static java.util.List<Locale> acceptedLanguages(javax.ws.rs.core.HttpHeaders headers) {
        try {
            return headers.getAcceptableLanguages().stream().filter(l -> !l.getLanguage().isEmpty() && !"*".equals(l.getLanguage())).toList();
        } catch (RuntimeException e) {
            // a header that is no list of language tags is not the report's business: the defaults hold
            return java.util.List.of();
        }
    }
}
