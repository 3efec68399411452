package nl.nts.platform.core.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

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
import nl.nts.platform.api.model.Location;
import nl.nts.platform.api.model.Resilience;
import nl.nts.platform.api.model.Segment;
import nl.nts.platform.api.model.SegmentResilience;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.ValueChainFilter;
import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.TechnologyEntity;
import nl.nts.platform.core.store.ValueChainEntity;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.RowLocks;
import nl.nts.platform.core.store.Writes;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;
import nl.nts.platform.core.shared.Caller;

@Component(service = ValueChains.class, scope = ServiceScope.BUNDLE)
public class JpaValueChains implements ValueChains {

    private static final String KIND = "value chain";
    private static final String AUDIT_KIND = "value-chain";

    /** Organisations (through segments), workshops, inputs and plans name value chains; those must go first. */
    private static final String[][] REFERRERS = {
        {"organisation", "select distinct o.id from OrganisationEntity o join o.segments s where s.valueChain = :chain"},
        {"workshop", "select distinct w.id from WorkshopEntity w join w.valueChains v where v = :chain"},
        {"input", "select i.id from InputEntity i where i.valueChain = :chain"},
        {"plan", "select p.id from PlanEntity p where p.valueChain = :chain"},
    };

    private final JpaTemplate jpa;
    private final ServiceCaller caller;
    private final ValueChainRules rules;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaValueChains(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData) {
        this.jpa = jpa;
        this.caller = new ServiceCaller(scope, context);
        this.rules = new ValueChainRules(c -> referenceData.technology(c).isPresent(), c -> referenceData.rom(c).isPresent());
    }

