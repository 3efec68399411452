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

    static Response of(Reports reports, ReportKind kind, String key, ReportParameters parameters) {
        String format = parameters.format;
        if (format == null || format.isBlank()) {
            throw Requests.badParameter("format", "is required: a report format id such as pdf or csv (GET /api/reports lists them)");
        }
        String disposition = parameters.disposition == null || parameters.disposition.isBlank() ? "attachment"
                : parameters.disposition.strip().toLowerCase(Locale.ROOT);
        if (!disposition.equals("attachment") && !disposition.equals("inline")) {
            throw Requests.badParameter("disposition", "'" + Requests.abbreviate(parameters.disposition) + "' is neither attachment nor inline");
        }
        ReportOptions options = ReportOptions.builder().language(parameters.lang).since(Requests.date("since", parameters.since)).build();
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
}
