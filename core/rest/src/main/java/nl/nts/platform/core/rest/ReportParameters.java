package nl.nts.platform.core.rest;

import javax.ws.rs.QueryParam;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters every report address takes, documented once for the OpenAPI document. */
public class ReportParameters {

    @QueryParam("format")
    @Parameter(description = "The report format's id, e.g. pdf, xlsx, html, md, csv (GET /api/reports lists them with the reports each renders)", required = true)
    public String format;

    @QueryParam("lang")
    @Parameter(description = "The report's language: nl or en (default en). Headings, labels and the names the platform holds in both languages follow it; "
            + "free text stays as written. Ignored by formats that render the records themselves (csv, a ROM's house format)")
    public String lang;

    @QueryParam("since")
    @Parameter(description = "A day (YYYY-MM-DD): the report adds a section of what was created or changed on or after it (actions, progress, inputs, plans)")
    public String since;

    @QueryParam("disposition")
    @Parameter(description = "attachment (default) to download the file, or inline to view it in the browser (HTML, PDF)")
    public String disposition;
}
