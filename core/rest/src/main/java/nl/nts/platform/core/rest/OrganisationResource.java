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
import nl.nts.platform.api.service.Matching;
import nl.nts.platform.api.model.FittingCall;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

/** The organisations: search, create, read, replace, delete. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final Organisations organisations;
    private final Matching matching;
    private final Crud<Organisation> crud;

    OrganisationResource(Organisations organisations, Matching matching) {
        this.organisations = organisations;
        this.matching = matching;
        this.crud = new Crud<>("organisation", organisations, Organisation::id, Organisation::version);
    }

    /**
     * @param q words the name or city must have, each the start of one of its words
     * @param sort {@code name}, {@code city} or {@code updatedAt}; {@code -} in front for descending
     */
    @Operation(summary = "List the organisations, filtered and paged", description = "By name unless sort says otherwise; every filter given narrows the list.")
    @GET
    public Page<Organisation> find(@Parameter(description = "A ROM's code: the organisations in its provinces") @QueryParam("rom") String rom,
            @Parameter(description = "A key technology's code (NTS01 to NTS10): the organisations working on it") @QueryParam("technology") String technology,
            @Parameter(description = "A value chain's code: the organisations in one of its segments") @QueryParam("valueChain") String valueChain,
            @Parameter(schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = Requests.WORD_SEARCH + "name and city") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "name, city, updatedAt (default name)") @QueryParam("sort") String sort) {
        OrganisationFilter filter = new OrganisationFilter(Requests.blankAsNull(rom), Requests.blankAsNull(technology),
                Requests.blankAsNull(valueChain), Requests.enumeration("kind", kind, OrganisationKind.class), Requests.blankAsNull(q));
        return organisations.find(filter, Requests.page(page, size, sort));
    }

    @Operation(summary = "Create an organisation",
            description = "A Dutch organisation needs its province (the platform sets nuts2 and its ROM from it) and may carry a KvK number (8 digits, unique); externalIds are unique per system; euProjects are its EU projects (CORDIS id, acronym, programme, role, dates), which matching reads as EU project experience. A ROM's users create organisations in its provinces; organisations abroad are shared by all ROMs. " + ApiTexts.CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new organisation; id, version and stamp are set by the platform", required = true) Organisation organisation,
            @Context UriInfo uri) {
        return crud.create(organisation, uri);
    }

    @Operation(summary = "Read an organisation", description = "Answers the record with its version in ETag.")
    @GET
    @Path("{id}")
    public Response get(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return crud.get(id);
    }

    @Operation(summary = "List the open funding calls that fit an organisation",
            description = "The calls open now that fit it, nearest deadline first (none last), each with why: the call's key technologies it works"
            + " with, the call's value chains it works in through its segments, and its TRL against the call's range. One page with every call.")
    @GET
    @Path("{id}/calls")
    public Page<FittingCall> calls(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return Page.all(matching.forOrganisation(Requests.pathId("organisation", id)));
    }

    @Operation(summary = "Replace an organisation", description = "" + ApiTexts.REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The organisation as it is to be, whole", required = true) Organisation organisation,
            @Context HttpHeaders headers) {
        return crud.replace(id, organisation, headers);
    }

    @Operation(summary = "Delete an organisation", description = "" + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{id}")
    public Response delete(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }
}
