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
    @GET
    public Page<Input> find(@QueryParam("workshop") String workshop,
            @QueryParam("rom") String rom,
            @QueryParam("organisation") String organisation,
            @QueryParam("technology") String technology,
            @QueryParam("valueChain") String valueChain,
            @QueryParam("theme") String theme,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @Parameter(description = Requests.WORD_SEARCH + "text") @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return inputs.find(new InputFilter(Requests.id("workshop", workshop), Requests.blankAsNull(rom), Requests.id("organisation", organisation), Requests.blankAsNull(technology), Requests.blankAsNull(valueChain), Requests.blankAsNull(theme), Requests.enumeration("kind", kind, InputKind.class), Requests.blankAsNull(status), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Input record, @Context UriInfo uri) {
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
    public Response replace(@PathParam("id") String id, Input record, @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }

    /** Takes a step of the input's ROM workflow (GET /api/workflows/{rom} lists them). */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") String id, TransitionRequest request) {
        TransitionRequest body = Requests.required(request);
        Input input = workflows.transition(crud.id(id), body.transition(), body.reason());
        return Response.ok(input).tag(Requests.tag(input.version())).build();
    }

    /** Moves an input held after its workflow changed to a state of the current workflow (operators only). */
    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") String id, MoveRequest request) {
        MoveRequest body = Requests.required(request);
        Input input = workflows.move(crud.id(id), body.state(), body.reason());
        return Response.ok(input).tag(Requests.tag(input.version())).build();
    }

    /** The input's recorded workflow steps, oldest first. */
    @GET
    @Path("{id}/history")
    public Page<StateChange> history(@PathParam("id") String id) {
        return Page.all(workflows.history(crud.id(id)));
    }

    /** What became of the input: the actions answering it, with their status, latest progress and KPIs met. */
    @GET
    @Path("{id}/trace")
    public InputTrace trace(@PathParam("id") String id) {
        return traces.input(crud.id(id));
    }
}
