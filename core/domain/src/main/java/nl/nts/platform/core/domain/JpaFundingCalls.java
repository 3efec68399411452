package nl.nts.platform.core.domain;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.service.FundingCallFilter;
import nl.nts.platform.api.service.FundingCalls;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.store.FundingCallEntity;
import nl.nts.platform.core.store.TechnologyEntity;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

@Component(service = FundingCalls.class, scope = ServiceScope.BUNDLE)
public class JpaFundingCalls extends JpaStore<FundingCallEntity, FundingCall> implements FundingCalls {

    private final FundingCallRules rules;

    @Activate
    public JpaFundingCalls(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData) {
        super(jpa, new ServiceCaller(scope, context));
        this.rules = new FundingCallRules(c -> referenceData.technology(c).isPresent());
    }

    @Override
    String kind() {
        return "funding call";
    }

    @Override
    Class<FundingCallEntity> type() {
        return FundingCallEntity.class;
    }

    @Override
    FundingCallEntity newEntity() {
        return new FundingCallEntity();
    }

    @Override
    FundingCall check(FundingCall input) {
        return rules.check(input);
    }

    @Override
    FundingCall toRecord(FundingCallEntity entity) {
        return entity.toRecord();
    }

    @Override
    public Page<FundingCall> find(FundingCallFilter f, PageRequest page) {
        java.time.LocalDateTime at = f.openAt() == null ? null : java.time.LocalDateTime.ofInstant(f.openAt(), java.time.ZoneOffset.UTC);
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(FundingCallEntity.class, "c")
                .where("c.source = :p", f.source())
                .where("c.status = :p", f.status())
                .where("c.id in (select c1.id from FundingCallEntity c1 join c1.technologies t where t.code = :p)", f.technology())
                .where("(c.opening is null or c.opening <= :p) and c.deadline > :p", at)
                .matching(f.text(), "c.title", "c.programme", "c.identifier")
                .sortable("deadline", "c.deadline").sortable("opening", "c.opening").sortable("title", "c.title")
                .sortable("updatedAt", "c.stamp.updatedAt")
                .batch("technologies")
                .read(em, page, FundingCallEntity::toRecord));
    }

    @Override
    public Optional<FundingCall> bySourceIdentifier(String source, String identifier) {
        return jpa.txExpr(TransactionType.Supports, em -> holders(em, source, identifier).stream().findFirst().map(FundingCallEntity::toRecord));
    }

    private static List<FundingCallEntity> holders(EntityManager em, String source, String identifier) {
        return em.createQuery("select c from FundingCallEntity c where c.source = :s and c.identifier = :i", FundingCallEntity.class)
                .setParameter("s", source).setParameter("i", identifier).getResultList();
    }

    @Override
    void refuseTaken(EntityManager em, FundingCall c, Long self) {
        for (FundingCallEntity holder : holders(em, c.source(), c.identifier())) {
            if (!holder.id().equals(self)) {
                throw new ConflictException("identifier", c.source() + " call " + c.identifier() + " is already stored as funding call " + holder.id());
            }
        }
    }

    @Override
    ConflictException uniqueTaken() {
        return new ConflictException("identifier", "a funding call with the same source and identifier was stored meanwhile");
    }

    @Override
    void assign(EntityManager em, FundingCallEntity entity, FundingCall c) {
        entity.assign(c, c.technologies().stream().map(t -> em.getReference(TechnologyEntity.class, t)).toList());
    }

    private static final String[][] REFERRERS = {
        {"consortium", "select k.id from ConsortiumEntity k where k.call = :c"},
    };

    @Override
    List<String> referrers(EntityManager em, FundingCallEntity entity, int limit) {
        return Referrers.describe(em, REFERRERS, "c", entity, limit);
    }

    @Override
    long countReferrers(EntityManager em, FundingCallEntity entity) {
        return Referrers.count(em, REFERRERS, "c", entity);
    }
}
