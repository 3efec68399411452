package nl.nts.platform.core.rest;

import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.service.Workflows;
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
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.api.service.ActionProgress;
import nl.nts.platform.api.service.ActionFilter;
import nl.nts.platform.api.service.Actions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

/** The actions of the plans: search, create, read, replace, delete. */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final Actions actions;
    private final Crud<Action> crud;

    private final Workflows workflows;
    private final ActionProgress progress;

    ActionResource(Actions actions, Workflows workflows, ActionProgress progress) {
        this.actions = actions;
        this.workflows = workflows;
        this.progress = progress;
        this.crud = new Crud<>("action", actions, Action::id, Action::version);
    }

    /** Filters: plan, rom (through the plan), technology, valueChain (of the plan), organisation (owner or partner), status, horizon, q (words starting words of the title or description). */
    @Operation(summary = "List the actions, filtered and paged",
            description = "The actions of the reinforcement plans, by title unless sort says otherwise; every filter given narrows the list."
            + " The technologies of an action are those given, else its plan's chain's, and always those of the inputs it answers.")
    @GET
    public Page<Action> find(@Parameter(description = "A plan's id: its actions") @QueryParam("plan") String plan,
            @Parameter(description = "A ROM's code: the actions of the plans it owns") @QueryParam("rom") String rom,
            @Parameter(description = "A key technology's code (NTS01 to NTS10): the actions advancing it") @QueryParam("technology") String technology,
            @Parameter(description = "A value chain's code: the actions of the plans for it") @QueryParam("valueChain") String valueChain,
            @Parameter(description = "An organisation's id: the actions it owns or is a partner in") @QueryParam("organisation") String organisation,
            @Parameter(schema = @Schema(implementation = ActionStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "SHORT_TERM for the low-hanging fruit, ROADMAP for the longer road", schema = @Schema(implementation = Horizon.class)) @QueryParam("horizon") String horizon,
            @Parameter(description = Requests.WORD_SEARCH + "title and description") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "title, start, status, updatedAt (default title)") @QueryParam("sort") String sort) {
        return actions.find(new ActionFilter(Requests.id("plan", plan), Requests.blankAsNull(rom), Requests.blankAsNull(technology), Requests.blankAsNull(valueChain), Requests.id("organisation", organisation), Requests.enumeration("status", status, ActionStatus.class), Requests.enumeration("horizon", horizon, Horizon.class), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @Operation(summary = "Create an action",
            description = "An action of a plan, with owner and partners (organisation ids), horizon, dates, budget, KPIs and the inputs it answers; created by who may change its plan (its ROMs, kia-operator). " + ApiTexts.CREATE + ApiTexts.WORKFLOW_CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new action; id, version and stamp are set by the platform", required = true) Action record,
            @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @Operation(summary = "Read an action", description = "Answers the record with its version in ETag.")
    @GET
    @Path("{id}")
    public Response get(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return crud.get(id);
    }

    @Operation(summary = "Replace an action",
            description = "A KPI that has measurements cannot be renamed or dropped until they are deleted (409 naming kpis). " + ApiTexts.REPLACE + ApiTexts.WORKFLOW_REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The action as it is to be, whole", required = true) Action record,
            @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @Operation(summary = "Delete an action", description = "The only action answering an answered input cannot be deleted (409). " + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{id}")
    public Response delete(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** Takes a step of the action's workflow (GET /api/workflows/{rom}?subject=action lists them); the status changes only this way. */
    @Operation(summary = "Take a workflow step for an action",
            description = "The steps (prepare, fund, start, complete, drop, revive in the national default) are those of the action workflow of its plan's lead ROM:"
            + " GET /api/workflows/{rom}?subject=action lists them. The status changes only this way. " + ApiTexts.TRANSITION)
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = ApiTexts.TRANSITION_BODY, required = true) TransitionRequest request) {
        TransitionRequest body = Requests.required(request);
        Action changed = workflows.transitionAction(crud.id(id), body.transition(), body.reason());
        return Response.ok(changed).tag(Requests.tag(changed.version())).build();
    }

    /** The action's recorded workflow steps, oldest first. */
    @Operation(summary = "List an action's workflow steps", description = ApiTexts.HISTORY)
    @GET
    @Path("{id}/history")
    public Page<StateChange> history(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return Page.all(workflows.history(Workflow.ACTIONS, crud.id(id)));
    }

    /** The action's progress updates, newest first (by date). */
    @Operation(summary = "List an action's progress updates", description = "Newest first by date; the newest is the action's progress.")
    @GET
    @Path("{id}/progress")
    public Page<ProgressUpdate> progress(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return progress.updates(crud.id(id), Requests.page(page, size, null));
    }

    /** Records how far the action is: {@code {"percent": 40, "milestone": "...", "note": "...", "date": "2026-11-30"}}. */
    @Operation(summary = "Record an action's progress",
            description = "A percentage (0 to 100) or a milestone, with an optional note; the date defaults to today in Amsterdam and is never in the future."
            + " Only who may change the action records it (its plan's ROMs, kia-operator); audited as progress-update, and the action's version rises. 201 with the update and its address; 422 naming the field at fault.")
    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordProgress(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "How far the action is: {\"percent\": 40, \"milestone\": \"...\", \"note\": \"...\", \"date\": \"2026-11-30\"}", required = true) ProgressUpdate update,
            @Context UriInfo uri) {
        ProgressUpdate stored = progress.record(crud.id(id), Requests.required(update));
        return Requests.created(uri, String.valueOf(stored.id())).entity(stored).build();
    }

    @Operation(summary = "Delete a progress update of an action",
            description = "204 when it is gone; only who may change the action deletes (403 otherwise). Audited; the action's version rises.")
    @DELETE
    @Path("{id}/progress/{update}")
    public Response deleteProgress(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @Parameter(description = "The progress update's id") @PathParam("update") String update) {
        progress.deleteUpdate(crud.id(id), Requests.pathId("progress update", update));
        return Response.noContent().build();
    }

    /** The measurements of the action's KPIs, newest first (by date); {@code indicator} for one KPI's. */
    @Operation(summary = "List the measurements of an action's KPIs", description = "Newest first by date; the newest of a KPI is its realised value.")
    @GET
    @Path("{id}/measurements")
    public Page<KpiMeasurement> measurements(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @Parameter(description = "A KPI's indicator: only its measurements") @QueryParam("indicator") String indicator,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page, @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return progress.measurements(crud.id(id), Requests.blankAsNull(indicator), Requests.page(page, size, null));
    }

    /** Records a value measured for one of the action's KPIs: {@code {"indicator": "...", "value": 12, "date": "...", "source": "..."}}. */
    @Operation(summary = "Record a KPI measurement for an action",
            description = "The indicator names one of the action's KPIs (trimmed, any case); the date defaults to today in Amsterdam, never in the future."
            + " The newest measurement by date is the KPI's realised value (with realisedOn and met). Only who may change the action records it; audited as kpi-measurement, and the action's version rises. 201 with the measurement; 422 naming the field at fault.")
    @POST
    @Path("{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response measure(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "A value measured for one KPI: {\"indicator\": \"...\", \"value\": 12, \"date\": \"...\", \"source\": \"...\"}", required = true) KpiMeasurement measurement,
            @Context UriInfo uri) {
        KpiMeasurement stored = progress.measure(crud.id(id), Requests.required(measurement));
        return Requests.created(uri, String.valueOf(stored.id())).entity(stored).build();
    }

    @Operation(summary = "Delete a KPI measurement of an action",
            description = "204 when it is gone; only who may change the action deletes (403 otherwise). Audited; the action's version rises.")
    @DELETE
    @Path("{id}/measurements/{measurement}")
    public Response deleteMeasurement(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @Parameter(description = "The measurement's id") @PathParam("measurement") String measurement) {
        progress.deleteMeasurement(crud.id(id), Requests.pathId("KPI measurement", measurement));
        return Response.noContent().build();
    }
}
