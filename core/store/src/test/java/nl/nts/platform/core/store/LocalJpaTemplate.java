package nl.nts.platform.core.store;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Aries' template over the persistence unit {@code nts}, resource-local on a new in-memory H2
 * database (tables made by EclipseLink): each call a transaction of its own. For the tests of the
 * code that stores through the unit, outside a framework.
 */
public final class LocalJpaTemplate implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory factory;

    /** On a database of its own. */
    public LocalJpaTemplate() {
        this("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** On the database at this URL: two templates on one URL are two nodes sharing a database. */
    public LocalJpaTemplate(String url) {
        this.factory = open(url);
    }

    /** The persistence unit, resource-local, on the database at this URL; tables made by EclipseLink. */
    public static EntityManagerFactory open(String url) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("javax.persistence.jtaDataSource", "");
        properties.put("javax.persistence.jdbc.url", url);
        properties.put("javax.persistence.jdbc.user", "nts");
        properties.put("javax.persistence.jdbc.password", "nts");
        properties.put("eclipselink.ddl-generation", "create-tables");
        properties.put("eclipselink.ddl-generation.output-mode", "database");
        properties.put("eclipselink.logging.level", "OFF");
        properties.put("eclipselink.target-server", "None");
        return Persistence.createEntityManagerFactory("nts", properties);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            R result = code.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        if (factory.isOpen()) {
            factory.close();
        }
    }
}
