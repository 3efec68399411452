package nl.nts.platform.core.rest;

import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.AuditEntry;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.service.AuditFilter;
import nl.nts.platform.api.service.AuditTrail;
import nl.nts.platform.api.service.ReferenceData;

/**
 * The audit trail, read-only: every change, who made it, when, and the record before and
 * after. {@code kia-operator} reads all of it; a {@code rom-admin:<ROM>} reads the entries of
 * their ROM's records. There is no way to change or delete an entry (other verbs answer 405).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;
    private final ReferenceData referenceData;

    AuditResource(AuditTrail trail, ReferenceData referenceData) {
        this.trail = trail;
        this.referenceData = referenceData;
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
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort,
            @Context SecurityContext security) {
        Set<String> roms = readable(security, Requests.blankAsNull(rom));
        return trail.find(new AuditFilter(Requests.blankAsNull(user), roms, Requests.blankAsNull(kind), Requests.blankAsNull(record),
                Requests.blankAsNull(action), Requests.instant("from", from), Requests.instant("to", to)), Requests.page(page, size, sort));
    }

    @GET
    @Path("{id}")
    public AuditEntry get(@PathParam("id") String id, @Context SecurityContext security) {
        Set<String> roms = readable(security, null);
        AuditEntry entry = trail.get(Requests.pathId("audit entry", id));
        if (!roms.isEmpty() && entry.roms().stream().noneMatch(roms::contains)) {
            Tenancy.requireRole(security, "read audit entry " + entry.id() + " (it is not about records of your ROM)");
        }
        return entry;
    }

    /**
     * The ROMs whose part of the trail the caller may read: none (meaning all) for the operator,
     * else the ROMs they administer, narrowed to the one asked for.
     */
    private Set<String> readable(SecurityContext security, String rom) {
        if (security.isUserInRole(Tenancy.OPERATOR)) {
            return rom == null ? Set.of() : Set.of(rom);
        }
        Set<String> administered = new TreeSet<>();
        for (Rom r : referenceData.roms()) {
            if (security.isUserInRole("rom-admin:" + r.code())) {
                administered.add(r.code());
            }
        }
        if (administered.isEmpty()) {
            Tenancy.requireRole(security, "read the audit trail", "rom-admin:<ROM>");
        }
        if (rom != null) {
            if (!administered.contains(rom)) {
                Tenancy.requireRole(security, "read the audit trail of " + rom, "rom-admin:" + rom);
            }
            return Set.of(rom);
        }
        return administered;
    }
}
