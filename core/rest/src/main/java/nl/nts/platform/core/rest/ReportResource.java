package nl.nts.platform.core.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.ReportFormatInfo;
import nl.nts.platform.api.service.Reports;

/**
 * {@code GET /api/reports}: the report formats plugins contribute now. A report itself is
 * fetched from its record: {@code /api/plans/{id}/report?format=},
 * {@code /api/workshops/{id}/report?format=}, {@code /api/agendas/{technology}/report?format=}.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final Reports reports;

    ReportResource(Reports reports) {
        this.reports = reports;
    }

    @GET
    public Page<ReportFormatInfo> formats() {
        return Page.all(reports.formats());
    }
}