    @Override
    public List<ValueChain> list() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ValueChainEntity> query = em.createQuery("select v from ValueChainEntity v order by v.code", ValueChainEntity.class);
            // batched reads for all chains' technologies, ROMs and segments, not three per chain
            query.setHint("eclipselink.batch.type", "IN");
            query.setHint("eclipselink.batch", "v.technologies");
            query.setHint("eclipselink.batch", "v.roms");
            query.setHint("eclipselink.batch", "v.segments");
            return query.getResultList().stream().map(ValueChainEntity::toRecord).toList();
        });
    }

    @Override
    public Page<ValueChain> find(ValueChainFilter f, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(ValueChainEntity.class, "v")
                .where("v.id in (select v1.id from ValueChainEntity v1 join v1.roms r where r.code = :p)", f.rom())
                .where("v.id in (select v2.id from ValueChainEntity v2 join v2.technologies t where t.code = :p)", f.technology())
                .matching(f.text(), "v.name", "v.description")
                .sortable("code", "v.code").sortable("name", "v.name").sortable("updatedAt", "v.stamp.updatedAt")
                .batch("technologies").batch("roms").batch("segments")
                .read(em, page, ValueChainEntity::toRecord));
    }

    /** Value chains are national records: the operator's. @return who changes them, for the stamp */
    private String operator(String what) {
        Caller who = caller.get();
        who.requireWrite(List.of(), false, what);
        return who.actor();
    }

    /** The chain, locked until the transaction ends and checked against the version the caller read, as {@link JpaStore} does. */
    private ValueChainEntity findForChange(EntityManager em, String code, Long expectedVersion) {
        ValueChainEntity entity = find(em, code);
        RowLocks.refresh(em, entity, describe(code));
        Writes.checkVersion(describe(code), entity.version(), expectedVersion);
        return entity;
    }

    @Override
    public ValueChain get(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, code).toRecord());
    }

    @Override
    public ValueChain create(ValueChain input) {
        String by = operator("create value chains");
        ValueChain chain = rules.checkNew(input);
        return Writes.guarded(describe(chain.code()), () -> taken(chain.code()), () -> jpa.txExpr(TransactionType.Required, em -> {
            if (findOrNull(em, chain.code()) != null) {
                throw taken(chain.code());
            }
            ValueChainEntity entity = new ValueChainEntity(chain.code());
            entity.stamp().created(clock.instant(), by);
            assign(em, entity, chain);
            em.persist(entity);
            em.flush();
            ValueChain created = entity.toRecord();
            Audit.record(em, clock.instant(), by, "create", AUDIT_KIND, chain.code(), List.of(), null, created);
            return created;
        }));
    }

    @Override
    public ValueChain update(String code, ValueChain input, long expectedVersion) {
        String by = operator("change value chains");
        ValueChain chain = rules.checkReplacement(code, input);
        return Writes.guarded(describe(code), () -> taken(code), () -> jpa.txExpr(TransactionType.Required, em -> {
            ValueChainEntity entity = findForChange(em, code, expectedVersion);
            refuseDroppingSegmentsInUse(em, entity, chain.segments());
            ValueChain before = entity.toRecord();
            assign(em, entity, chain);
            entity.stamp().updated(clock.instant(), by);
            em.flush();
            ValueChain after = entity.toRecord();
            Audit.record(em, clock.instant(), by, "update", AUDIT_KIND, code, List.of(), before, after);
            return after;
        }));
    }

    @Override
    public void delete(String code, Long expectedVersion) {
        String by = operator("delete value chains");
        Writes.guarded(describe(code), () -> taken(code), () -> {
            jpa.tx(TransactionType.Required, em -> {
                ValueChainEntity entity = findForChange(em, code, expectedVersion);
                List<String> referrers = Referrers.describe(em, REFERRERS, "chain", entity, 5);
                if (!referrers.isEmpty()) {
                    throw Writes.referredTo(describe(code), "code", referrers, Referrers.count(em, REFERRERS, "chain", entity));
                }
                Audit.record(em, clock.instant(), by, "delete", AUDIT_KIND, code, List.of(), entity.toRecord(), null);
                em.remove(entity);
            });
            return null;
        });
    }

    @Override
    public Resilience resilience(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ValueChainEntity chain = find(em, code);
            Set<String> chainRoms = chain.roms().stream().map(RomEntity::code).collect(Collectors.toSet());
            Map<String, int[]> counts = new LinkedHashMap<>();
            chain.segments().forEach(s -> counts.put(s.code(), new int[Location.values().length]));
            List<Object[]> rows = em.createQuery("select s.code, o.country, r.code from OrganisationEntity o join o.segments s"
                    + " left join o.rom r where s.valueChain = :chain", Object[].class)
                    .setParameter("chain", chain).getResultList();
            for (Object[] row : rows) {
                Location where = Locations.of((String) row[1], (String) row[2], chainRoms);
                counts.get((String) row[0])[where.ordinal()]++;
            }
            List<SegmentResilience> segments = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (Segment segment : chain.toRecord().segments()) {
                int[] c = counts.get(segment.code());
                boolean noDutch = c[Location.IN_REGION.ordinal()] + c[Location.NETHERLANDS.ordinal()] == 0;
                segments.add(new SegmentResilience(segment.code(), segment.name(), c[Location.IN_REGION.ordinal()],
                        c[Location.NETHERLANDS.ordinal()], c[Location.EU.ordinal()], c[Location.OUTSIDE_EU.ordinal()], noDutch));
                if (noDutch) {
                    gaps.add(segment.code());
                }
            }
            return new Resilience(code, chainRoms.stream().sorted().toList(), segments, gaps);
        });
    }

    private static void assign(EntityManager em, ValueChainEntity entity, ValueChain chain) {
        List<TechnologyEntity> technologies = chain.technologies().stream().map(c -> em.getReference(TechnologyEntity.class, c)).toList();
        List<RomEntity> roms = chain.roms().stream().map(c -> em.getReference(RomEntity.class, c)).toList();
        entity.assign(chain.name(), chain.description(), technologies, roms);
        entity.assignSegments(chain.segments());
    }

    private static void refuseDroppingSegmentsInUse(EntityManager em, ValueChainEntity entity, List<Segment> wanted) {
        Set<String> kept = wanted.stream().map(Segment::code).collect(Collectors.toSet());
        List<Object[]> inUse = em.createQuery("select s.code, o.name from OrganisationEntity o join o.segments s"
                + " where s.valueChain = :chain order by s.code, o.name", Object[].class)
                .setParameter("chain", entity).getResultList();
        List<String> blocked = inUse.stream().filter(r -> !kept.contains((String) r[0]))
                .map(r -> "segment '" + r[0] + "' (organisation '" + r[1] + "')").distinct().toList();
        if (!blocked.isEmpty()) {
            throw new ConflictException("segments", "segments still in use cannot be dropped: "
                    + String.join(", ", blocked.subList(0, Math.min(5, blocked.size())))
                    + (blocked.size() > 5 ? " and " + (blocked.size() - 5) + " more" : ""));
        }
    }

    static ValueChainEntity find(EntityManager em, String code) {
        ValueChainEntity entity = findOrNull(em, code);
        if (entity == null) {
            throw new NotFoundException(KIND, code);
        }
        return entity;
    }

    /** Value chains by code in one query, in the order given; an unknown code is a broken rule on {@code field[i]}. */
    static List<ValueChainEntity> byCodes(EntityManager em, List<String> codes, String field) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, ValueChainEntity> found = new LinkedHashMap<>();
        List<String> asked = codes.stream().filter(Codes::couldBeCode).distinct().toList();
        if (!asked.isEmpty()) {
            em.createQuery("select v from ValueChainEntity v where v.code in :codes", ValueChainEntity.class).setParameter("codes", asked)
                    .getResultList().forEach(v -> found.put(v.code(), v));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!found.containsKey(codes.get(i))) {
                violations.add(new Violation(field + "[" + i + "]", "unknown value chain '" + Codes.abbreviate(codes.get(i)) + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return codes.stream().map(found::get).toList();
    }

    /** One value chain by code, or null when {@code code} is null; an unknown code is a broken rule on {@code field}. */
    static ValueChainEntity byCode(EntityManager em, String code, String field) {
        if (code == null) {
            return null;
        }
        ValueChainEntity entity = findOrNull(em, code);
        if (entity == null) {
            throw new ValidationException(field, "unknown value chain '" + Codes.abbreviate(code) + "'");
        }
        return entity;
    }

    private static ValueChainEntity findOrNull(EntityManager em, String code) {
        if (!Codes.couldBeCode(code)) {
            return null; // no chain has such a code, and a database may not take it as a parameter (U+0000 on PostgreSQL)
        }
        return em.createQuery("select v from ValueChainEntity v where v.code = :code", ValueChainEntity.class)
                .setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private static String describe(String code) {
        return KIND + " '" + code + "'";
    }

    private static ConflictException taken(String code) {
        return new ConflictException("code", describe(code) + " exists already");
    }
}
