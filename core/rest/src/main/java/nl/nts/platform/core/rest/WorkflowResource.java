package nl.nts.platform.core.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Attention;
import nl.nts.platform.api.model.WorkflowInfo;
import nl.nts.platform.api.service.Workflows;

/** The input workflow each ROM uses, and the inputs held after a workflow changed. */
@Path("workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    private final Workflows workflows;

    WorkflowResource(Workflows workflows) {
        this.workflows = workflows;
    }

    @GET
    public Page<WorkflowInfo> list() {
        return Page.all(workflows.list());
    }

    /** Inputs in a state their ROM's current workflow lacks: move them with POST /api/inputs/{id}/move. */
    @GET
    @Path("attention")
    public Page<Attention> attention() {
        List<Attention> held = workflows.attention();
        return Page.all(held);
    }

    @GET
    @Path("{rom}")
    public WorkflowInfo get(@PathParam("rom") String rom) {
        return workflows.forInputs(rom);
    }
}
