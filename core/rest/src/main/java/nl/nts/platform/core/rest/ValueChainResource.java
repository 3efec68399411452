package nl.nts.platform.core.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.service.ValueChains;

/** The value chains: list, create, read, replace, delete. */
@Path("value-chains")
@Produces(MediaType.APPLICATION_JSON)
public class ValueChainResource {

    private final ValueChains valueChains;

    ValueChainResource(ValueChains valueChains) {
        this.valueChains = valueChains;
    }

    @GET
    public Listing<ValueChain> list() {
        return Listing.of(valueChains.list());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ValueChain chain, @Context UriInfo uri) {
        ValueChain created = valueChains.create(required(chain));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("{code}")
    public ValueChain get(@PathParam("code") String code) {
        return valueChains.get(code);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ValueChain replace(@PathParam("code") String code, ValueChain chain) {
        return valueChains.update(code, required(chain));
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code) {
        valueChains.delete(code);
        return Response.noContent().build();
    }

    private static ValueChain required(ValueChain chain) {
        if (chain == null) {
            throw new WebApplicationException(Problems.of(400, "Invalid request body", "the request body is empty; send the value chain as a JSON object",
                    List.of(new Violation("body", "is required"))));
        }
        return chain;
    }
}
