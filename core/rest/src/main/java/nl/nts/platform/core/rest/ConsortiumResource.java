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
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.service.Consortia;
import nl.nts.platform.api.service.ConsortiumFilter;

/** The consortia answering funding calls: search, create, read, replace, delete. */
@Path("consortia")
@Produces(MediaType.APPLICATION_JSON)
public class ConsortiumResource {

    private final Consortia consortia;
    private final Crud<Consortium> crud;

    ConsortiumResource(Consortia consortia) {
        this.consortia = consortia;
        this.crud = new Crud<>("consortium", consortia, Consortium::id, Consortium::version);
    }

    /** Filters: call, organisation (lead or member), rom, q (words in the name). */
    @GET
    public Page<Consortium> find(@QueryParam("call") String call, @QueryParam("organisation") String organisation, @QueryParam("rom") String rom,
            @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return consortia.find(new ConsortiumFilter(Requests.id("call", call), Requests.id("organisation", organisation), Requests.blankAsNull(rom), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Consortium record, @Context UriInfo uri) {
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
    public Response replace(@PathParam("id") String id, Consortium record, @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }
}
