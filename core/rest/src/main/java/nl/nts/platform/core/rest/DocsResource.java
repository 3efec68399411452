package nl.nts.platform.core.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import nl.nts.platform.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code GET /api/docs}: a browsable page of the OpenAPI document, made by swagger-ui, served
 * from its WebJar bundle (nothing is fetched from outside). Its links are paths from the root, so
 * the page works at {@code /api/docs} and {@code /api/docs/} alike.
 */
@Path("docs")
public class DocsResource {

    private static final String WEBJAR = "org.webjars.swagger-ui";
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "application/javascript",
            "swagger-ui-standalone-preset.js", "application/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>nts-platform API</title>
              <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
              <link rel="stylesheet" href="/api/docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/api/docs/swagger-ui-bundle.js"></script>
              <script>
                window.ui = SwaggerUIBundle({url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true, tagsSorter: 'alpha', operationsSorter: 'alpha'});
              </script>
            </body>
            </html>
            """;

    private final BundleContext context;

    DocsResource(BundleContext context) {
        this.context = context;
    }

    @Operation(summary = "Browse the API",
            description = "This page: the OpenAPI document in swagger-ui, served from the platform (nothing fetched from outside). Authorize logs in with Basic or a token.")
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }

    @Operation(summary = "Fetch a file of the API page", description = "swagger-ui's script, style sheet and icons, for the page; any other name is a 404.")
    @GET
    @Path("{file}")
    public Response file(@Parameter(description = "swagger-ui.css, swagger-ui-bundle.js, swagger-ui-standalone-preset.js, favicon-32x32.png or favicon-16x16.png") @PathParam("file") String file) throws IOException {
        String type = FILES.get(file);
        Bundle webjar = webjar();
        URL entry = type == null || webjar == null ? null
                : webjar.getEntry("META-INF/resources/webjars/swagger-ui/" + webjar.getVersion().toString().replaceAll("\\.SNAPSHOT$", "") + "/" + file);
        if (entry == null) {
            throw new NotFoundException("file", file);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        InputStream in = entry.openStream();
        return Response.ok(in, type).cacheControl(cache).build();
    }

    private Bundle webjar() {
        for (Bundle bundle : context.getBundles()) {
            if (WEBJAR.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }
}
