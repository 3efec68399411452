package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.CallMatches;
import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.model.FittingCall;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.service.Matching;
import nl.nts.platform.core.store.ConsortiumEntity;
import nl.nts.platform.core.store.FundingCallEntity;
import nl.nts.platform.core.store.OrganisationEntity;
import nl.nts.platform.core.store.ValueChainEntity;

/**
 * Matching on the stored records, the rules in {@link CallMatcher}. A read of the national
 * picture, which every caller may make: it writes nothing and checks no owner. A call's candidates
 * are read in one query (those with one of its technologies or a segment in one of its chains).
 */
@Component(service = Matching.class)
public class JpaMatching implements Matching {

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public JpaMatching(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa) {
        this(jpa, Clock.system(CallStatusByDates.ZONE));
    }

    JpaMatching(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public CallMatches forCall(long callId) {
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            FundingCallEntity entity = em.find(FundingCallEntity.class, callId);
            if (entity == null) {
                throw new NotFoundException("funding call", String.valueOf(callId));
            }
            FundingCall call = JpaFundingCalls.toRecord(entity, now);
            CallMatcher matcher = new CallMatcher(chains(em));
            List<String> callChains = matcher.chainsOf(call);
            return matcher.matches(call, candidates(em, call.technologies(), callChains), consortia(em, callId));
        });
    }

    @Override
    public List<FittingCall> forOrganisation(long organisationId) {
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            OrganisationEntity entity = em.find(OrganisationEntity.class, organisationId);
            if (entity == null) {
                throw new NotFoundException("organisation", String.valueOf(organisationId));
            }
            Organisation organisation = entity.toRecord();
            List<FundingCall> open = em.createQuery("select c from FundingCallEntity c where " + CallStatusByDates.jpql(CallStatus.OPEN, "c"),
                    FundingCallEntity.class).setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "c.technologies")
                    .setParameter("at", JpaFundingCalls.utc(now)).setParameter("cancelled", CallStatus.CANCELLED)
                    .setParameter("closed", CallStatus.CLOSED).setParameter("forthcoming", CallStatus.FORTHCOMING)
                    .getResultList().stream().map(c -> JpaFundingCalls.toRecord(c, now)).toList();
            return new CallMatcher(chains(em)).callsFor(organisation, open);
        });
    }

    private static List<ValueChain> chains(EntityManager em) {
        return em.createQuery("select v from ValueChainEntity v", ValueChainEntity.class)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "v.technologies")
                .getResultList().stream().map(ValueChainEntity::toRecord).toList();
    }

    /** The organisations with one of the technologies or a segment in one of the chains. */
    private static List<Organisation> candidates(EntityManager em, List<String> technologies, List<String> chains) {
        if (technologies.isEmpty()) {
            return List.of();
        }
        // a list parameter may not be empty: a code no chain has stands in for none
        List<String> inChains = chains.isEmpty() ? List.of("") : chains;
        return em.createQuery("select distinct o from OrganisationEntity o where"
                + " exists (select t from OrganisationEntity o1 join o1.technologies t where o1 = o and t.code in :technologies)"
                + " or exists (select s from OrganisationEntity o2 join o2.segments s where o2 = o and s.valueChain.code in :chains)",
                OrganisationEntity.class)
                .setParameter("technologies", technologies).setParameter("chains", inChains)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "o.technologies").setHint("eclipselink.batch", "o.segments")
                .setHint("eclipselink.batch", "o.externalIds").setHint("eclipselink.batch", "o.euProjects")
                .getResultList().stream().map(OrganisationEntity::toRecord).toList();
    }

    private static List<Consortium> consortia(EntityManager em, long callId) {
        return em.createQuery("select k from ConsortiumEntity k where k.call.id = :c", ConsortiumEntity.class)
                .setParameter("c", callId).getResultList().stream().map(ConsortiumEntity::toRecord).toList();
    }
}
