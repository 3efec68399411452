package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.SegmentRef;
import nl.nts.platform.api.service.OrganisationFilter;
import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.store.OrganisationEntity;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.SegmentEntity;
import nl.nts.platform.core.store.TechnologyEntity;
import nl.nts.platform.core.shared.Codes;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;
import nl.nts.platform.core.shared.Changes;

@Component(service = Organisations.class, scope = ServiceScope.BUNDLE)
public class JpaOrganisations extends JpaStore<OrganisationEntity, Organisation> implements Organisations {

    private final ReferenceData referenceData;
    private final OrganisationRules rules;
    private final KeptCounts counts;

    @Activate
    public JpaOrganisations(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData,
            @Reference Changes changes) {
        super(jpa, new ServiceCaller(scope, context));
        this.counts = new KeptCounts(changes);
        this.referenceData = referenceData;
        this.rules = new OrganisationRules(c -> referenceData.technology(c).isPresent(), referenceData.roms());
    }

    @Override
    Searchable searchable() {
        return Searchable.ORGANISATION;
    }

    @Override
    String kind() {
        return "organisation";
    }

    @Override
    Class<OrganisationEntity> type() {
        return OrganisationEntity.class;
    }

    @Override
    OrganisationEntity newEntity() {
        return new OrganisationEntity();
    }

    @Override
    Organisation check(Organisation input) {
        return rules.check(input);
    }

    @Override
    Organisation toRecord(OrganisationEntity entity) {
        return entity.toRecord();
    }

