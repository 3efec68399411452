package nl.nts.platform.core.rest;

import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.message.Message;

/**
 * Who is asking: HTTP Basic against Karaf's JAAS realm {@code karaf}, whatever login module it
 * is configured with (properties file, LDAP, JDBC). The caller's roles are the realm's roles,
 * groups expanded, as {@code SecurityContext.isUserInRole} sees them. Reference data (key
 * technologies, ROMs, themes, value chains) and the API's description may be read without a
 * login; everything else answers 401 with a Basic challenge.
 */
@Priority(Priorities.AUTHENTICATION)
final class Authentication extends JAASAuthenticationFilter {

    static final String REALM = "nts-platform";
    private static final Set<String> PUBLIC = Set.of("", "technologies", "roms", "themes", "value-chains", "openapi.json", "docs");

    Authentication() {
        setContextName("karaf");
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType("classname");
        setRealmName(REALM);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean credentials = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (!credentials && isPublicRead(request)) {
            return;
        }
        super.filter(request);
    }

    private static boolean isPublicRead(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String first = request.getUriInfo().getPath().replaceFirst("^/", "").split("/", 2)[0];
        return PUBLIC.contains(first);
    }

    @Override
    protected Response handleAuthenticationException(SecurityException e, Message message) {
        return Response.fromResponse(Problems.of(401, "Unauthorized", "log in with HTTP Basic: a user of the platform's realm"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"").type(Problems.PROBLEM_JSON).build();
    }
}
