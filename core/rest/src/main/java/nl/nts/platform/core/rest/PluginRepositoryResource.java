package nl.nts.platform.core.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Parameter;

import nl.nts.platform.api.Page;
import nl.nts.platform.core.shared.PluginRepositories;
import nl.nts.platform.core.shared.PluginRepositories.Repository;

/**
 * The feature repositories plugins come from beside the distribution's own. A {@code rom-admin:<ROM>}
 * adds and removes the ROM's own repositories within the locations the operator allows it
 * ({@code etc/nl.nts.platform.plugins.repositories.cfg}); the operator any. A repository is known by
 * its URL: {@code DELETE /api/plugin-repositories?url=...}.
 */
@Path("plugin-repositories")
@Produces(MediaType.APPLICATION_JSON)
public class PluginRepositoryResource {

    /**
     * What to add.
     *
     * @param url where Karaf reads the feature repository (file:, http:, https: or mvn:)
     * @param rom the ROM whose plugins it offers; a ROM's admin of one ROM may leave it out; none for a national one (the operator's)
     */
    public record AddRequest(String url, String rom) {
    }

    private final PluginRepositories repositories;

    PluginRepositoryResource(PluginRepositories repositories) {
        this.repositories = repositories;
    }

    @Operation(summary = "List the plugin repositories added", description = "Feature repositories plugins come from besides the distribution: a ROM admin sees their ROMs' and the national ones, the operator all.")
    @GET
    public Page<Repository> list(@QueryParam("url") @Parameter(description = "Only the repository of this URL") String url) {
        List<Repository> all = repositories.list();
        return Page.all(url == null ? all : all.stream().filter(r -> r.url().equals(url.strip())).toList());
    }

    /** The locations the operator allows, by ROM: a ROM's admin sees their ROMs', the operator all. */
    @Operation(summary = "List the repository locations allowed per ROM", description = "What the operator allows in etc/nl.nts.platform.plugins.repositories.cfg: a ROM admin sees their ROMs', the operator all.")
    @GET
    @Path("allowed")
    public Map<String, List<String>> allowed() {
        return repositories.allowed();
    }

    @Operation(summary = "Add a plugin repository", description = "201. A rom-admin:<ROM> within the locations the operator allows that ROM (else 403 naming them), the operator any; 422 naming url when Karaf cannot read it, it has .. segments, or offers a plugin of another ROM or features that are no plugin; 409 when added already. Audited.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(AddRequest request) {
        AddRequest body = Requests.required(request);
        Repository added = repositories.add(body.url(), Requests.blankAsNull(body.rom()));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/plugin-repositories?url=" + URLEncoder.encode(added.url(), StandardCharsets.UTF_8))
                .entity(added).build();
    }

    @Operation(summary = "Remove a plugin repository", description = "204; 409 while a plugin from it is installed. Audited.")
    @DELETE
    public Response remove(@QueryParam("url") @Parameter(description = "The repository's URL", required = true) String url) {
        if (url == null || url.isBlank()) {
            throw Requests.badParameter("url", "is required: the URL of the repository to remove");
        }
        repositories.remove(url);
        return Response.noContent().build();
    }
}
