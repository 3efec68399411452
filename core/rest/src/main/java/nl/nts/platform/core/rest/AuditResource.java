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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

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
    @Operation(summary = "Search the audit trail",
            description = "Every change: who, when, what, which record, its owning ROMs, the fields that changed, and the record before and after; newest first."
            + " kia-operator reads all of it, a rom-admin their ROM's part. No entry can be changed or deleted.")
    @GET
    public Page<AuditEntry> find(@Parameter(description = "Who made the change: a user, a plugin (plugin:<id>) or a job") @QueryParam("user") String user,
            @Parameter(description = "A ROM's code: the entries of records it owns") @QueryParam("rom") String rom,
            @Parameter(description = "The record's kind, lower case with hyphens: workshop, value-chain, funding-call, plugin-configuration, ...") @QueryParam("kind") String kind,
            @Parameter(description = "The record's id or code") @QueryParam("record") String record,
            @Parameter(description = "create, update, delete, transition, install, uninstall, token-create, token-revoke, ...") @QueryParam("action") String action,
            @Parameter(description = "An ISO instant or a date (its start, UTC): entries at or after it") @QueryParam("from") String from,
            @Parameter(description = "An ISO instant or a date (its start, UTC): entries before it, so to=2026-12-01 ends with November") @QueryParam("to") String to,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @Parameter(description = ApiTexts.SORT + "at, actor, kind (default -at)") @QueryParam("sort") String sort) {
        String asked = Requests.blankAsNull(rom);
        return trail.find(new AuditFilter(Requests.blankAsNull(user), asked == null ? Set.of() : Set.of(asked), Requests.blankAsNull(kind), Requests.blankAsNull(record),
                Requests.blankAsNull(action), Requests.instant("from", from), Requests.instant("to", to)), Requests.page(page, size, sort));
    }

    @Operation(summary = "Read one audit entry in full")
    @GET
    @Path("{id}")
    public AuditEntry get(@Parameter(description = "The entry's id") @PathParam("id") String id) {
        return trail.get(Requests.pathId("audit entry", id));
    }

}
