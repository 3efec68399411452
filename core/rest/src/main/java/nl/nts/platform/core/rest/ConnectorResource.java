package nl.nts.platform.core.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.service.Connectors;

/** The connectors plugins contribute, and their runs: jobs with a status. */
@Path("connectors")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorResource {

    private final Connectors connectors;

    ConnectorResource(Connectors connectors) {
        this.connectors = connectors;
    }

    @GET
    public Page<ConnectorInfo> list() {
        return Page.all(connectors.list());
    }

    /** Starts a run: {@code 202 Accepted}, with the run's address to follow its progress. */
    @POST
    @Path("{id}/runs")
    public Response start(@PathParam("id") String id, @Context UriInfo uri) {
        ConnectorRun run = connectors.start(id);
        return Requests.accepted(uri, "connectors/runs/" + run.id(), run).build();
    }

    @GET
    @Path("runs")
    public Page<ConnectorRun> runs() {
        return Page.all(connectors.runs());
    }

    @GET
    @Path("runs/{run}")
    public ConnectorRun run(@PathParam("run") String run) {
        try {
            return connectors.run(Long.parseLong(run));
        } catch (NumberFormatException e) {
            throw new NotFoundException("connector run", run.length() <= 40 ? run : run.substring(0, 40));
        }
    }
}
