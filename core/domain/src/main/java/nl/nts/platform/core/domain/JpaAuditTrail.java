package nl.nts.platform.core.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

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
import nl.nts.platform.core.store.Audit;

/** Reads the audit trail; the entries are written by the services that make the changes ({@link Audit}). */
@Component(service = AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

    private final JpaTemplate jpa;

    @Activate
    public JpaAuditTrail(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public Page<AuditEntry> find(AuditFilter f, PageRequest page) {
        JpqlPage<AuditEntryEntity> query = new JpqlPage<>(AuditEntryEntity.class, "a")
                .where("a.actor = :p", f.actor())
                .where("a.kind = :p", f.kind())
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
        return jpa.txExpr(TransactionType.Supports, em -> {
            AuditEntryEntity entry = em.find(AuditEntryEntity.class, id);
            if (entry == null) {
                throw new NotFoundException("audit entry", String.valueOf(id));
            }
            return entry.toRecord();
        });
    }
}
