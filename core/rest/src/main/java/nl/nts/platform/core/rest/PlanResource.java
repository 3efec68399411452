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
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.service.Reports;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.service.PlanFilter;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.Traces;
import nl.nts.platform.api.model.Change;

/** The reinforcement plans: search, create, read, replace, delete, and a plan with its actions and their inputs in one read. */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final Plans plans;
    private final Crud<Plan> crud;
    private final Reports reports;

    private final Workflows workflows;
    private final Traces traces;

    PlanResource(Plans plans, Workflows workflows, Reports reports, Traces traces) {
        this.reports = reports;
        this.traces = traces;
        this.plans = plans;
        this.workflows = workflows;
        this.crud = new Crud<>("plan", plans, Plan::id, Plan::version);
    }

    /** Filters: rom (an owner), valueChain, technology (of the value chain), status, q (words in title or summary). */
    @GET
    public Page<Plan> find(@QueryParam("rom") String rom,
            @QueryParam("valueChain") String valueChain,
            @QueryParam("technology") String technology,
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return plans.find(new PlanFilter(Requests.blankAsNull(rom), Requests.blankAsNull(valueChain), Requests.blankAsNull(technology), Requests.enumeration("status", status, PlanStatus.class), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Plan record, @Context UriInfo uri) {
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
    public Response replace(@PathParam("id") String id, Plan record, @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** The plan with its actions and, for each action, the inputs it answers. */
    @GET
    @Path("{id}/overview")
    public PlanOverview overview(@PathParam("id") String id) {
        return plans.overview(crud.id(id));
    }

    /** The record rendered by a report format: {@code ?format=pdf&lang=nl&since=2026-01-01}; GET /api/reports lists the formats. */
    @GET
    @Path("{id}/report")
    public Response report(@PathParam("id") String id, @javax.ws.rs.BeanParam ReportParameters parameters,
            @javax.ws.rs.core.Context javax.ws.rs.core.UriInfo uri, @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        return ReportDownload.of(reports, ReportKind.PLAN, id, parameters, uri, headers);
    }

    /** Takes a step of the plan's workflow (GET /api/workflows/{rom}?subject=plan lists them); the status changes only this way. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") String id, TransitionRequest request) {
        TransitionRequest body = Requests.required(request);
        Plan changed = workflows.transitionPlan(crud.id(id), body.transition(), body.reason());
        return Response.ok(changed).tag(Requests.tag(changed.version())).build();
    }

    /** The plan's recorded workflow steps, oldest first. */
    @GET
    @Path("{id}/history")
    public Page<StateChange> history(@PathParam("id") String id) {
        return Page.all(workflows.history(Workflow.PLANS, crud.id(id)));
    }

    /**
     * What changed in the plan since a moment ({@code since}: a date, its start in Amsterdam, or an
     * ISO instant; required, not in the future): the plan created, changed or moved in its workflow,
     * its actions added, changed, moved or deleted, progress and measurements recorded or deleted;
     * newest first, a page at a time.
     */
    @GET
    @Path("{id}/changes")
    public Page<Change> changes(@PathParam("id") String id, @QueryParam("since") String since, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return traces.planChanges(crud.id(id), Requests.since("since", since), Requests.page(page, size, null));
    }
}
