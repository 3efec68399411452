package nl.nts.platform.core.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;
import io.swagger.v3.oas.annotations.Operation;

/** {@code GET /api}: where to go from here. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndexResource {

    private static final String[] COLLECTIONS = {"technologies", "roms", "themes", "value-chains", "organisations", "workshops", "inputs", "plans", "actions", "agendas", "funding-calls", "consortia", "reports", "plugins", "workflows", "connectors", "tokens", "audit"};

    @Operation(summary = "List the API's collections", description = "Links (paths) to every collection, to this OpenAPI document and to its browsable page.")
    @GET
    public Map<String, Object> index(@Context UriInfo uri) {
        Map<String, Object> links = new LinkedHashMap<>();
        // paths, not absolute URLs: the Host header is the client's to write, and a link must not reflect it
        URI base = URI.create(uri.getBaseUri().getRawPath());
        for (String collection : COLLECTIONS) {
            links.put(collection, base.resolve(collection).toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "nts-platform");
        body.put("links", links);
        body.put("openapi", base.resolve("openapi.json").toString());
        body.put("docs", base.resolve("docs").toString());
        return body;
    }
}
