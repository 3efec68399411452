package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.PageRequest;
import nl.nts.platform.core.store.OrganisationEntity;

/** Paged reads through the persistence unit on a real database (H2 in memory). */
class JpqlPageTest {

    private EntityManagerFactory factory;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void aPageInTheSecondHalfIsReadBackwardsAndComesOutInOrder() throws SQLException {
        open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        LongStream.rangeClosed(1, 7).forEach(id -> organisation(id, "Same name", "Delft"));
        organisation(8, "Another name", "Delft");
        // by name, then id: 8, 1..7; pages of 3: [8,1,2] [3,4,5] [6,7]
        assertEquals(List.of(8L, 1L, 2L), ids(null, 1, 3, null));
        assertEquals(List.of(3L, 4L, 5L), ids(null, 2, 3, null));
        assertEquals(List.of(6L, 7L), ids(null, 3, 3, null), "the last page, read as the reverse order's first");
        assertEquals(List.of(7L, 6L, 5L), ids(null, 1, 3, "-name"));
        assertEquals(List.of(1L, 8L), ids(null, 3, 3, "-name"));
        assertEquals(List.of(), ids(null, 4, 3, null));
        for (int size = 1; size <= 8; size++) {
            List<Long> all = new java.util.ArrayList<>();
            for (int page = 1; page <= 8; page++) {
                all.addAll(ids(null, page, size, null));
            }
            assertEquals(List.of(8L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), all, "pages of " + size + " neither overlap nor skip");
        }
    }

    private void open(String url) {
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
        factory = Persistence.createEntityManagerFactory("nts", properties);
    }

    private static String insert(long id, String name, String city) {
        return "INSERT INTO NTS_ORGANISATION (ID, NAME, KIND, COUNTRY, CITY, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES ("
                + id + ", '" + name + "', 'SME', 'NL', '" + city + "', 1, TIMESTAMP '2026-12-01 10:00:00', 'test', TIMESTAMP '2026-12-01 10:00:00', 'test')";
    }

    private void organisation(long id, String name, String city) {
        inTransaction(em -> {
            em.createNativeQuery(insert(id, name, city)).executeUpdate();
        });
    }

    private List<Long> ids(String search, int page, int size, String sort) {
        return page(search, page, size, sort).items();
    }

    private nl.nts.platform.api.Page<Long> page(String search, int page, int size, String sort) {
        EntityManager em = factory.createEntityManager();
        try {
            return new JpqlPage<>(OrganisationEntity.class, "o")
                    .sortable("name", "o.name").read(em, new PageRequest(page, size, sort), OrganisationEntity::id);
        } finally {
            em.close();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
