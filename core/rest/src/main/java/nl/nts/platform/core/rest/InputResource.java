package nl.nts.platform.core.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

import io.swagger.v3.oas.annotations.Parameter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.service.InputFilter;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.Traces;
import nl.nts.platform.api.model.InputTrace;
import nl.nts.platform.api.service.Workflows;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

/** The input from workshops: search, create, read, replace, delete. */
@Path("inputs")
@Produces(MediaType.APPLICATION_JSON)
public class InputResource {

    private final Inputs inputs;
    private final Crud<Input> crud;
    private final Workflows workflows;
    private final Traces traces;

    /**
     * An operator moving an input to a state of its current workflow.
     *
     * @param state  the state
     * @param reason why
     */
    public record MoveRequest(String state, String reason) {
    }

    InputResource(Inputs inputs, Workflows workflows, Traces traces) {
        this.inputs = inputs;
        this.traces = traces;
        this.workflows = workflows;
        this.crud = new Crud<>("input", inputs, Input::id, Input::version);
    }

    /** Filters: workshop, rom, organisation, technology, valueChain, theme, kind, status, q (words starting words of the text). */
    @Operation(summary = "List the inputs, filtered and paged",
            description = "Input brought in at workshops or left on a ROM's public page, in the order of creation unless sort says otherwise; every filter given narrows the list."
            + " The contact left on a public page is shown only to the ROM's people and operators.")
    @GET
    public Page<Input> find(@Parameter(description = "A workshop's id: the input brought in there") @QueryParam("workshop") String workshop,
            @Parameter(description = "A ROM's code: the input it owns (its workshops', or left on its public page)") @QueryParam("rom") String rom,
            @Parameter(description = "An organisation's id: the input it contributed") @QueryParam("organisation") String organisation,
            @Parameter(description = ApiTexts.TECHNOLOGY) @QueryParam("technology") String technology,
            @Parameter(description = ApiTexts.VALUE_CHAIN) @QueryParam("valueChain") String valueChain,
            @Parameter(description = "A theme's code (GET /api/themes)") @QueryParam("theme") String theme,
            @Parameter(schema = @Schema(implementation = InputKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "A state of the input's ROM workflow, e.g. received, triaged, answered, declined (GET /api/workflows/{rom} lists them)") @QueryParam("status") String status,
            @Parameter(description = Requests.WORD_SEARCH + "text") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "createdAt, kind, theme, status, updatedAt (default createdAt)") @QueryParam("sort") String sort) {
        return inputs.find(new InputFilter(Requests.id("workshop", workshop), Requests.blankAsNull(rom), Requests.id("organisation", organisation), Requests.blankAsNull(technology), Requests.blankAsNull(valueChain), Requests.blankAsNull(theme), Requests.enumeration("kind", kind, InputKind.class), Requests.blankAsNull(status), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @Operation(summary = "Create an input",
            description = "Input brought in at a workshop: the workshop, the contributing organisation, kind, theme, technologies, value chain and text; the ROM is the workshop's. " + ApiTexts.CREATE + ApiTexts.WORKFLOW_CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new input; id, version and stamp are set by the platform", required = true) Input record,
            @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @Operation(summary = "Read an input", description = "Answers the record with its version in ETag.")
    @GET
    @Path("{id}")
    public Response get(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return crud.get(id);
    }

    @Operation(summary = "Replace an input", description = "" + ApiTexts.REPLACE + ApiTexts.WORKFLOW_REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The input as it is to be, whole", required = true) Input record,
            @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @Operation(summary = "Delete an input", description = "" + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{id}")
    public Response delete(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** Takes a step of the input's ROM workflow (GET /api/workflows/{rom} lists them). */
    @Operation(summary = "Take a workflow step for an input",
            description = "The steps are those of the input workflow of its ROM (national default: received, triaged, answered, declined): GET /api/workflows/{rom} lists them."
            + " The step into answered is refused (409) before an action answers the input, and a step is refused (409) while the input is held in a state its workflow lacks. " + ApiTexts.TRANSITION)
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = ApiTexts.TRANSITION_BODY, required = true) TransitionRequest request) {
        TransitionRequest body = Requests.required(request);
        Input input = workflows.transition(crud.id(id), body.transition(), body.reason());
        return Response.ok(input).tag(Requests.tag(input.version())).build();
    }

    /** Moves an input held after its workflow changed to a state of the current workflow (operators only). */
    @Operation(summary = "Move a held input to a state of its current workflow",
            description = "For an input held in a state its ROM's current workflow lacks (after a workflow was upgraded or removed; GET /api/workflows/attention lists them)."
            + " Needs kia-operator or rom-admin of the input's ROM (403). A state the workflow lacks is a 422 naming state; 409 when the input is not held (it moves by transitions)"
            + " or when the state counts as answered and no action answers the input.")
    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The state to move to and why: {\"state\": \"...\", \"reason\": \"...\"}", required = true) MoveRequest request) {
        MoveRequest body = Requests.required(request);
        Input input = workflows.move(crud.id(id), body.state(), body.reason());
        return Response.ok(input).tag(Requests.tag(input.version())).build();
    }

    /** The input's recorded workflow steps, oldest first. */
    @Operation(summary = "List an input's workflow steps", description = ApiTexts.HISTORY)
    @GET
    @Path("{id}/history")
    public Page<StateChange> history(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return Page.all(workflows.history(crud.id(id)));
    }

    /** What became of the input: the actions answering it, with their status, latest progress and KPIs met. */
    @Operation(summary = "Trace what became of an input",
            description = "Its workshop, and each action answering it with its plan (and the plan's status), its status, latest progress and the KPIs measured and met, with results over them.")
    @GET
    @Path("{id}/trace")
    public InputTrace trace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return traces.input(crud.id(id));
    }
}
