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

import io.swagger.v3.oas.annotations.Parameter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.service.OrganisationFilter;
import nl.nts.platform.api.service.Organisations;

/** The organisations: search, create, read, replace, delete. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final Organisations organisations;
    private final Crud<Organisation> crud;

    OrganisationResource(Organisations organisations) {
        this.organisations = organisations;
        this.crud = new Crud<>("organisation", organisations, Organisation::id, Organisation::version);
    }

    /**
     * @param q words the name or city must have, each the start of one of its words
     * @param sort {@code name}, {@code city} or {@code updatedAt}; {@code -} in front for descending
     */
    @GET
    public Page<Organisation> find(@QueryParam("rom") String rom, @QueryParam("technology") String technology,
            @QueryParam("valueChain") String valueChain, @QueryParam("kind") String kind, @Parameter(description = Requests.WORD_SEARCH + "name and city") @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        OrganisationFilter filter = new OrganisationFilter(Requests.blankAsNull(rom), Requests.blankAsNull(technology),
                Requests.blankAsNull(valueChain), Requests.enumeration("kind", kind, OrganisationKind.class), Requests.blankAsNull(q));
        return organisations.find(filter, Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Organisation organisation, @Context UriInfo uri) {
        return crud.create(organisation, uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return crud.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, Organisation organisation, @Context HttpHeaders headers) {
        return crud.replace(id, organisation, headers);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }
}
