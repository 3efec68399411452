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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

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
    @Operation(summary = "List the reinforcement plans, filtered and paged",
            description = "By title unless sort says otherwise; every filter given narrows the list.")
    @GET
    public Page<Plan> find(@Parameter(description = "A ROM's code: the plans it owns, alone or jointly") @QueryParam("rom") String rom,
            @Parameter(description = "A value chain's code: the plans reinforcing it") @QueryParam("valueChain") String valueChain,
            @Parameter(description = "A key technology's code (NTS01 to NTS10): the plans whose value chain builds on it") @QueryParam("technology") String technology,
            @Parameter(schema = @Schema(implementation = PlanStatus.class)) @QueryParam("status") String status,
            @Parameter(description = ApiTexts.TEXT_SEARCH + "title and summary") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "title, periodStart, status, updatedAt (default title)") @QueryParam("sort") String sort) {
        return plans.find(new PlanFilter(Requests.blankAsNull(rom), Requests.blankAsNull(valueChain), Requests.blankAsNull(technology), Requests.enumeration("status", status, PlanStatus.class), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @Operation(summary = "Create a plan",
            description = "A plan for a value chain, owned by one or more ROMs (the first leads), with its period, edition and summary. " + ApiTexts.CREATE + ApiTexts.WORKFLOW_CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new plan; id, version and stamp are set by the platform", required = true) Plan record,
            @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @Operation(summary = "Read a plan", description = "Answers the record with its version in ETag.")
    @GET
    @Path("{id}")
    public Response get(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return crud.get(id);
    }

    @Operation(summary = "Replace a plan", description = "" + ApiTexts.REPLACE + ApiTexts.WORKFLOW_REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The plan as it is to be, whole", required = true) Plan record,
            @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @Operation(summary = "Delete a plan", description = "" + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{id}")
    public Response delete(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** The plan with its actions and, for each action, the inputs it answers. */
    @Operation(summary = "Read a plan with its actions and the inputs they answer",
            description = "One request: the plan, each of its actions with the inputs it answers, and results (actions, how many with progress, their average percentage, how many done, KPIs, measured, met).")
    @GET
    @Path("{id}/overview")
    public PlanOverview overview(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return plans.overview(crud.id(id));
    }

    /** The record rendered by a report format: {@code ?format=pdf&lang=nl&since=2026-01-01}; GET /api/reports lists the formats. */
    @Operation(summary = "Download a plan's report", description = "The regional reinforcement plan rendered by a report format a plugin contributes."
            + " Parameters: format (GET /api/reports lists the formats and the reports each renders), lang, since, disposition."
            + " A format that cannot render this report is a 422 naming format, an unknown format a 404.")
    @GET
    @Path("{id}/report")
    public Response report(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @javax.ws.rs.BeanParam ReportParameters parameters,
            @javax.ws.rs.core.Context javax.ws.rs.core.UriInfo uri, @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        return ReportDownload.of(reports, ReportKind.PLAN, id, parameters, uri, headers);
    }

    /** Takes a step of the plan's workflow (GET /api/workflows/{rom}?subject=plan lists them); the status changes only this way. */
    @Operation(summary = "Take a workflow step for a plan",
            description = "The steps (consult, submit by the ROM's admin, approve or return by kia-operator in the national default) are those of the plan workflow of its lead ROM:"
            + " GET /api/workflows/{rom}?subject=plan lists them. The status changes only this way. " + ApiTexts.TRANSITION)
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = ApiTexts.TRANSITION_BODY, required = true) TransitionRequest request) {
        TransitionRequest body = Requests.required(request);
        Plan changed = workflows.transitionPlan(crud.id(id), body.transition(), body.reason());
        return Response.ok(changed).tag(Requests.tag(changed.version())).build();
    }

    /** The plan's recorded workflow steps, oldest first. */
    @Operation(summary = "List a plan's workflow steps", description = ApiTexts.HISTORY)
    @GET
    @Path("{id}/history")
    public Page<StateChange> history(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return Page.all(workflows.history(Workflow.PLANS, crud.id(id)));
    }

    /**
     * What changed in the plan since a moment ({@code since}: a date, its start in Amsterdam, or an
     * ISO instant; required, not in the future): the plan created, changed or moved in its workflow,
     * its actions added, changed, moved or deleted, progress and measurements recorded or deleted;
     * newest first, a page at a time.
     */
    @Operation(summary = "List what changed in a plan since a moment",
            description = "The plan created, edited (the fields) or moved in its workflow (from, to, reason); its actions added, edited, moved or deleted;"
            + " progress updates and KPI measurements recorded or deleted." + ApiTexts.CHANGES)
    @GET
    @Path("{id}/changes")
    public Page<Change> changes(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @Parameter(description = ApiTexts.SINCE) @QueryParam("since") String since,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return traces.planChanges(crud.id(id), Requests.since("since", since), Requests.page(page, size, null));
    }
}
