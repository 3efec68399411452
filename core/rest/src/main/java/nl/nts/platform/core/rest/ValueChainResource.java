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

/** The value chains: list, create, read, replace, delete, and the resilience of each. */
@Path("value-chains")
@Produces(MediaType.APPLICATION_JSON)
public class ValueChainResource {

    private final ValueChains valueChains;

    ValueChainResource(ValueChains valueChains) {
        this.valueChains = valueChains;
    }

    /** Filters: rom (taking part), technology, q (words in name or description); sort: code, name, updatedAt. */
    @GET
    @KeptUntilWrite
    public Page<ValueChain> find(@QueryParam("rom") String rom, @QueryParam("technology") String technology, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return valueChains.find(new ValueChainFilter(Requests.blankAsNull(rom), Requests.blankAsNull(technology), Requests.blankAsNull(q)),
                Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ValueChain chain, @Context UriInfo uri) {
        ValueChain created = valueChains.create(Requests.required(chain));
        return Requests.created(uri, created.code()).tag(Requests.tag(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("{code}")
    @KeptUntilWrite
    public Response get(@PathParam("code") String code) {
        ValueChain chain = valueChains.get(code);
        return Response.ok(chain).tag(Requests.tag(chain.version())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("code") String code, ValueChain chain, @Context HttpHeaders headers) {
        ValueChain input = Requests.required(chain);
        ValueChain changed = Requests.basis(headers, input.version())
                .apply(version -> valueChains.update(code, input, version));
        return Response.ok(changed).tag(Requests.tag(changed.version())).build();
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code, @Context HttpHeaders headers) {
        Requests.delete(headers, version -> valueChains.delete(code, version));
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/resilience")
    @KeptUntilWrite
    public Resilience resilience(@PathParam("code") String code) {
        return valueChains.resilience(code);
    }
}
