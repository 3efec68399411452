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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.service.ActionFilter;
import nl.nts.platform.api.service.Actions;

/** The actions of the plans: search, create, read, replace, delete. */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final Actions actions;
    private final Crud<Action> crud;

    private final Workflows workflows;

    ActionResource(Actions actions, Workflows workflows) {
        this.actions = actions;
        this.workflows = workflows;
        this.crud = new Crud<>("action", actions, Action::id, Action::version);
    }

    /** Filters: plan, rom (through the plan), technology, valueChain (of the plan), organisation (owner or partner), status, horizon, q (words in title or description). */
    @GET
    public Page<Action> find(@QueryParam("plan") String plan,
            @QueryParam("rom") String rom,
            @QueryParam("technology") String technology,
            @QueryParam("valueChain") String valueChain,
            @QueryParam("organisation") String organisation,
            @QueryParam("status") String status,
            @QueryParam("horizon") String horizon,
            @QueryParam("q") String q,
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
}
