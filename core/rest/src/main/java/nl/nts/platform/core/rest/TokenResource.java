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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

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
    @Operation(summary = "List API tokens",
            description = "Your tokens, newest first, revoked and expired ones included; never a secret. kia-operator may ask for another user's, or everyone's.")
    @GET
    public Page<ApiToken> list(@Parameter(description = "Another user's name, or * for every user's (kia-operator only, else 403); absent for your own") @QueryParam("user") String user,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return Requests.page(tokens.list(user), page, size);
    }

    /** Creates a token. The answer holds its secret: the only time it is shown. */
    @Operation(summary = "Create an API token",
            description = "The token acts as you with your roles, or the fewer named in roles (never more). The answer holds its secret: the only time it is shown (send it as Authorization: Bearer)."
            + " A token cannot create tokens. 422 naming name, roles[i] or expiresAt (a name 1 to 100 characters; expiresAt in the future, at the latest in 2200); 409 when you hold an active token of that name, or 50 active tokens.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "{\"name\": \"crm-sync\", \"expiresAt\": \"2027-06-30T00:00:00Z\", \"roles\": [\"rom-member:BOM\"]}: expiresAt and roles may be left out (never expires; all your roles)", required = true) TokenRequest request,
            @Context UriInfo uri) {
        TokenRequest body = Requests.required(request);
        IssuedToken issued = tokens.create(body.name(), body.roles(), body.expiresAt());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Requests.created(uri, String.valueOf(issued.token().id()))
                .cacheControl(noStore).entity(new Created(issued.token(), issued.secret())).build();
    }

    @Operation(summary = "Read an API token",
            description = "Its name, hint, roles, expiry and status, never the secret; another user's only for kia-operator (403).")
    @GET
    @Path("{id}")
    public ApiToken get(@Parameter(description = "The token's id (not its secret)") @PathParam("id") String id) {
        return tokens.get(Requests.pathId("token", id));
    }

    /** Revokes a token: it stops working at once ({@code 204}). The token stays listed as revoked. */
    @Operation(summary = "Revoke an API token",
            description = "It stops working at once (204) and stays listed as revoked; another user's only for kia-operator (403). Revoking a revoked token changes nothing.")
    @DELETE
    @Path("{id}")
    public Response revoke(@Parameter(description = "The token's id (not its secret)") @PathParam("id") String id) {
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
