package nl.nts.platform.core.rest;

import javax.ws.rs.QueryParam;
import nl.nts.platform.api.plugin.Workflow;
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

/** The workflows each ROM uses for inputs, actions and plans, and the inputs held after a workflow changed. */
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

    /** @param subject {@code input} (the default), {@code action} or {@code plan} */
    @GET
    @Path("{rom}")
    public WorkflowInfo get(@PathParam("rom") String rom, @QueryParam("subject") String subject) {
        String asked = Requests.blankAsNull(subject);
        return workflows.get(asked == null ? Workflow.INPUTS : asked, rom);
    }
}
