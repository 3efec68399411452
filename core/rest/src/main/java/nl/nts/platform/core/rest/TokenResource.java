package nl.nts.platform.core.rest;

import java.time.Instant;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.core.shared.ApiToken;
import nl.nts.platform.core.shared.ApiTokens;
import nl.nts.platform.core.shared.IssuedToken;

/**
 * Personal API tokens: for scripts and integrations that should not hold a password. A token
 * acts as its creator with the roles the creator holds when creating it (or fewer, when the
 * request names them). Its secret is in the answer to the POST and nowhere else, ever; the
 * platform keeps a hash. Who may do what is the token service's to decide ({@link ApiTokens}):
 * everyone manages their own tokens; {@code kia-operator} sees and revokes anyone's.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /**
     * A token to create.
     *
     * @param name      what it is for, e.g. {@code crm-sync}; unique among your active tokens
     * @param expiresAt when it stops working (ISO instant, in the future); null for never
     * @param roles     the roles it carries, each one of yours; absent for all of yours
     */
    public record TokenRequest(String name, Instant expiresAt, Set<String> roles) {
    }

    private final ApiTokens tokens;

    TokenResource(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Your tokens, newest first, a page at a time like every collection; an operator may ask for
     * another user's, or {@code user=*} for all.
     */
    @GET
    public Page<ApiToken> list(@QueryParam("user") String user, @QueryParam("page") String page, @QueryParam("size") String size) {
        return Requests.page(tokens.list(user), page, size);
    }

    /** Creates a token. The answer holds its secret: the only time it is shown. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request, @Context UriInfo uri) {
        TokenRequest body = Requests.required(request);
        IssuedToken issued = tokens.create(body.name(), body.roles(), body.expiresAt());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Requests.created(uri, String.valueOf(issued.token().id()))
                .cacheControl(noStore).entity(new Created(issued.token(), issued.secret())).build();
    }

    @GET
    @Path("{id}")
    public ApiToken get(@PathParam("id") String id) {
        return tokens.get(Requests.pathId("token", id));
    }

    /** Revokes a token: it stops working at once ({@code 204}). The token stays listed as revoked. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(Requests.pathId("token", id));
        return Response.noContent().build();
    }

    /**
     * The answer to a creation.
     *
     * @param token  the token as it is listed from now on
     * @param secret send it as {@code Authorization: Bearer <secret>}; store it now, it is not shown again
     */
    public record Created(ApiToken token, String secret) {

        @Override
        public String toString() {
            return "Created[" + token + ", secret=<hidden>]";
        }
    }
}
