package nl.nts.platform.core.rest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of the whole API, generated from the
 * JAX-RS resources themselves (so it cannot drift from the code), once, on first request.
 */
@Path("openapi.json")
public class OpenApiResource {

    private final Set<Class<?>> resources;
    private final String version;
    private volatile byte[] document;

    OpenApiResource(List<Object> resources, String version) {
        this.resources = new LinkedHashSet<>();
        resources.forEach(r -> this.resources.add(r.getClass()));
        this.resources.add(OpenApiResource.class);
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        byte[] json = document;
        if (json == null) {
            json = generate();
            document = json;
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private byte[] generate() {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("nts-platform API").version(version)
                        .description("The national core of nts-platform: key technologies, ROMs, value chains, organisations, workshops,"
                                + " inputs, reinforcement plans and actions, national agendas, funding calls and consortia."
                                + " Errors are application/problem+json naming the field; writes need the version read"
                                + " (If-Match or the body's version)."))
                .servers(List.of(new Server().url("/api")));
        // the generator reads annotations through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Reader.class.getClassLoader());
        try {
            OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(base)).read(resources);
            return Json.pretty(api).getBytes(StandardCharsets.UTF_8);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
