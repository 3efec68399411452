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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** The workflows each ROM uses for inputs, actions and plans, and the inputs held after a workflow changed. */
@Path("workflows")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowResource {

    private final Workflows workflows;

    WorkflowResource(Workflows workflows) {
        this.workflows = workflows;
    }

    @Operation(summary = "List the workflows each ROM uses now",
            description = "For inputs, actions and plans of each ROM: a ROM plugin's workflow or the national default, with its states and transitions (who may take each, which need a reason).")
    @GET
    public Page<WorkflowInfo> list() {
        return Page.all(workflows.list());
    }

    /** Inputs in a state their ROM's current workflow lacks: move them with POST /api/inputs/{id}/move. */
    @Operation(summary = "List the inputs held after a workflow changed",
            description = "Inputs in a state their ROM's current workflow lacks (after an upgrade or removal of a workflow plugin); move one on with POST /api/inputs/{id}/move.")
    @GET
    @Path("attention")
    public Page<Attention> attention() {
        List<Attention> held = workflows.attention();
        return Page.all(held);
    }

    /** @param subject {@code input} (the default), {@code action} or {@code plan} */
    @Operation(summary = "Read the workflow a ROM uses for a subject", description = "Its states and transitions. 404 for an unknown ROM or subject.")
    @GET
    @Path("{rom}")
    public WorkflowInfo get(@Parameter(description = ApiTexts.ROM) @PathParam("rom") String rom,
            @Parameter(description = "input (the default), action or plan") @QueryParam("subject") String subject) {
        String asked = Requests.blankAsNull(subject);
        return workflows.get(asked == null ? Workflow.INPUTS : asked, rom);
    }
}
