package nl.nts.platform.core.domain;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.Results;
import nl.nts.platform.api.service.PlanFilter;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.store.ActionEntity;
import nl.nts.platform.core.store.InputEntity;
import nl.nts.platform.core.store.PlanEntity;
import nl.nts.platform.core.store.RomEntity;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

@Component(service = Plans.class, scope = ServiceScope.BUNDLE)
public class JpaPlans extends JpaStore<PlanEntity, Plan> implements Plans {

    private final PlanRules rules;

    @Activate
    public JpaPlans(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData) {
        super(jpa, new ServiceCaller(scope, context));
        this.rules = new PlanRules(c -> referenceData.rom(c).isPresent());
    }

    @Override
    String kind() {
        return "plan";
    }

    @Override
    Class<PlanEntity> type() {
        return PlanEntity.class;
    }

    @Override
    PlanEntity newEntity() {
        return new PlanEntity();
    }

    @Override
    Plan check(Plan input) {
        return rules.check(input);
    }

    @Override
    Plan toRecord(PlanEntity entity) {
        return entity.toRecord();
    }

    @Override
    public Page<Plan> find(PlanFilter f, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(PlanEntity.class, "p")
                .where("p.id in (select p1.id from PlanEntity p1 join p1.roms r where r.code = :p)", f.rom())
                .where("p.valueChain.code = :p", f.valueChain())
                .where("p.valueChain.id in (select v.id from ValueChainEntity v join v.technologies t where t.code = :p)", f.technology())
                .where("p.status = :p", f.status())
                .matching(f.text(), "p.title", "p.summary")
                .sortable("title", "p.title").sortable("periodStart", "p.periodStart").sortable("status", "p.status")
                .sortable("updatedAt", "p.stamp.updatedAt")
                .batch("roms")
                .read(em, page, PlanEntity::toRecord));
    }

    @Override
    public PlanOverview overview(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PlanEntity plan = find(em, id);
            List<ActionEntity> actions = em.createQuery("select a from ActionEntity a where a.plan = :plan order by a.title, a.id",
                    ActionEntity.class)
                    .setParameter("plan", plan)
                    // every collection of every action, and of the inputs they answer, in one batched read each
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "a.partners")
                    .setHint("eclipselink.batch", "a.kpis")
                    .setHint("eclipselink.batch", "a.technologies")
                    .setHint("eclipselink.batch", "a.inputs")
                    .setHint("eclipselink.batch", "a.inputs.technologies")
                    .setHint("eclipselink.batch", "a.inputs.answeredBy")
                    .setHint("eclipselink.batch", "a.progress")
                    .setHint("eclipselink.batch", "a.measurements")
                    .getResultList();
            List<PlanOverview.ActionWithInputs> withInputs = actions.stream()
                    .map(a -> new PlanOverview.ActionWithInputs(a.toRecord(), a.inputs().stream().map(InputEntity::toRecord).toList()))
                    .toList();
            return new PlanOverview(plan.toRecord(), withInputs, Results.of(withInputs.stream().map(PlanOverview.ActionWithInputs::action).toList()));
        });
    }

    @Override
    void assign(EntityManager em, PlanEntity entity, Plan p) {
        PlanStatus status = WorkflowStatus.decide("plan", entity.id(), entity.status(), p.status(), PlanStatus.DRAFT, caller.get());
        entity.assign(p, JpaValueChains.byCode(em, p.valueChain(), "valueChain"),
                p.roms().stream().map(c -> em.getReference(RomEntity.class, c)).toList());
        entity.status(status);
    }

    @Override
    List<String> roms(PlanEntity entity) {
        return entity.roms().stream().map(RomEntity::code).toList();
    }

    @Override
    List<String> referrers(EntityManager em, PlanEntity entity, int limit) {
        return em.createQuery("select a.id from ActionEntity a where a.plan = :p order by a.id", Long.class)
                .setParameter("p", entity).setMaxResults(limit).getResultList().stream().map(id -> "action " + id).toList();
    }

    @Override
    long countReferrers(EntityManager em, PlanEntity entity) {
        return em.createQuery("select count(a) from ActionEntity a where a.plan = :p", Long.class).setParameter("p", entity).getSingleResult();
    }
}
