package nl.nts.platform.core.rest;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import nl.nts.platform.api.Page;
import nl.nts.platform.core.shared.PluginSettings;
import nl.nts.platform.core.shared.PluginSettings.PluginConfiguration;

/**
 * The configuration a plugin owns (its ConfigurationAdmin PIDs), kept as part of the platform's
 * state. Secrets show as {@code ********}; sending that back keeps the stored value. Who may
 * manage the plugin may read and configure it (the service decides).
 */
@Path("plugins/{id}/configuration")
@Produces(MediaType.APPLICATION_JSON)
public class PluginConfigurationResource {

    /** @param properties the configuration's properties: text, numbers, booleans, or lists of them */
    public record ConfigurationRequest(Map<String, Object> properties) {
    }

    private final PluginSettings settings;

    PluginConfigurationResource(PluginSettings settings) {
        this.settings = settings;
    }

    @Operation(summary = "List a plugin's settings", description = "Each configuration the plugin owns, and each setting its metatype describes (type, default, options, current value); secrets show as ********. Who may manage the plugin may read them.")
    @GET
    public Page<PluginConfiguration> list(@PathParam("id") String id) {
        return Page.all(settings.configurations(id));
    }

    @Operation(summary = "Change a plugin's settings", description = "Checked against the plugin's metatype before anything is stored: 422 naming properties.<setting>. Sending ******** back keeps a secret. Audited without secret values.")
    @PUT
    @Path("{pid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PluginConfiguration configure(@PathParam("id") String id, @PathParam("pid") String pid, ConfigurationRequest request) {
        return settings.configure(id, pid, Requests.required(request).properties());
    }

    @Operation(summary = "Remove a plugin's settings", description = "204: the plugin falls back to its defaults. Audited.")
    @DELETE
    @Path("{pid}")
    public Response unconfigure(@PathParam("id") String id, @PathParam("pid") String pid) {
        settings.unconfigure(id, pid);
        return Response.noContent().build();
    }
}
