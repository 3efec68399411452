package nl.nts.platform.core.rest;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.PluginInfo;
import nl.nts.platform.api.service.PluginCatalog;

/**
 * The plugin catalog: installed and available plugins; install, update to a version, remove.
 * Plugins come only from the feature repositories the platform is configured with. A
 * {@code rom-admin:<ROM>} installs, updates and removes the plugins declared for their ROM
 * (header {@code NTS-Plugin-Rom}); national plugins are for {@code kia-operator}.
 */
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    /**
     * What to install.
     *
     * @param id      the plugin's id, e.g. {@code report-csv}
     * @param version the version; the newest offered when left out
     */
    public record InstallRequest(String id, String version) {
    }

    private final PluginCatalog catalog;

    PluginResource(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "List the plugins installed and available", description = "Every plugin the distribution and the added repositories offer, with its versions, state and ROM.")
    @GET
    public Page<PluginInfo> list() {
        return Page.all(catalog.list());
    }

    @Operation(summary = "Read one plugin", description = "404 when no repository offers it.")
    @GET
    @Path("{id}")
    public PluginInfo get(@PathParam("id") String id) {
        return catalog.get(id);
    }

    /** Installs a plugin, or moves an installed one to the version asked for. */
    @Operation(summary = "Install a plugin, or move it to another version", description = "201. National plugins are the operator's; a ROM's plugin (NTS-Plugin-Rom) also its rom-admin's (else 403). No core bundle is refreshed. The same version again picks up new bytes at its location (audited as an update naming the renewed bundles). 404 for an unknown plugin or version.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response install(InstallRequest request, @Context UriInfo uri) {
        InstallRequest body = Requests.required(request);
        PluginInfo installed = catalog.install(body.id(), Requests.blankAsNull(body.version()));
        return Requests.created(uri, installed.id()).entity(installed).build();
    }

    @Operation(summary = "Remove a plugin", description = "204; who may as for installing. Audited.")
    @DELETE
    @Path("{id}")
    public Response uninstall(@PathParam("id") String id) {
        catalog.uninstall(id);
        return Response.noContent().build();
    }

}
