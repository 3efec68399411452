package nl.nts.platform.core.rest;

import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.AuditEntry;
import nl.nts.platform.api.service.AuditFilter;
import nl.nts.platform.api.service.AuditTrail;

/**
 * The audit trail, read-only: every change, who made it, when, and the record before and
 * after. Who reads which part the trail's service decides ({@code kia-operator} all of it, a
 * {@code rom-admin:<ROM>} the entries of their ROM's records). There is no way to change or
 * delete an entry (other verbs answer 405).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Filters: user (who made the change: a user, plugin or job; the entry's actor), rom, kind (e.g. workshop), record (its id or code),
     * action (create, update, delete, transition, install, uninstall, token-create, token-revoke),
     * from and to (ISO instants, or dates meaning their start, UTC); sort: at (default -at),
     * actor, kind.
     */
    @GET
    public Page<AuditEntry> find(@QueryParam("user") String user, @QueryParam("rom") String rom, @QueryParam("kind") String kind,
            @QueryParam("record") String record, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        String asked = Requests.blankAsNull(rom);
        return trail.find(new AuditFilter(Requests.blankAsNull(user), asked == null ? Set.of() : Set.of(asked), Requests.blankAsNull(kind), Requests.blankAsNull(record),
                Requests.blankAsNull(action), Requests.instant("from", from), Requests.instant("to", to)), Requests.page(page, size, sort));
    }

    @GET
    @Path("{id}")
    public AuditEntry get(@PathParam("id") String id) {
        return trail.get(Requests.pathId("audit entry", id));
    }

}
