package nl.nts.platform.core.rest;

import javax.ws.rs.core.Response;

import nl.nts.platform.api.model.RenderedReport;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.service.Reports;

/** A rendered report as a download: its media type, a file name, the bytes. */
final class ReportDownload {

    private ReportDownload() {
    }

    static Response of(Reports reports, ReportKind kind, String key, String format) {
        if (format == null || format.isBlank()) {
            throw Requests.badParameter("format", "is required: a report format id such as csv (GET /api/reports lists them)");
        }
        RenderedReport report = reports.render(kind, key, format.strip());
        return Response.ok(report.content(), report.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
                .build();
    }
}
