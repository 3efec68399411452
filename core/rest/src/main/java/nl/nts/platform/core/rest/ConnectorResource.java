package nl.nts.platform.core.rest;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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

    /**
     * Starts a run: {@code 202 Accepted}, with the run's address to follow its progress. Incremental
     * from the last completed run's checkpoint, unless {@code ?full=true}. {@code 409} while the
     * connector runs already.
     */
    @POST
    @Path("{id}/runs")
    public Response start(@PathParam("id") String id, @QueryParam("full") boolean full, @Context UriInfo uri) {
        ConnectorRun run = connectors.start(id, full);
        return Requests.accepted(uri, "connectors/runs/" + run.id(), run).build();
    }

    /** The connector's most recent runs, newest first. */
    @GET
    @Path("{id}/runs")
    public Page<ConnectorRun> runsOf(@PathParam("id") String id) {
        return Page.all(connectors.runs(id));
    }

    @GET
    @Path("runs")
    public Page<ConnectorRun> runs() {
        return Page.all(connectors.runs());
    }

    @GET
    @Path("runs/{run}")
    public ConnectorRun run(@PathParam("run") String run) {
        return connectors.run(id(run));
    }

    /** Cancels a run: it keeps what it stored and ends {@code CANCELLED}; the answer shows it as it is now. */
    @DELETE
    @Path("runs/{run}")
    public ConnectorRun cancel(@PathParam("run") String run) {
        return connectors.cancel(id(run));
    }

    private static long id(String run) {
        try {
            return Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new NotFoundException("connector run", run.length() <= 40 ? run : run.substring(0, 40));
        }
    }
}
