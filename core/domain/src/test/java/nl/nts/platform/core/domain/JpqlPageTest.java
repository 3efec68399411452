package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.PageRequest;
import nl.nts.platform.core.store.LocalJpaTemplate;
import nl.nts.platform.core.store.OrganisationEntity;

/**
 * Paged reads and the text search through the persistence unit on a real database: H2 in memory,
 * and PostgreSQL too when {@code nts.pg.url} names a server's admin database (.ci/run gives one),
 * where the range of words must hold under its collation.
 */
class JpqlPageTest {

    private EntityManagerFactory factory;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsLowerCasedWithAccentsFolded() {
        assertEquals(List.of("ecoles", "eindhoven", "photonique"), SearchIndex.words("Écoles Photonique, Eindhoven"));
        assertEquals(List.of("300mm", "fab", "lab", "to"), SearchIndex.words("lab-to-fab", "300mm FAB"));
        assertEquals(List.of("cafe", "groe", "strasse"), SearchIndex.words("Straße", "Café", "Grøe"));
        assertEquals(List.of(), SearchIndex.words(null, "  ", "--", ""));
        assertEquals(List.of("u03c6u03c9u03c4"), SearchIndex.words("φωτ"), "a letter with no Latin spelling by its code");
        String long50 = "a".repeat(50);
        assertEquals(List.of("a".repeat(40)), SearchIndex.words(long50), "a long word by its first 40 characters");
        assertEquals("photon" + "z".repeat(34), SearchIndex.lastStartingWith("photon"));
    }

    @Test
    void searchOnH2() throws SQLException {
        search("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void searchOnPostgres() throws SQLException {
        String admin = System.getProperty("nts.it.jdbc.url", System.getProperty("nts.pg.url"));
        Assumptions.assumeTrue(admin != null && !admin.isBlank(), "no PostgreSQL given (nts.pg.url): skipped here, .ci/run gives one");
        String name = "nts_search_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(admin, "nts", "nts"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        search(admin.substring(0, admin.lastIndexOf('/') + 1) + name);
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

    private void search(String url) throws SQLException {
        open(url);
        organisation(1, "Photonics Valley B.V.", "Eindhoven");
        organisation(2, "Fotonica Eindhoven", "Eindhoven");
        organisation(3, "École Photonique", "Liège");
        organisation(4, "Photon-Delta", "Groningen");
        organisation(5, "Quantum Delta NL", "Delft");

        assertEquals(List.of(1L, 3L, 4L), ids("photon"), "words starting with what was asked");
        assertEquals(List.of(1L, 3L, 4L), ids("PHOTON"));
        assertEquals(List.of(4L), ids("photon delta"), "several words: all of them");
        assertEquals(List.of(4L, 5L), ids("delta"));
        assertEquals(List.of(3L), ids("ecole liege"), "accents folded, in the record and in the search");
        assertEquals(List.of(3L), ids("Écol"));
        assertEquals(List.of(), ids("hotonic"), "inside a word is no match: words are matched from their start");
        assertEquals(List.of(1L, 2L), ids("eindhoven"), "the city is searched too");
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids("  "), "a search without words is no condition");
        assertEquals(5, page("", 1, 50, null).total());

        update(4, "Delta Lasers", "Groningen");
        assertEquals(List.of(1L, 3L), ids("photon"), "an edited record is found by its new words only");
        assertEquals(List.of(4L), ids("laser"));

        delete(1);
        assertEquals(List.of(3L), ids("photon"), "a deleted record is no longer found");
        assertEquals(List.of(), ids("valley"));
        inTransaction(em -> assertEquals(0L, em.createQuery("select count(w) from SearchWordEntity w where w.recordId = 1").getSingleResult()));

        // records written around the domain get their words when the index is made
        try (Connection c = DriverManager.getConnection(url, "nts", "nts"); Statement st = c.createStatement()) {
            st.executeUpdate(insert(6, "Photonic Integration Centre", "Enschede"));
        }
        assertEquals(List.of(3L), ids("photon"));
        inTransaction(em -> assertEquals(6L, SearchIndex.indexMissing(em, Searchable.ORGANISATION, 0, 500), "the one without words"));
        inTransaction(em -> assertEquals(6L, SearchIndex.indexMissing(em, Searchable.ORGANISATION, 6, 500), "nothing after it"));
        inTransaction(em -> assertEquals(0L, SearchIndex.indexMissing(em, Searchable.ORGANISATION, 0, 500), "nothing left"));
        assertEquals(List.of(3L, 6L), ids("photon"));

        // made anew from nothing, as at the first start on a database of an earlier release
        inTransaction(em -> SearchIndex.forgetAll(em, Searchable.ORGANISATION));
        assertEquals(List.of(), ids("photon"));
        inTransaction(em -> assertEquals(6L, SearchIndex.indexMissing(em, Searchable.ORGANISATION, 0, 500)));
        assertEquals(List.of(3L, 6L), ids("photon"));
        assertEquals(List.of(4L), ids("laser groningen"));
    }

    private void open(String url) {
        factory = LocalJpaTemplate.open(url);
    }

    private static String insert(long id, String name, String city) {
        return "INSERT INTO NTS_ORGANISATION (ID, NAME, KIND, COUNTRY, CITY, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES ("
                + id + ", '" + name + "', 'SME', 'NL', '" + city + "', 1, TIMESTAMP '2026-12-01 10:00:00', 'test', TIMESTAMP '2026-12-01 10:00:00', 'test')";
    }

    private void organisation(long id, String name, String city) {
        inTransaction(em -> {
            em.createNativeQuery(insert(id, name, city)).executeUpdate();
            SearchIndex.index(em, Searchable.ORGANISATION, id);
        });
    }

    private void update(long id, String name, String city) {
        inTransaction(em -> {
            em.createNativeQuery("UPDATE NTS_ORGANISATION SET NAME = '" + name + "', CITY = '" + city + "' WHERE ID = " + id).executeUpdate();
            SearchIndex.index(em, Searchable.ORGANISATION, id);
        });
    }

    private void delete(long id) {
        inTransaction(em -> {
            em.createNativeQuery("DELETE FROM NTS_ORGANISATION WHERE ID = " + id).executeUpdate();
            SearchIndex.forget(em, Searchable.ORGANISATION, id);
        });
    }

    /** The ids found, in id order: how names with accents sort is the database's collation, not the search's business. */
    private List<Long> ids(String search) {
        return sorted(ids(search, 1, 50, null));
    }

    private List<Long> ids(String search, int page, int size, String sort) {
        return page(search, page, size, sort).items();
    }

    private nl.nts.platform.api.Page<Long> page(String search, int page, int size, String sort) {
        EntityManager em = factory.createEntityManager();
        try {
            return new JpqlPage<>(OrganisationEntity.class, "o").searching(search, Searchable.ORGANISATION)
                    .sortable("name", "o.name").read(em, new PageRequest(page, size, sort), OrganisationEntity::id);
        } finally {
            em.close();
        }
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
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
