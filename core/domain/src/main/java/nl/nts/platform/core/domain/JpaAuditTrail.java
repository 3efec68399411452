package nl.nts.platform.core.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.AuditEntry;
import nl.nts.platform.api.service.AuditFilter;
import nl.nts.platform.api.service.AuditTrail;
import nl.nts.platform.core.store.AuditEntryEntity;
import nl.nts.platform.core.store.AuditKinds;
import nl.nts.platform.api.Roles;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.ServiceCaller;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Reads the audit trail; the entries are written by the services that make the changes
 * ({@link Audit}). The operator (and the core, and national plugins) read all of it; a
 * {@code rom-admin:<ROM>} the entries about their ROMs' records; anyone else nothing.
 */
@Component(service = AuditTrail.class, scope = ServiceScope.BUNDLE)
public class JpaAuditTrail implements AuditTrail {

    private final JpaTemplate jpa;
    private final ServiceCaller caller;

    @Activate
    public JpaAuditTrail(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context) {
        this.jpa = jpa;
        this.caller = new ServiceCaller(scope, context);
    }

    /** The ROMs whose entries the caller reads, narrowed to those asked for; empty for everything. */
    private Set<String> readable(Set<String> asked) {
        Caller who = caller.get();
        if (who.national()) {
            return asked;
        }
        Set<String> administered = who.administeredRoms();
        if (administered.isEmpty()) {
            who.requireRole("read the audit trail", Roles.romAdmin("<ROM>"));
        }
        for (String rom : asked) {
            if (!administered.contains(rom)) {
                who.requireRole("read the audit trail of " + Codes.abbreviate(rom), Roles.romAdmin(rom));
            }
        }
        return asked.isEmpty() ? administered : asked;
    }

    @Override
    public Page<AuditEntry> find(AuditFilter asked, PageRequest page) {
        AuditFilter f = new AuditFilter(asked.actor(), readable(asked.roms()), asked.kind(), asked.record(), asked.action(), asked.from(),
                asked.to());
        JpqlPage<AuditEntryEntity> query = new JpqlPage<>(AuditEntryEntity.class, "a")
                .where("a.actor = :p", f.actor())
                .where("a.kind = :p", AuditKinds.now(f.kind()))
                .where("a.record = :p", f.record())
                .where("a.action = :p", f.action())
                .where("a.at >= :p", f.from() == null ? null : LocalDateTime.ofInstant(f.from(), ZoneOffset.UTC))
                .where("a.at < :p", f.to() == null ? null : LocalDateTime.ofInstant(f.to(), ZoneOffset.UTC))
                .sortable("at", "a.at").sortable("actor", "a.actor").sortable("kind", "a.kind").defaultSort("-at");
        query.whereAny("a.roms like :p", f.roms().stream().sorted().map(AuditEntryEntity::romPattern).toList());
        return jpa.txExpr(TransactionType.Supports, em -> query.read(em, page, AuditEntryEntity::toRecord));
    }

    @Override
    public AuditEntry get(long id) {
        Set<String> readable = readable(Set.of());
        AuditEntry entry = jpa.txExpr(TransactionType.Supports, em -> {
            AuditEntryEntity found = em.find(AuditEntryEntity.class, id);
            if (found == null) {
                throw new NotFoundException("audit entry", String.valueOf(id));
            }
            return found.toRecord();
        });
        if (!readable.isEmpty() && entry.roms().stream().noneMatch(readable::contains)) {
            caller.get().requireRole("read audit entry " + id + " (it is not about records of your ROM)");
        }
        return entry;
    }
}
