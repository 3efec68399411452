package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.api.service.ActionProgress;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;
import nl.nts.platform.core.store.ActionEntity;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.KpiMeasurementEntity;
import nl.nts.platform.core.store.ProgressUpdateEntity;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.RowLocks;
import nl.nts.platform.core.store.Writes;

/**
 * Progress updates and KPI measurements of the actions. A recording or deletion locks its action
 * at the database, checks that the caller may change it, and raises its version, in one
 * transaction with the audit entry.
 */
@Component(service = ActionProgress.class, scope = ServiceScope.BUNDLE)
public class JpaActionProgress implements ActionProgress {

    static final String UPDATE_KIND = "progress-update";
    static final String MEASUREMENT_KIND = "kpi-measurement";

    private final JpaTemplate jpa;
    private final ServiceCaller caller;
    private final Clock clock;
    private final ProgressRules rules;

    @Activate
    public JpaActionProgress(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context) {
        this(jpa, new ServiceCaller(scope, context), Clock.systemUTC());
    }

    JpaActionProgress(JpaTemplate jpa, ServiceCaller caller, Clock clock) {
        this.jpa = jpa;
        this.caller = caller;
        this.clock = clock;
        this.rules = new ProgressRules(clock);
    }

    @Override
    public Page<ProgressUpdate> updates(long action, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            requireAction(em, action);
            return new JpqlPage<>(ProgressUpdateEntity.class, "p").where("p.action.id = :p", action)
                    .sortable("date", "p.date").defaultSort("-date")
                    .read(em, page, ProgressUpdateEntity::toRecord);
        });
    }

    @Override
    public ProgressUpdate record(long action, ProgressUpdate update) {
        ProgressUpdate checked = rules.check(action, update);
        return change(action, "record progress on", (em, entity, by, at) -> {
            ProgressUpdateEntity stored = new ProgressUpdateEntity(entity, checked);
            stored.stamp().created(at, by);
            em.persist(stored);
            entity.progress().add(stored);
            em.flush();
            ProgressUpdate created = stored.toRecord();
            Audit.record(em, at, by, "create", UPDATE_KIND, String.valueOf(stored.id()), roms(entity), null, created);
            return created;
        });
    }

    @Override
    public void deleteUpdate(long action, long id) {
        change(action, "delete progress of", (em, entity, by, at) -> {
            ProgressUpdateEntity stored = entity.progress().stream().filter(p -> p.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("progress update", action + "/" + id));
            Audit.record(em, at, by, "delete", UPDATE_KIND, String.valueOf(id), roms(entity), stored.toRecord(), null);
            entity.progress().remove(stored);
            em.remove(stored);
            return null;
        });
    }

    @Override
    public Page<KpiMeasurement> measurements(long action, String indicator, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            requireAction(em, action);
            return new JpqlPage<>(KpiMeasurementEntity.class, "m").where("m.action.id = :p", action)
                    .where("lower(m.indicator) = :p", indicator == null || indicator.isBlank() ? null : indicator.strip().toLowerCase(java.util.Locale.ROOT))
                    .sortable("date", "m.date").defaultSort("-date")
                    .read(em, page, KpiMeasurementEntity::toRecord);
        });
    }

    @Override
    public KpiMeasurement measure(long action, KpiMeasurement measurement) {
        return change(action, "record a measurement of", (em, entity, by, at) -> {
            KpiMeasurement checked = rules.check(action, entity.indicators(), measurement);
            KpiMeasurementEntity stored = new KpiMeasurementEntity(entity, checked);
            stored.stamp().created(at, by);
            em.persist(stored);
            entity.measurements().add(stored);
            em.flush();
            KpiMeasurement created = stored.toRecord();
            Audit.record(em, at, by, "create", MEASUREMENT_KIND, String.valueOf(stored.id()), roms(entity), null, created);
            return created;
        });
    }

    @Override
    public void deleteMeasurement(long action, long id) {
        change(action, "delete a measurement of", (em, entity, by, at) -> {
            KpiMeasurementEntity stored = entity.measurements().stream().filter(m -> m.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("KPI measurement", action + "/" + id));
            Audit.record(em, at, by, "delete", MEASUREMENT_KIND, String.valueOf(id), roms(entity), stored.toRecord(), null);
            entity.measurements().remove(stored);
            em.remove(stored);
            return null;
        });
    }

    private interface Change<T> {
        T apply(EntityManager em, ActionEntity action, String by, Instant at);
    }

    /** One change of an action's results: the action locked, the caller's right checked, its version raised. */
    private <T> T change(long action, String what, Change<T> change) {
        Caller who = caller.get();
        String by = who.actor();
        String described = "action " + action;
        return Writes.guarded(described, () -> new nl.nts.platform.api.ConflictException("id", "a record with the same id was stored meanwhile"),
                () -> jpa.txExpr(TransactionType.Required, em -> {
                    ActionEntity entity = RowLocks.find(em, ActionEntity.class, action, described);
                    if (entity == null) {
                        throw new NotFoundException("action", String.valueOf(action));
                    }
                    who.requireWrite(roms(entity), false, what + " " + described);
                    Instant at = clock.instant();
                    T result = change.apply(em, entity, by, at);
                    // the action reads differently now (its progress, its KPIs' realised values): a new version
                    entity.stamp().updated(at, by);
                    return result;
                }));
    }

    private static void requireAction(EntityManager em, long action) {
        if (em.find(ActionEntity.class, action) == null) {
            throw new NotFoundException("action", String.valueOf(action));
        }
    }

    private static List<String> roms(ActionEntity entity) {
        return entity.plan().roms().stream().map(RomEntity::code).toList();
    }
}
