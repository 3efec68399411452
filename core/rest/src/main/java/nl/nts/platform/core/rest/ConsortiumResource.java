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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

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
    @Operation(summary = "List the consortia, filtered and paged", description = "By name unless sort says otherwise; every filter given narrows the list.")
    @GET
    public Page<Consortium> find(@Parameter(description = "A funding call's id: the consortia answering it") @QueryParam("call") String call,
            @Parameter(description = "An organisation's id: the consortia it leads or is a member of") @QueryParam("organisation") String organisation,
            @Parameter(description = "A ROM's code: the consortia it brokers") @QueryParam("rom") String rom,
            @Parameter(description = ApiTexts.TEXT_SEARCH + "name") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "name, updatedAt (default name)") @QueryParam("sort") String sort) {
        return consortia.find(new ConsortiumFilter(Requests.id("call", call), Requests.id("organisation", organisation), Requests.blankAsNull(rom), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @Operation(summary = "Create a consortium",
            description = "A consortium answering a funding call: its name, lead organisation, members (organisation and role) and brokering ROM. " + ApiTexts.CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new consortium; id, version and stamp are set by the platform", required = true) Consortium record,
            @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @Operation(summary = "Read a consortium", description = "Answers the record with its version in ETag.")
    @GET
    @Path("{id}")
    public Response get(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return crud.get(id);
    }

    @Operation(summary = "Replace a consortium", description = "" + ApiTexts.REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The consortium as it is to be, whole", required = true) Consortium record,
            @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @Operation(summary = "Delete a consortium", description = "" + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{id}")
    public Response delete(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }
}
