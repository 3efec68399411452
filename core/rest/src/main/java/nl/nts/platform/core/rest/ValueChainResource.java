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
import nl.nts.platform.api.model.Resilience;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.service.ValueChainFilter;
import nl.nts.platform.api.service.ValueChains;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

/** The value chains: list, create, read, replace, delete, and the resilience of each. */
@Path("value-chains")
@Produces(MediaType.APPLICATION_JSON)
public class ValueChainResource {

    private final ValueChains valueChains;

    ValueChainResource(ValueChains valueChains) {
        this.valueChains = valueChains;
    }

    /** Filters: rom (taking part), technology, q (words in name or description); sort: code, name, updatedAt. */
    @Operation(summary = "List the value chains, filtered and paged",
            description = "Each with its segments (the chain's steps); by code unless sort says otherwise. Public: no login needed.")
    @GET
    @KeptUntilWrite
    public Page<ValueChain> find(@Parameter(description = "A ROM's code: the chains it takes part in") @QueryParam("rom") String rom,
            @Parameter(description = "A key technology's code (NTS01 to NTS10): the chains building on it") @QueryParam("technology") String technology,
            @Parameter(description = ApiTexts.TEXT_SEARCH + "name and description") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "code, name, updatedAt (default code)") @QueryParam("sort") String sort) {
        return valueChains.find(new ValueChainFilter(Requests.blankAsNull(rom), Requests.blankAsNull(technology), Requests.blankAsNull(q)),
                Requests.page(page, size, sort));
    }

    @Operation(summary = "Create a value chain",
            description = "The operator's: code (2 to 20 of A-Z 0-9 - _, unique, never changed), name (1 to 200), description (up to 4000),"
            + " at least one known key technology, known ROM codes, segments with codes unique in the chain; nothing listed twice. " + ApiTexts.CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new value chain; version and stamp are set by the platform", required = true) ValueChain chain,
            @Context UriInfo uri) {
        ValueChain created = valueChains.create(Requests.required(chain));
        return Requests.created(uri, created.code()).tag(Requests.tag(created.version()))
                .entity(created).build();
    }

    @Operation(summary = "Read a value chain", description = "Answers the chain with its version in ETag. Public: no login needed.")
    @GET
    @Path("{code}")
    @KeptUntilWrite
    public Response get(@Parameter(description = "The value chain's code, e.g. VC01; an unknown code is a 404") @PathParam("code") String code) {
        ValueChain chain = valueChains.get(code);
        return Response.ok(chain).tag(Requests.tag(chain.version())).build();
    }

    @Operation(summary = "Replace a value chain",
            description = "Its name, description, technologies, ROMs and segments; the code never changes. " + ApiTexts.REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = "The value chain's code, e.g. VC01; an unknown code is a 404") @PathParam("code") String code,
            @RequestBody(description = "The value chain as it is to be, whole", required = true) ValueChain chain,
            @Context HttpHeaders headers) {
        ValueChain input = Requests.required(chain);
        ValueChain changed = Requests.basis(headers, input.version())
                .apply(version -> valueChains.update(code, input, version));
        return Response.ok(changed).tag(Requests.tag(changed.version())).build();
    }

    @Operation(summary = "Delete a value chain", description = "Refused (409) while organisations work in it. " + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{code}")
    public Response delete(@Parameter(description = "The value chain's code, e.g. VC01; an unknown code is a 404") @PathParam("code") String code,
            @Context HttpHeaders headers) {
        Requests.delete(headers, version -> valueChains.delete(code, version));
        return Response.noContent().build();
    }

    @Operation(summary = "Show a value chain's resilience per segment",
            description = "For each segment, how many organisations are in the chain's regions, elsewhere in the Netherlands, in the EU and outside the EU;"
            + " gaps lists the segments without any Dutch organisation. Public: no login needed.")
    @GET
    @Path("{code}/resilience")
    @KeptUntilWrite
    public Resilience resilience(@Parameter(description = "The value chain's code, e.g. VC01; an unknown code is a 404") @PathParam("code") String code) {
        return valueChains.resilience(code);
    }
}
