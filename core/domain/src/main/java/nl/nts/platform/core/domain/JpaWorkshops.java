package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Participant;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.WorkshopFilter;
import nl.nts.platform.api.service.Workshops;
import nl.nts.platform.core.store.OrganisationEntity;
import nl.nts.platform.core.store.ParticipantValue;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.TechnologyEntity;
import nl.nts.platform.core.store.ValueChainEntity;
import nl.nts.platform.core.store.WorkshopEntity;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

@Component(service = Workshops.class, scope = ServiceScope.BUNDLE)
public class JpaWorkshops extends JpaStore<WorkshopEntity, Workshop> implements Workshops {

    private final WorkshopRules rules;

    @Activate
    public JpaWorkshops(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData) {
        super(jpa, new ServiceCaller(scope, context));
        this.rules = new WorkshopRules(c -> referenceData.rom(c).isPresent(), c -> referenceData.technology(c).isPresent());
    }

    @Override
    String kind() {
        return "workshop";
    }

    @Override
    Class<WorkshopEntity> type() {
        return WorkshopEntity.class;
    }

    @Override
    WorkshopEntity newEntity() {
        return new WorkshopEntity();
    }

    @Override
    Workshop check(Workshop input) {
        return rules.check(input);
    }

    /** The workshop as the caller may read it: the participants' e-mail addresses only for those who act for its ROM or a co-organiser. */
    @Override
    Workshop toRecord(WorkshopEntity entity) {
        Caller reader = caller.reader();
        return entity.toRecord(reader.actsFor(entity.rom().code()) || entity.coOrganisers().stream().anyMatch(r -> reader.actsFor(r.code())));
    }

    @Override
    public Page<Workshop> find(WorkshopFilter f, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(WorkshopEntity.class, "w")
                .where("(w.rom.code = :p or w.id in (select w1.id from WorkshopEntity w1 join w1.coOrganisers c where c.code = :p))", f.rom())
                .where("w.id in (select w2.id from WorkshopEntity w2 join w2.technologies t where t.code = :p)", f.technology())
                .where("w.id in (select w3.id from WorkshopEntity w3 join w3.valueChains v where v.code = :p)", f.valueChain())
                .where("w.date >= :p", f.from())
                .where("w.date <= :p", f.to())
                .matching(f.text(), "w.title", "w.place")
                .sortable("date", "w.date").sortable("title", "w.title").sortable("updatedAt", "w.stamp.updatedAt")
                .defaultSort("-date")
                .batch("coOrganisers").batch("technologies").batch("valueChains").batch("organisations").batch("participants")
                .read(em, page, this::toRecord));
    }

    @Override
    void assign(EntityManager em, WorkshopEntity entity, Workshop w) {
        List<ValueChainEntity> chains = JpaValueChains.byCodes(em, w.valueChains(), "valueChains");
        List<OrganisationEntity> organisations = Ids.resolve(em, OrganisationEntity.class, "organisation", "organisations",
                w.organisations(), OrganisationEntity::id);
        List<Long> participantOrganisations = w.participants().stream().map(Participant::organisation).filter(Objects::nonNull).distinct().toList();
        Map<Long, OrganisationEntity> byId = new LinkedHashMap<>();
        em.createQuery("select o from OrganisationEntity o where o.id in :ids", OrganisationEntity.class)
                .setParameter("ids", participantOrganisations.isEmpty() ? List.of(-1L) : participantOrganisations)
                .getResultList().forEach(o -> byId.put(o.id(), o));
        List<ParticipantValue> participants = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < w.participants().size(); i++) {
            Participant p = w.participants().get(i);
            OrganisationEntity organisation = p.organisation() == null ? null : byId.get(p.organisation());
            if (p.organisation() != null && organisation == null) {
                violations.add(new Violation("participants[" + i + "].organisation", "no organisation " + p.organisation()));
            }
            participants.add(new ParticipantValue(p, organisation));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        entity.assign(w, em.getReference(RomEntity.class, w.rom()),
                w.coOrganisers().stream().map(c -> em.getReference(RomEntity.class, c)).toList(),
                w.technologies().stream().map(c -> em.getReference(TechnologyEntity.class, c)).toList(),
                chains, organisations, participants);
    }

    @Override
    List<String> roms(WorkshopEntity entity) {
        return List.of(entity.rom().code());
    }

    @Override
    List<String> referrers(EntityManager em, WorkshopEntity entity, int limit) {
        return em.createQuery("select i.id from InputEntity i where i.workshop = :w order by i.id", Long.class)
                .setParameter("w", entity).setMaxResults(limit).getResultList().stream().map(id -> "input " + id).toList();
    }

    @Override
    long countReferrers(EntityManager em, WorkshopEntity entity) {
        return em.createQuery("select count(i) from InputEntity i where i.workshop = :w", Long.class).setParameter("w", entity).getSingleResult();
    }
}
