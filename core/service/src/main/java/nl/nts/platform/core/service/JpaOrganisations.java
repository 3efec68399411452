package nl.nts.platform.core.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
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

@Component(service = Organisations.class)
public class JpaOrganisations implements Organisations {

    private static final String KIND = "organisation";

    private final JpaTemplate jpa;
    private final ReferenceData referenceData;
    private final OrganisationRules rules;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaOrganisations(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ReferenceData referenceData) {
        this.jpa = jpa;
        this.referenceData = referenceData;
        this.rules = new OrganisationRules(c -> referenceData.technology(c).isPresent(), referenceData.roms());
    }

    @Override
    public Page<Organisation> find(OrganisationFilter filter, PageRequest page) {
        checkFilter(filter);
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(OrganisationEntity.class, "o")
                .where("o.rom.code = :p", filter.rom())
                .where("o.id in (select o1.id from OrganisationEntity o1 join o1.technologies t where t.code = :p)", filter.technology())
                .where("o.id in (select o2.id from OrganisationEntity o2 join o2.segments s where s.valueChain.code = :p)", filter.valueChain())
                .where("o.kind = :p", filter.kind())
                .matching(filter.text(), "o.name", "o.city")
                .sortable("name", "o.name").sortable("city", "o.city").sortable("updatedAt", "o.stamp.updatedAt")
                .batch("technologies").batch("segments").batch("externalIds")
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
    public Organisation get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toRecord());
    }

    @Override
    public Optional<Organisation> byExternalId(String system, String externalId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select o from OrganisationEntity o join o.externalIds e where key(e) = :system and value(e) = :id", OrganisationEntity.class)
                .setParameter("system", system).setParameter("id", externalId)
                .getResultStream().findFirst().map(OrganisationEntity::toRecord));
    }

    @Override
    public Organisation create(Organisation input, String by) {
        Objects.requireNonNull(by, "by");
        Organisation o = rules.check(input);
        return Writes.guarded("organisation '" + o.name() + "'", JpaOrganisations::uniqueTaken, () -> jpa.txExpr(TransactionType.Required, em -> {
            refuseTakenUniques(em, o, null);
            OrganisationEntity entity = new OrganisationEntity();
            entity.stamp().created(clock.instant(), by);
            assign(em, entity, o);
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        }));
    }

    @Override
    public Organisation update(long id, Organisation input, long expectedVersion, String by) {
        Objects.requireNonNull(by, "by");
        Organisation o = rules.check(input);
        return Writes.guarded(describe(id), JpaOrganisations::uniqueTaken, () -> jpa.txExpr(TransactionType.Required, em -> {
            OrganisationEntity entity = find(em, id);
            if (expectedVersion != entity.version()) {
                throw Writes.stale(describe(id), entity.version(), expectedVersion);
            }
            refuseTakenUniques(em, o, id);
            assign(em, entity, o);
            entity.stamp().updated(clock.instant(), by);
            em.flush();
            return entity.toRecord();
        }));
    }

    @Override
    public void delete(long id, Long expectedVersion, String by) {
        Writes.guarded(describe(id), JpaOrganisations::uniqueTaken, () -> {
            jpa.tx(TransactionType.Required, em -> {
                OrganisationEntity entity = find(em, id);
                if (expectedVersion != null && expectedVersion != entity.version()) {
                    throw Writes.stale(describe(id), entity.version(), expectedVersion);
                }
                em.remove(entity);
            });
            return null;
        });
    }

    private static void assign(EntityManager em, OrganisationEntity entity, Organisation o) {
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

    private static void refuseTakenUniques(EntityManager em, Organisation o, Long self) {
        if (o.kvkNumber() != null) {
            List<OrganisationEntity> holders = em.createQuery("select o from OrganisationEntity o where o.kvkNumber = :kvk", OrganisationEntity.class)
                    .setParameter("kvk", o.kvkNumber()).getResultList();
            for (OrganisationEntity holder : holders) {
                if (!holder.id().equals(self)) {
                    throw new ConflictException("kvkNumber", "KvK number " + o.kvkNumber() + " is already registered for organisation "
                            + holder.id() + " ('" + holder.name() + "')");
                }
            }
        }
        for (Map.Entry<String, String> id : o.externalIds().entrySet()) {
            List<OrganisationEntity> holders = em.createQuery(
                    "select o from OrganisationEntity o join o.externalIds e where key(e) = :system and value(e) = :id", OrganisationEntity.class)
                    .setParameter("system", id.getKey()).setParameter("id", id.getValue()).getResultList();
            for (OrganisationEntity holder : holders) {
                if (!holder.id().equals(self)) {
                    throw new ConflictException("externalIds." + id.getKey(), id.getKey() + " id " + id.getValue()
                            + " already belongs to organisation " + holder.id() + " ('" + holder.name() + "')");
                }
            }
        }
    }

    private static OrganisationEntity find(EntityManager em, long id) {
        OrganisationEntity entity = em.find(OrganisationEntity.class, id);
        if (entity == null) {
            throw new NotFoundException(KIND, String.valueOf(id));
        }
        return entity;
    }

    private static String describe(long id) {
        return KIND + " " + id;
    }

    private static ConflictException uniqueTaken() {
        return new ConflictException("kvkNumber", "another organisation was stored with the same KvK number or external id meanwhile");
    }
}
