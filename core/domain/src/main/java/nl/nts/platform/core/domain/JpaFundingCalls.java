package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import nl.nts.platform.api.model.CallStatus;
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

    /** The moment a call's status is derived at. */
    private final Clock clock;

    @Activate
    public JpaFundingCalls(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData) {
        this(jpa, new ServiceCaller(scope, context), referenceData, Clock.system(CallStatusByDates.ZONE));
    }

    /** With a clock of the caller's, e.g. a fixed one in a test. */
    JpaFundingCalls(JpaTemplate jpa, ServiceCaller caller, ReferenceData referenceData, Clock clock) {
        super(jpa, caller);
        this.rules = new FundingCallRules(c -> referenceData.technology(c).isPresent());
        this.clock = clock;
    }

    @Override
    String kind() {
        return "funding call";
    }

    @Override
    String auditKind() {
        return "funding-call";
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

    /** The call as stored, its status derived from its dates at the clock's instant. */
    @Override
    FundingCall toRecord(FundingCallEntity entity) {
        return toRecord(entity, clock.instant());
    }

    /** The call as stored, its status derived from its dates at {@code now}. */
    static FundingCall toRecord(FundingCallEntity entity, Instant now) {
        FundingCall stored = entity.toRecord();
        CallStatus status = CallStatusByDates.at(stored.status(), stored.opening(), stored.deadline(), now);
        return status == stored.status() ? stored : stored.toBuilder().status(status).build();
    }

    @Override
    public Page<FundingCall> find(FundingCallFilter f, PageRequest page) {
        Instant now = clock.instant();
        JpqlPage<FundingCallEntity> query = new JpqlPage<>(FundingCallEntity.class, "c")
                .where("c.source = :p", f.source())
                .where("c.id in (select c1.id from FundingCallEntity c1 join c1.technologies t where t.code = :p)", f.technology())
                .matching(f.text(), "c.title", "c.programme", "c.identifier");
        // the status a read shows, derived in the query: a page holds what the filter asks for
        if (f.status() != null) {
            query.where(CallStatusByDates.jpql(f.status(), "c"), CallStatusByDates.parameters(utc(now)));
        }
        if (f.openAt() != null) {
            query.where(CallStatusByDates.jpql(CallStatus.OPEN, "c"), CallStatusByDates.parameters(utc(f.openAt())));
        }
        return jpa.txExpr(TransactionType.Supports, em -> query
                .sortable("deadline", "c.deadline").sortable("opening", "c.opening").sortable("title", "c.title")
                .sortable("updatedAt", "c.stamp.updatedAt")
                .batch("technologies")
                .read(em, page, e -> toRecord(e, now)));
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    @Override
    public Optional<FundingCall> bySourceIdentifier(String source, String identifier) {
        return jpa.txExpr(TransactionType.Supports, em -> holders(em, source, identifier).stream().findFirst().map(this::toRecord));
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