    @Override
    public Page<Organisation> find(OrganisationFilter filter, PageRequest page) {
        checkFilter(filter);
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(OrganisationEntity.class, "o")
                .where("o.rom.code = :p", filter.rom())
                .where("exists (select t from OrganisationEntity o1 join o1.technologies t where o1 = o and t.code = :p)", filter.technology())
                .where("exists (select s from OrganisationEntity o2 join o2.segments s where o2 = o and s.valueChain.code = :p)", filter.valueChain())
                .where("o.kind = :p", filter.kind())
                .searching(filter.text(), Searchable.ORGANISATION)
                .sortable("name", "o.name").sortable("city", "o.city").sortable("updatedAt", "o.stamp.updatedAt")
                .counted(counts).batch("technologies").batch("segments").batch("externalIds")
                .read(em, page, OrganisationEntity::toRecord));
    }

    private void checkFilter(OrganisationFilter filter) {
        List<Violation> violations = new ArrayList<>();
        if (filter.rom() != null && referenceData.rom(filter.rom()).isEmpty()) {
            violations.add(new Violation("rom", "unknown ROM '" + Codes.abbreviate(filter.rom()) + "'"));
        }
        if (filter.technology() != null && referenceData.technology(filter.technology()).isEmpty()) {
            violations.add(new Violation("technology", "unknown key technology '" + Codes.abbreviate(filter.technology()) + "'"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    @Override
    public Optional<Organisation> byExternalId(String system, String externalId) {
        return jpa.txExpr(TransactionType.Supports, em -> holdersOf(em, system, externalId).stream().findFirst()
                .map(OrganisationEntity::toRecord));
    }

    /** How many ids one query of {@link #byExternalIds} names at most. */
    private static final int IDS_PER_QUERY = 500;

    @Override
    public Map<String, Organisation> byExternalIds(String system, java.util.Collection<String> externalIds) {
        List<String> ids = externalIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Organisation> found = new java.util.LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "select distinct o from OrganisationEntity o join o.externalIds e where key(e) = :system and value(e) in :ids", OrganisationEntity.class)
                    .setParameter("system", system).setParameter("ids", chunk)
                    .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "o.technologies").setHint("eclipselink.batch", "o.segments")
                    .setHint("eclipselink.batch", "o.externalIds").getResultList().stream().map(OrganisationEntity::toRecord).toList())
                    .forEach(o -> found.put(o.externalIds().get(system), o));
        }
        return found;
    }

    @Override
    void assign(EntityManager em, OrganisationEntity entity, Organisation o) {
        RomEntity rom = o.rom() == null ? null : em.getReference(RomEntity.class, o.rom());
        List<TechnologyEntity> technologies = o.technologies().stream().map(c -> em.getReference(TechnologyEntity.class, c)).toList();
        entity.assign(o, rom, technologies, segments(em, o.segments()));
    }

    /** Resolves segment references in one query; an unknown one is a broken rule. */
    private static List<SegmentEntity> segments(EntityManager em, List<SegmentRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        List<String> chains = refs.stream().map(SegmentRef::valueChain).distinct().toList();
        List<SegmentEntity> candidates = em.createQuery("select s from SegmentEntity s where s.valueChain.code in :chains", SegmentEntity.class)
                .setParameter("chains", chains).getResultList();
        List<SegmentEntity> found = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            SegmentRef ref = refs.get(i);
            Optional<SegmentEntity> match = candidates.stream()
                    .filter(s -> s.valueChain().code().equals(ref.valueChain()) && s.code().equals(ref.segment())).findFirst();
            if (match.isPresent()) {
                found.add(match.get());
            } else {
                violations.add(new Violation("segments[" + i + "]", "value chain '" + Codes.abbreviate(ref.valueChain())
                        + "' has no segment '" + Codes.abbreviate(ref.segment()) + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return found;
    }

    @Override
    void refuseTaken(EntityManager em, Organisation o, Long self) {
        if (o.kvkNumber() != null) {
            for (OrganisationEntity holder : em.createQuery("select o from OrganisationEntity o where o.kvkNumber = :kvk", OrganisationEntity.class)
                    .setParameter("kvk", o.kvkNumber()).getResultList()) {
                if (!holder.id().equals(self)) {
                    throw new ConflictException("kvkNumber", "KvK number " + o.kvkNumber() + " is already registered for organisation "
                            + holder.id() + " ('" + holder.name() + "')");
                }
            }
        }
        for (Map.Entry<String, String> id : o.externalIds().entrySet()) {
            for (OrganisationEntity holder : holdersOf(em, id.getKey(), id.getValue())) {
                if (!holder.id().equals(self)) {
                    throw new ConflictException("externalIds." + id.getKey(), id.getKey() + " id " + id.getValue()
                            + " already belongs to organisation " + holder.id() + " ('" + holder.name() + "')");
                }
            }
        }
    }

    private static List<OrganisationEntity> holdersOf(EntityManager em, String system, String externalId) {
        return em.createQuery("select o from OrganisationEntity o join o.externalIds e where key(e) = :system and value(e) = :id",
                OrganisationEntity.class).setParameter("system", system).setParameter("id", externalId).getResultList();
    }

    /** Workshops, inputs, actions and consortia name organisations; those must go first. */
    private static final String[][] REFERRERS = {
        {"workshop", "select distinct w.id from WorkshopEntity w join w.organisations o where o = :o"},
        {"workshop", "select distinct w.id from WorkshopEntity w join w.participants p where p.organisation = :o"},
        {"input", "select i.id from InputEntity i where i.organisation = :o"},
        {"action", "select a.id from ActionEntity a where a.owner = :o"},
        {"action", "select distinct a.id from ActionEntity a join a.partners p where p = :o"},
        {"consortium", "select k.id from ConsortiumEntity k where k.lead = :o"},
        {"consortium", "select distinct k.id from ConsortiumEntity k join k.members m where m.organisation = :o"},
    };

    @Override
    List<String> roms(OrganisationEntity entity) {
        return entity.rom() == null ? List.of() : List.of(entity.rom().code());
    }

    /** An organisation abroad is shared: value chains run through other countries, and every ROM records them. */
    @Override
    boolean shared(OrganisationEntity entity) {
        return !"NL".equals(entity.country());
    }

    @Override
    List<String> referrers(EntityManager em, OrganisationEntity entity, int limit) {
        return Referrers.describe(em, REFERRERS, "o", entity, limit);
    }

    @Override
    long countReferrers(EntityManager em, OrganisationEntity entity) {
        return Referrers.count(em, REFERRERS, "o", entity);
    }

    @Override
    ConflictException uniqueTaken() {
        return new ConflictException("kvkNumber", "another organisation was stored with the same KvK number or external id meanwhile");
    }
}
