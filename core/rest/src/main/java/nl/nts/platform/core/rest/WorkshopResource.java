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
    @GET
    public Page<Workshop> find(@QueryParam("rom") String rom,
            @QueryParam("technology") String technology,
            @QueryParam("valueChain") String valueChain,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return workshops.find(new WorkshopFilter(Requests.blankAsNull(rom), Requests.blankAsNull(technology), Requests.blankAsNull(valueChain), Requests.date("from", from), Requests.date("to", to), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Workshop record, @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return crud.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, Workshop record, @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** The record rendered by a report format: {@code ?format=pdf&lang=nl&since=2026-01-01}; GET /api/reports lists the formats. */
    @GET
    @Path("{id}/report")
    public Response report(@PathParam("id") String id, @javax.ws.rs.BeanParam ReportParameters parameters,
            @javax.ws.rs.core.Context javax.ws.rs.core.UriInfo uri, @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        return ReportDownload.of(reports, ReportKind.WORKSHOP, id, parameters, uri, headers);
    }
}
