package nl.nts.platform.core.rest;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.ReportFormatInfo;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.service.Reports;

/**
 * {@code GET /api/reports}: the report formats plugins contribute now. A report itself is
 * fetched from its record: {@code /api/plans/{id}/report?format=},
 * {@code /api/workshops/{id}/report?format=}, {@code /api/agendas/{technology}/report?format=}; the national
 * overview at {@code /api/reports/overview?format=}. Each takes {@code lang} (nl, en), {@code since}
 * (a day) and {@code disposition} (attachment, inline).
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final Reports reports;

    ReportResource(Reports reports) {
        this.reports = reports;
    }

    @Operation(summary = "List the report formats installed", description = "Each format the installed plugins contribute, with the kinds of record it renders and its ROM, if any.")
    @GET
    public Page<ReportFormatInfo> formats() {
        return Page.all(reports.formats());
    }

    /**
     * The national overview for KIA: every ROM by value chain, the plans and their status, the
     * budget by source. {@code ?format=pdf&lang=nl}; the formats listing {@code OVERVIEW} render it.
     */
    @Operation(summary = "Download the national overview report", description = "Every ROM by value chain, the plans and their status, the budget by source; ?format= one of the formats listing OVERVIEW, &lang=nl|en (else Accept-Language), &inline=true to view it in the browser.")
    @GET
    @Path("overview")
    @Produces("*/*")
    public Response overview(@javax.ws.rs.BeanParam ReportParameters parameters,
            @javax.ws.rs.core.Context javax.ws.rs.core.UriInfo uri, @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        return ReportDownload.of(reports, ReportKind.OVERVIEW, "national", parameters, uri, headers);
    }
}
