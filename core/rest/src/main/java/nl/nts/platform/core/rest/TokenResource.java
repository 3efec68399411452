package nl.nts.platform.core.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.security.LoginSecurityContext;

import nl.nts.platform.core.shared.ApiToken;
import nl.nts.platform.core.shared.ApiTokens;
import nl.nts.platform.core.shared.IssuedToken;

/**
 * Personal API tokens: for scripts and integrations that should not hold a password. A token
 * acts as its creator with the roles the creator holds when creating it. Its secret is in the
 * answer to the POST and nowhere else, ever; the platform keeps a hash. Everyone manages their
 * own tokens; {@code kia-operator} sees and revokes anyone's.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /**
     * A token to create.
     *
     * @param name      what it is for, e.g. {@code crm-sync}; unique among your active tokens
     * @param expiresAt when it stops working (ISO instant, in the future); null for never
     */
    public record TokenRequest(String name, Instant expiresAt) {
    }

    private final ApiTokens tokens;

    TokenResource(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Your tokens, newest first; an operator may ask for another user's, or {@code user=*} for all. */
    @GET
    public List<ApiToken> list(@QueryParam("user") String user, @Context SecurityContext security) {
        String caller = Requests.caller(security);
        String wanted = Requests.blankAsNull(user);
        if (wanted == null || wanted.equals(caller)) {
            return tokens.list(caller);
        }
        Tenancy.requireRole(security, "list the tokens of other users");
        return tokens.list("*".equals(wanted) ? null : wanted);
    }

    /** Creates a token. The answer holds its secret: the only time it is shown. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request, @Context UriInfo uri, @Context SecurityContext security) {
        TokenRequest body = Requests.required(request);
        if (JAXRSUtils.getCurrentMessage().get(Authentication.TOKEN_ID) != null) {
            throw new SecurityException("a token cannot create tokens: log in with your password to create one");
        }
        IssuedToken issued = tokens.create(Requests.caller(security), roles(), body.name(), body.expiresAt());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.token().id())).build())
                .cacheControl(noStore).entity(new Created(issued.token(), issued.secret())).build();
    }

    @GET
    @Path("{id}")
    public ApiToken get(@PathParam("id") String id, @Context SecurityContext security) {
        return own(id, security, "see");
    }

    /** Revokes a token: it stops working at once. The token stays listed as revoked. */
    @DELETE
    @Path("{id}")
    public ApiToken revoke(@PathParam("id") String id, @Context SecurityContext security) {
        ApiToken token = own(id, security, "revoke");
        return tokens.revoke(token.id(), Requests.caller(security));
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

    private ApiToken own(String id, SecurityContext security, String verb) {
        ApiToken token = tokens.get(Requests.pathId("token", id));
        if (!token.user().equals(Requests.caller(security))) {
            Tenancy.requireRole(security, verb + " token " + token.id() + " of another user");
        }
        return token;
    }

    /** The caller's roles, as the realm gave them at login. */
    private static Set<String> roles() {
        org.apache.cxf.security.SecurityContext context = JAXRSUtils.getCurrentMessage().get(org.apache.cxf.security.SecurityContext.class);
        Set<String> roles = new TreeSet<>();
        if (context instanceof LoginSecurityContext login) {
            login.getUserRoles().forEach(role -> roles.add(role.getName()));
        }
        return roles;
    }
}
