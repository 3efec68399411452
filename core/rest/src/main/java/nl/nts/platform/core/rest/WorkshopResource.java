package nl.nts.platform.core.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.service.Reports;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.service.WorkshopFilter;
import nl.nts.platform.api.service.Workshops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

/** The workshops: search, create, read, replace, delete. */
@Path("workshops")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopResource {

    private final Workshops workshops;
    private final Crud<Workshop> crud;
    private final Reports reports;

    WorkshopResource(Workshops workshops, Reports reports) {
        this.reports = reports;
        this.workshops = workshops;
        this.crud = new Crud<>("workshop", workshops, Workshop::id, Workshop::version);
    }

    /** Filters: rom (organising or co-organising), technology, valueChain, from and to (YYYY-MM-DD), q (words in title or place). */
    @Operation(summary = "List the workshops, filtered and paged",
            description = "Newest first unless sort says otherwise; every filter given narrows the list.")
    @GET
    public Page<Workshop> find(@Parameter(description = "A ROM's code: the workshops it organised or co-organised") @QueryParam("rom") String rom,
            @Parameter(description = "A key technology's code (NTS01 to NTS10): the workshops that discussed it") @QueryParam("technology") String technology,
            @Parameter(description = "A value chain's code: the workshops that discussed it") @QueryParam("valueChain") String valueChain,
            @Parameter(description = "A day (YYYY-MM-DD): workshops held on or after it") @QueryParam("from") String from,
            @Parameter(description = "A day (YYYY-MM-DD): workshops held on or before it") @QueryParam("to") String to,
            @Parameter(description = ApiTexts.TEXT_SEARCH + "title and place") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "date, title, updatedAt (default -date)") @QueryParam("sort") String sort) {
        return workshops.find(new WorkshopFilter(Requests.blankAsNull(rom), Requests.blankAsNull(technology), Requests.blankAsNull(valueChain), Requests.date("from", from), Requests.date("to", to), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @Operation(summary = "Create a workshop",
            description = "A workshop of its organising ROM (with co-organisers): date, place, title, the technologies and value chains discussed, the participating organisations and the participants. " + ApiTexts.CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new workshop; id, version and stamp are set by the platform", required = true) Workshop record,
            @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @Operation(summary = "Read a workshop", description = "Answers the record with its version in ETag.")
    @GET
    @Path("{id}")
    public Response get(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return crud.get(id);
    }

    @Operation(summary = "Replace a workshop", description = "" + ApiTexts.REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The workshop as it is to be, whole", required = true) Workshop record,
            @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @Operation(summary = "Delete a workshop", description = "" + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{id}")
    public Response delete(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** The record rendered by a report format: {@code ?format=pdf&lang=nl&since=2026-01-01}; GET /api/reports lists the formats. */
    @Operation(summary = "Download a workshop's summary report", description = "The workshop summary rendered by a report format a plugin contributes."
            + " Parameters: format (GET /api/reports lists the formats and the reports each renders), lang, since, disposition."
            + " A format that cannot render this report is a 422 naming format, an unknown format a 404.")
    @GET
    @Path("{id}/report")
    public Response report(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @javax.ws.rs.BeanParam ReportParameters parameters,
            @javax.ws.rs.core.Context javax.ws.rs.core.UriInfo uri, @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        return ReportDownload.of(reports, ReportKind.WORKSHOP, id, parameters, uri, headers);
    }
}
