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

/** The funding calls: search, create, read, replace, delete. */
@Path("funding-calls")
@Produces(MediaType.APPLICATION_JSON)
public class FundingCallResource {

    private final FundingCalls fundingCalls;
    private final Crud<FundingCall> crud;

    FundingCallResource(FundingCalls fundingCalls) {
        this.fundingCalls = fundingCalls;
        this.crud = new Crud<>("funding call", fundingCalls, FundingCall::id, FundingCall::version,
                // the status follows the dates: a copy read before the deadline is stale after it
                c -> c.status() == null ? null : c.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Filters: source, status, technology, openAt (a date or an ISO instant: open at that moment), q (words in title, programme or identifier). Soonest deadline first. */
    @GET
    public Page<FundingCall> find(@QueryParam("source") String source, @QueryParam("status") String status, @QueryParam("technology") String technology,
            @QueryParam("openAt") String openAt, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return fundingCalls.find(new FundingCallFilter(Requests.blankAsNull(source), Requests.enumeration("status", status, CallStatus.class), Requests.blankAsNull(technology),
                Requests.instant("openAt", openAt), Requests.blankAsNull(q)), Requests.page(page, size, sort));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(FundingCall record, @Context UriInfo uri) {
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
    public Response replace(@PathParam("id") String id, FundingCall record, @Context HttpHeaders headers) {
        return crud.replace(id, record, headers);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context HttpHeaders headers) {
        return crud.delete(id, headers);
    }
}
