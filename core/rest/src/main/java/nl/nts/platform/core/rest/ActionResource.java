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
    @GET
    public Page<Action> find(@QueryParam("plan") String plan,
            @QueryParam("rom") String rom,
            @QueryParam("technology") String technology,
            @QueryParam("valueChain") String valueChain,
            @QueryParam("organisation") String organisation,
            @QueryParam("status") String status,
            @QueryParam("horizon") String horizon,
            @Parameter(description = Requests.WORD_SEARCH + "title and description") @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return actions.find(new ActionFilter(Requests.id("plan", plan), Requests.blankAsNull(rom), Requests.blankAsNull(technology), Requests.blankAsNull(valueChain), Requests.id("organisation", organisation), Requests.enumeration("status", status, ActionStatus.class), Requests.enumeration("horizon", horizon, Horizon.class), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Action record, @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return crud.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, Action record, @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** Takes a step of the action's workflow (GET /api/workflows/{rom}?subject=action lists them); the status changes only this way. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") String id, TransitionRequest request) {
        TransitionRequest body = Requests.required(request);
        Action changed = workflows.transitionAction(crud.id(id), body.transition(), body.reason());
        return Response.ok(changed).tag(Requests.tag(changed.version())).build();
    }

    /** The action's recorded workflow steps, oldest first. */
    @GET
    @Path("{id}/history")
    public Page<StateChange> history(@PathParam("id") String id) {
        return Page.all(workflows.history(Workflow.ACTIONS, crud.id(id)));
    }

    /** The action's progress updates, newest first (by date). */
    @GET
    @Path("{id}/progress")
    public Page<ProgressUpdate> progress(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return progress.updates(crud.id(id), Requests.page(page, size, null));
    }

    /** Records how far the action is: {@code {"percent": 40, "milestone": "...", "note": "...", "date": "2026-11-30"}}. */
    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordProgress(@PathParam("id") String id, ProgressUpdate update, @Context UriInfo uri) {
        ProgressUpdate stored = progress.record(crud.id(id), Requests.required(update));
        return Requests.created(uri, String.valueOf(stored.id())).entity(stored).build();
    }

    @DELETE
    @Path("{id}/progress/{update}")
    public Response deleteProgress(@PathParam("id") String id, @PathParam("update") String update) {
        progress.deleteUpdate(crud.id(id), Requests.pathId("progress update", update));
        return Response.noContent().build();
    }

    /** The measurements of the action's KPIs, newest first (by date); {@code indicator} for one KPI's. */
    @GET
    @Path("{id}/measurements")
    public Page<KpiMeasurement> measurements(@PathParam("id") String id, @QueryParam("indicator") String indicator,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return progress.measurements(crud.id(id), Requests.blankAsNull(indicator), Requests.page(page, size, null));
    }

    /** Records a value measured for one of the action's KPIs: {@code {"indicator": "...", "value": 12, "date": "...", "source": "..."}}. */
    @POST
    @Path("{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response measure(@PathParam("id") String id, KpiMeasurement measurement, @Context UriInfo uri) {
        KpiMeasurement stored = progress.measure(crud.id(id), Requests.required(measurement));
        return Requests.created(uri, String.valueOf(stored.id())).entity(stored).build();
    }

    @DELETE
    @Path("{id}/measurements/{measurement}")
    public Response deleteMeasurement(@PathParam("id") String id, @PathParam("measurement") String measurement) {
        progress.deleteMeasurement(crud.id(id), Requests.pathId("KPI measurement", measurement));
        return Response.noContent().build();
    }
}
