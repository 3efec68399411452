package nl.nts.platform.core.rest;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "List the connectors installed", description = "Each connector instance the installed plugins offer (one per configuration), its source system and the ROM it runs for, if any.")
    @GET
    public Page<ConnectorInfo> list() {
        return Page.all(connectors.list());
    }

    /**
     * Starts a run: {@code 202 Accepted}, with the run's address to follow its progress. Incremental
     * from the last completed run's checkpoint, unless {@code ?full=true}. {@code 409} while the
     * connector runs already.
     */
    @Operation(summary = "Start a connector run", description = "202 with the run's address to follow its progress. Incremental from the last completed run's checkpoint unless ?full=true. An operator or integrator runs any connector, a rom-admin:<ROM> that ROM's (else 403); 409 naming the run while the connector runs already; 404 for an unknown connector.")
    @POST
    @Path("{id}/runs")
    public Response start(@PathParam("id") String id, @QueryParam("full") boolean full, @Context UriInfo uri) {
        ConnectorRun run = connectors.start(id, full);
        return Requests.accepted(uri, "connectors/runs/" + run.id(), run).build();
    }

    /** The connector's most recent runs, newest first. */
    @Operation(summary = "List one connector's runs", description = "Its most recent runs, newest first, with their progress.")
    @GET
    @Path("{id}/runs")
    public Page<ConnectorRun> runsOf(@PathParam("id") String id) {
        return Page.all(connectors.runs(id));
    }

    @Operation(summary = "List the connector runs", description = "The most recent runs of every connector you may see, newest first.")
    @GET
    @Path("runs")
    public Page<ConnectorRun> runs() {
        return Page.all(connectors.runs());
    }

    @Operation(summary = "Follow a connector run", description = "State and progress: pages, read, created, updated, unchanged, refused with each reason (capped), retries, resumes, and a summary. A run a stopped platform left is resumed at the next start.")
    @GET
    @Path("runs/{run}")
    public ConnectorRun run(@PathParam("run") String run) {
        return connectors.run(id(run));
    }

    /** Cancels a run: it keeps what it stored and ends {@code CANCELLED}; the answer shows it as it is now. */
    @Operation(summary = "Cancel a connector run", description = "It keeps what it stored and ends CANCELLED; the answer shows it as it is now.")
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
