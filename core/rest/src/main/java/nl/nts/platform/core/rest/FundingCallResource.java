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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.service.FundingCallFilter;
import nl.nts.platform.api.service.FundingCalls;
import nl.nts.platform.api.service.Matching;
import nl.nts.platform.api.model.CallMatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Schema;

/** The funding calls: search, create, read, replace, delete. */
@Path("funding-calls")
@Produces(MediaType.APPLICATION_JSON)
public class FundingCallResource {

    private final FundingCalls fundingCalls;
    private final Matching matching;
    private final Crud<FundingCall> crud;

    FundingCallResource(FundingCalls fundingCalls, Matching matching) {
        this.fundingCalls = fundingCalls;
        this.matching = matching;
        this.crud = new Crud<>("funding call", fundingCalls, FundingCall::id, FundingCall::version,
                // the status follows the dates: a copy read before the deadline is stale after it
                c -> c.status() == null ? null : c.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Filters: source, status, technology, openAt (a date or an ISO instant: open at that moment), q (words in title, programme or identifier). Soonest deadline first. */
    @Operation(summary = "List the funding calls, filtered and paged",
            description = "Soonest deadline first unless sort says otherwise; every filter given narrows the list."
            + " The status follows the dates on every read: CANCELLED when a source says so, else CLOSED from the deadline on, FORTHCOMING before the opening, OPEN between (where a date is unknown, the status given fills in).")
    @GET
    public Page<FundingCall> find(@Parameter(description = "Where the calls come from, e.g. SEDIA or RVO") @QueryParam("source") String source,
            @Parameter(description = "The status as the dates make it now: OPEN finds the calls open at this moment", schema = @Schema(implementation = CallStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "A key technology's code (NTS01 to NTS10): the calls fitting it") @QueryParam("technology") String technology,
            @Parameter(description = "A date or an ISO instant: the calls open at that moment (not cancelled, opened at or before it, due after it)") @QueryParam("openAt") String openAt,
            @Parameter(description = ApiTexts.TEXT_SEARCH + "title, programme and identifier") @QueryParam("q") String q,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "deadline, opening, title, updatedAt (default deadline)") @QueryParam("sort") String sort) {
        return fundingCalls.find(new FundingCallFilter(Requests.blankAsNull(source), Requests.enumeration("status", status, CallStatus.class), Requests.blankAsNull(technology),
                Requests.instant("openAt", openAt), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @Operation(summary = "Create a funding call",
            description = "A call of a source (SEDIA, RVO, ...) with its identifier (unique together), programme, title, opening, deadline, budget, technologies, url, the TRL range it funds (trlMin, trlMax: 1..9) and whether it is crossRegional; funding calls are the operator's. " + ApiTexts.CREATE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@RequestBody(description = "The new funding call; id, version and stamp are set by the platform", required = true) FundingCall record,
            @Context UriInfo uri) {
        return crud.create(record, uri);
    }

    @Operation(summary = "Read a funding call", description = "Answers the record with its version in ETag.")
    @GET
    @Path("{id}")
    public Response get(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return crud.get(id);
    }

    @Operation(summary = "Match organisations to a funding call and propose a consortium",
            description = "The organisations that fit the call, grouped by the ROM whose region each is in (abroad last, rom null), best fit first,"
            + " each with why: the call's key technologies it works with, the call's value chains (those built on its technologies) it works in"
            + " through its segments, and its TRL against the call's range (trlMin..trlMax; outside it leaves an organisation out, an unknown TRL"
            + " does not). consortia names the consortia for this call it is in already. proposal: a lead with EU project experience (its CORDIS"
            + " projects, a coordinator's first), at least one SME or start-up and one knowledge institution, members of two ROMs where the call is"
            + " crossRegional, then members bringing a technology no other member brings (six at most); government and investors are not proposed."
            + " unmet says in words which condition it cannot meet, complete whether it meets them all. Nothing is stored.")
    @GET
    @Path("{id}/matches")
    public CallMatches matches(@Parameter(description = ApiTexts.ID) @PathParam("id") String id) {
        return matching.forCall(Requests.pathId("funding call", id));
    }

    @Operation(summary = "Replace a funding call",
            description = "Its ETag also carries the status its dates give it now (\"3-open\"); If-Match takes such a tag by its version. " + ApiTexts.REPLACE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_PUT)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Parameter(description = ApiTexts.ID) @PathParam("id") String id,
            @RequestBody(description = "The funding call as it is to be, whole", required = true) FundingCall record,
            @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @Operation(summary = "Delete a funding call", description = "" + ApiTexts.DELETE)
    @Parameter(name = "If-Match", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER, description = ApiTexts.IF_MATCH_DELETE)
    @DELETE
    @Path("{id}")
    public Response delete(@Parameter(description = ApiTexts.ID) @PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }
}
