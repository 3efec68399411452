package nl.nts.platform.core.service;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.SeedMarker;
import nl.nts.platform.core.store.TechnologyEntity;
import nl.nts.platform.core.store.ValueChainEntity;

@Component(service = ValueChains.class)
public class JpaValueChains implements ValueChains {

    private static final Logger LOG = Logger.getLogger(JpaValueChains.class.getName());
    static final String SAMPLE_SEED = "value-chains";
    private static final String KIND = "value chain";

    private final JpaTemplate jpa;
    private final ValueChainRules rules;

    @Activate
    public JpaValueChains(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ReferenceData referenceData) {
        this.jpa = jpa;
        this.rules = new ValueChainRules(c -> referenceData.technology(c).isPresent(), c -> referenceData.rom(c).isPresent());
        loadSampleChainsOnce();
    }

    /** The shipped chains are a starting point: loaded into a new database, never again. */
    private void loadSampleChainsOnce() {
        List<ValueChain> samples = ShippedReferenceData.sampleValueChains().stream().map(rules::checkNew).toList();
        int loaded = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(SeedMarker.class, SAMPLE_SEED) != null) {
                return 0;
            }
            em.persist(new SeedMarker(SAMPLE_SEED, LocalDateTime.now()));
            long existing = em.createQuery("select count(v) from ValueChainEntity v", Long.class).getSingleResult();
            if (existing > 0) {
                return 0;
            }
            samples.forEach(chain -> store(em, new ValueChainEntity(chain.code()), chain));
            return samples.size();
        });
        if (loaded > 0) {
            LOG.info(() -> "Loaded " + loaded + " sample value chains into a new database");
        }
    }

    @Override
    public List<ValueChain> list() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ValueChainEntity> query = em.createQuery("select v from ValueChainEntity v order by v.code", ValueChainEntity.class);
            // two batched reads for all chains' technologies and ROMs, not two per chain
            query.setHint("eclipselink.batch.type", "IN");
            query.setHint("eclipselink.batch", "v.technologies");
            query.setHint("eclipselink.batch", "v.roms");
            return query.getResultList().stream().map(ValueChainEntity::toRecord).toList();
        });
    }

    @Override
    public ValueChain get(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, code).toRecord());
    }

    @Override
    public ValueChain create(ValueChain input) {
        ValueChain chain = rules.checkNew(input);
        return write(chain.code(), () -> jpa.txExpr(TransactionType.Required, em -> {
            if (findOrNull(em, chain.code()) != null) {
                throw taken(chain.code());
            }
            ValueChainEntity entity = store(em, new ValueChainEntity(chain.code()), chain);
            em.flush();
            return entity.toRecord();
        }));
    }

    @Override
    public ValueChain update(String code, ValueChain input) {
        ValueChain chain = rules.checkReplacement(code, input);
        return write(code, () -> jpa.txExpr(TransactionType.Required, em -> {
            ValueChainEntity entity = find(em, code);
            if (chain.version() != null && chain.version() != entity.version()) {
                throw stale(code, entity.version(), chain.version());
            }
            store(em, entity, chain);
            em.flush();
            return entity.toRecord();
        }));
    }

    @Override
    public void delete(String code) {
        write(code, () -> {
            jpa.tx(TransactionType.Required, em -> em.remove(find(em, code)));
            return null;
        });
    }

    private static ValueChainEntity store(EntityManager em, ValueChainEntity entity, ValueChain chain) {
        List<TechnologyEntity> technologies = chain.technologies().stream().map(c -> em.getReference(TechnologyEntity.class, c)).toList();
        List<RomEntity> roms = chain.roms().stream().map(c -> em.getReference(RomEntity.class, c)).toList();
        entity.assign(chain.name(), chain.description(), technologies, roms);
        em.persist(entity);
        return entity;
    }

    private static ValueChainEntity find(EntityManager em, String code) {
        ValueChainEntity entity = findOrNull(em, code);
        if (entity == null) {
            throw new NotFoundException(KIND, code);
        }
        return entity;
    }

    private static ValueChainEntity findOrNull(EntityManager em, String code) {
        return em.createQuery("select v from ValueChainEntity v where v.code = :code", ValueChainEntity.class)
                .setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Two writers racing past the checks above meet at the database: its unique key or the
     * version column refuses one of them. That one gets the same answer it would have got
     * had it come second.
     */
    private static <T> T write(String code, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (causedBy(e, OptimisticLockException.class)) {
                throw new ConflictException("version", "value chain '" + code + "' was changed by someone else meanwhile; read it again");
            }
            if (uniqueKeyViolated(e)) {
                throw taken(code);
            }
            throw e;
        }
    }

    private static ConflictException taken(String code) {
        return new ConflictException("code", "value chain '" + code + "' exists already");
    }

    private static ConflictException stale(String code, long current, long sent) {
        return new ConflictException("version",
                "value chain '" + code + "' is at version " + current + ", the request was based on version " + sent + "; read it again");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t) || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 23 is "integrity constraint violation" in every database we run on. */
    private static boolean uniqueKeyViolated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
