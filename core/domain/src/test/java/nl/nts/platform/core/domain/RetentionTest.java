package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.RetentionRun;
import nl.nts.platform.core.store.LocalJpaTemplate;
import nl.nts.platform.core.store.RetentionRunEntity;

/**
 * The retention run through the persistence unit on H2: what is older than its period is erased
 * from the record and from the audit trail's copies of that record, and nothing else is; a dry
 * run changes nothing; a periodic turn is run once.
 */
class RetentionTest {

    /** 4 December 2026, noon in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");
    private static final Retention.Periods PERIODS = new Retention.Periods(24, 60, 12, 24);

    private EntityManagerFactory factory;

    @BeforeEach
    void open() {
        factory = LocalJpaTemplate.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        sql("INSERT INTO NTS_ROM (CODE, NAME) VALUES ('BOM', 'BOM')");
        // held 25 months ago: its e-mail addresses are due (24), its names not (60)
        workshop(1, "2024-11-01", "('Anna de Vries', 'CEO', 'anna@devonk.example', 'CONSENT', 0), ('Bo Jansen', NULL, NULL, NULL, 1)");
        // held 23 months ago: nothing due
        workshop(2, "2025-01-10", "('Carla Smit', 'CTO', 'carla@example.org', 'PUBLIC_TASK', 0)");
        // held six years ago: everything due
        workshop(3, "2020-06-01", "('Dirk de Boer', 'moderator', 'dirk@example.org', 'CONSENT', 0)");
        // public-page contacts: left 13 months ago (due) and 11 months ago (not)
        input(10, "2025-11-01 09:00:00", "'Eva Bakker', 'eva@example.org', TRUE");
        input(11, "2026-01-05 09:00:00", "'Femke Visser', 'femke@example.org', TRUE");
        audit(100, "workshop", "1", "{\"id\":1,\"title\":\"Photonics\",\"date\":\"2024-11-01\",\"participants\":[{\"name\":\"Anna de Vries\",\"role\":\"CEO\","
                + "\"email\":\"anna@devonk.example\",\"emailBasis\":\"CONSENT\"},{\"name\":\"Bo Jansen\",\"role\":null,\"email\":null}]}");
        audit(101, "workshop", "2", "{\"id\":2,\"date\":\"2025-01-10\",\"participants\":[{\"name\":\"Carla Smit\",\"email\":\"carla@example.org\",\"emailBasis\":\"PUBLIC_TASK\"}]}");
        audit(102, "workshop", "3", "{\"id\":3,\"date\":\"2020-06-01\",\"participants\":[{\"name\":\"Dirk de Boer\",\"role\":\"moderator\",\"email\":\"dirk@example.org\"}]}");
        audit(103, "input", "10", "{\"id\":10,\"stamp\":{\"createdAt\":\"2025-11-01T08:00:00Z\"},\"submission\":{\"organisation\":\"De Vonk\",\"contactName\":\"Eva Bakker\","
                + "\"contactEmail\":\"eva@example.org\",\"contactConsent\":true}}");
        audit(104, "input", "11", "{\"id\":11,\"stamp\":{\"createdAt\":\"2026-01-05T08:00:00Z\"},\"submission\":{\"organisation\":\"Visser BV\",\"contactName\":\"Femke Visser\","
                + "\"contactEmail\":\"femke@example.org\",\"contactConsent\":true}}");
        // another record's copy that happens to hold a due value: not this record's, so not the retention's
        audit(105, "organisation", "7", "{\"id\":7,\"note\":\"anna@devonk.example\"}");
        // a workshop and an input deleted since: only the trail's copies are left, and they are due all the same
        audit(106, "workshop", "4", "{\"id\":4,\"date\":\"2019-03-01\",\"participants\":[{\"name\":\"Gert Gone\",\"role\":\"CFO\","
                + "\"email\":\"gert@example.org\",\"emailBasis\":\"CONSENT\"}]}");
        audit(107, "input", "12", "{\"id\":12,\"stamp\":{\"createdAt\":\"2024-02-01T08:00:00Z\"},\"submission\":{\"organisation\":\"Gone BV\","
                + "\"contactName\":\"Hanna Gone\",\"contactEmail\":\"hanna@example.org\",\"contactConsent\":true}}");
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void whatIsDueIsErasedFromTheRecordAndItsCopiesAndNothingElse() {
        RetentionRun run = inTransaction(em -> Retention.run(em, PERIODS, NOW, "admin", false, null)).run();

        RetentionRun.Kind emails = run.kinds().get(0);
        assertEquals("workshop.participant.email", emails.kind());
        assertEquals(LocalDate.parse("2024-12-04"), emails.before());
        assertEquals(2, emails.values(), "Anna's and Dirk's addresses");
        assertEquals(List.of(1L, 3L), emails.ids());
        RetentionRun.Kind names = run.kinds().get(1);
        assertEquals(LocalDate.parse("2021-12-04"), names.before());
        assertEquals(1, names.values(), "Dirk's name");
        assertEquals(List.of(3L), names.ids());
        RetentionRun.Kind contacts = run.kinds().get(2);
        assertEquals(List.of(10L), contacts.ids());

        assertEquals(List.of("Anna de Vries|CEO|null|null", "Bo Jansen|null|null|null"), participants(1), "names and roles stay 60 months");
        assertEquals(List.of("Carla Smit|CTO|carla@example.org|PUBLIC_TASK"), participants(2));
        String dirk = participants(3).get(0).split("\\|")[0];
        assertTrue(dirk.matches("person-[0-9a-f]{16}"), dirk);
        assertEquals(List.of(dirk + "|null|null|null"), participants(3));
        assertEquals(List.of(2L, 1L, 2L), versions("NTS_WORKSHOP", 1, 2, 3), "a changed record goes a version on");
        assertEquals("null|null|null|2", contact(10));
        assertEquals("Femke Visser|femke@example.org|TRUE|1", contact(11));

        String copies = String.join("\n", copies());
        assertFalse(copies.contains("anna@devonk.example\",\"emailBasis"), copies);
        assertTrue(copies.contains("\"name\":\"Anna de Vries\",\"role\":\"CEO\",\"email\":null,\"emailBasis\":null"), copies);
        assertTrue(copies.contains("carla@example.org"), "not due: " + copies);
        assertFalse(copies.contains("Dirk") || copies.contains("dirk@") || copies.contains("moderator"), copies);
        assertTrue(copies.contains("\"name\":\"" + dirk + "\""), "the same pseudonym in the record and its copies: " + copies);
        assertFalse(copies.contains("Gert") || copies.contains("gert@") || copies.contains("Hanna") || copies.contains("hanna@"),
                "the copies of records deleted since: " + copies);
        assertFalse(copies.contains("Eva Bakker") || copies.contains("eva@example.org"), copies);
        assertTrue(copies.contains("\"organisation\":\"De Vonk\""), "the organisation is no personal data: " + copies);
        assertTrue(copies.contains("femke@example.org"), copies);
        assertTrue(copies.contains("{\"id\":7,\"note\":\"anna@devonk.example\"}"), "another record's copy: " + copies);

        // stored with its report, and recorded in the trail without what it erased
        RetentionRun stored = inTransaction(em -> Retention.read(em.find(RetentionRunEntity.class, run.id())));
        assertEquals(run.kinds(), stored.kinds());
        List<String> trail = inTransaction(em -> em.createNativeQuery("SELECT ACTION || ' ' || RECORD_KEY || ' ' || COALESCE(AFTER_JSON, '-') FROM NTS_AUDIT"
                + " WHERE KIND = 'personal-data'").getResultList().stream().map(String::valueOf).toList());
        assertEquals(List.of("retain retention-run " + run.id() + " -"), trail);

        // a second run finds nothing left
        RetentionRun again = inTransaction(em -> Retention.run(em, PERIODS, NOW, "admin", false, null)).run();
        assertEquals(List.of(0, 0, 0), again.kinds().stream().map(RetentionRun.Kind::values).toList());
        assertEquals(1, inTransaction(em -> em.createNativeQuery("SELECT ID FROM NTS_AUDIT WHERE KIND = 'personal-data'").getResultList()).size(),
                "a run that erased nothing leaves the trail alone (a new platform stays empty for a restore)");
    }

    @Test
    void aDryRunCountsAndChangesNothing() {
        List<String> before = copies();
        Retention.Done done = inTransaction(em -> Retention.run(em, PERIODS, NOW, "admin", true, null));
        assertFalse(done.changed());
        assertEquals(List.of(2, 1, 1), done.run().kinds().stream().map(RetentionRun.Kind::values).toList());
        assertEquals(before, copies());
        assertEquals(List.of("Dirk de Boer|moderator|dirk@example.org|CONSENT"), participants(3));
        assertEquals(List.of(1L, 1L, 1L), versions("NTS_WORKSHOP", 1, 2, 3));
    }

    @Test
    void aPeriodOfZeroKeepsThatKindAndATurnIsRunOnce() {
        Retention.Periods keepNames = new Retention.Periods(24, 0, 0, 24);
        RetentionRun run = inTransaction(em -> Retention.run(em, keepNames, NOW, Retention.SCHEDULE, false, 7L)).run();
        assertEquals(0, run.kinds().get(1).months());
        assertNull(run.kinds().get(1).before());
        assertEquals(List.of(2, 0, 0), run.kinds().stream().map(RetentionRun.Kind::values).toList());
        assertEquals(List.of("Dirk de Boer|moderator|null|null"), participants(3));
        // the same turn again (another node): refused by the unique turn, and nothing of it stays
        assertThrows(RuntimeException.class, () -> inTransaction(em -> Retention.run(em, PERIODS, NOW, Retention.SCHEDULE, false, 7L)));
        assertEquals(List.of("Dirk de Boer|moderator|null|null"), participants(3));
        assertEquals(Long.valueOf(1), inTransaction(em -> (Long) ((Number) em.createNativeQuery("SELECT COUNT(*) FROM NTS_RETENTION_RUN").getSingleResult()).longValue()));
        // turns of a day: the same from midnight (UTC) to midnight, the next after it
        assertEquals(RetentionSchedule.turn(Instant.parse("2026-12-04T00:00:00Z"), 24), RetentionSchedule.turn(Instant.parse("2026-12-04T23:59:59Z"), 24));
        assertEquals(RetentionSchedule.turn(NOW, 24) + 1, RetentionSchedule.turn(Instant.parse("2026-12-05T00:00:00Z"), 24));
    }

    @Test
    void theFieldsSayHowLongEachIsKept() {
        assertEquals("the e-mail address and its basis 24 months, then erased by the retention run; the name and role (then a pseudonym) 60 months,"
                + " then erased by the retention run", PERIODS.of("workshop.participant"));
        assertEquals("the contact without a period", new Retention.Periods(24, 60, 0, 24).of("input.contact"));
        assertTrue(PERIODS.of("record.stamp").startsWith("as long as the record"));
    }

    private void workshop(long id, String heldOn, String participants) {
        sql("INSERT INTO NTS_WORKSHOP (ID, TITLE, HELD_ON, ROM_CODE, VERSION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (" + id
                + ", 'Workshop " + id + "', DATE '" + heldOn + "', 'BOM', 1, TIMESTAMP '2024-01-01 10:00:00', 't', TIMESTAMP '2024-01-01 10:00:00', 't')");
        sql("INSERT INTO NTS_WORKSHOP_PARTICIPANT (NAME, ROLE, EMAIL, EMAIL_BASIS, POSITION, WORKSHOP_ID) SELECT * FROM (VALUES " + participants
                + ") AS p(NAME, ROLE, EMAIL, EMAIL_BASIS, POSITION) CROSS JOIN (VALUES (" + id + ")) AS w(WORKSHOP_ID)");
    }

    private void input(long id, String createdAt, String contact) {
        sql("INSERT INTO NTS_INPUT (ID, ROM_CODE, KIND, THEME, TEXT, STATUS, CONTACT_NAME, CONTACT_EMAIL, CONTACT_CONSENT, VERSION, CREATED_AT, CREATED_BY,"
                + " UPDATED_AT, UPDATED_BY) VALUES (" + id + ", 'BOM', 'PROPOSAL', 'TALENT', 'text', 'received', " + contact + ", 1, TIMESTAMP '" + createdAt
                + "', 'public-page', TIMESTAMP '" + createdAt + "', 'public-page')");
    }

    private void audit(long id, String kind, String key, String after) {
        sql("INSERT INTO NTS_AUDIT (ID, AT, ACTOR, ACTION, KIND, RECORD_KEY, ROMS, CHANGED, AFTER_JSON) VALUES (" + id + ", TIMESTAMP '2024-01-01 10:00:00',"
                + " 't', 'create', '" + kind + "', '" + key + "', ',BOM,', '', '" + after.replace("'", "''") + "')");
    }

    private List<String> participants(long workshop) {
        return inTransaction(em -> em.createNativeQuery("SELECT NAME || '|' || COALESCE(ROLE, 'null') || '|' || COALESCE(EMAIL, 'null') || '|'"
                + " || COALESCE(EMAIL_BASIS, 'null') FROM NTS_WORKSHOP_PARTICIPANT WHERE WORKSHOP_ID = " + workshop + " ORDER BY POSITION")
                .getResultList().stream().map(String::valueOf).toList());
    }

    private String contact(long input) {
        return inTransaction(em -> String.valueOf(em.createNativeQuery("SELECT COALESCE(CONTACT_NAME, 'null') || '|' || COALESCE(CONTACT_EMAIL, 'null')"
                + " || '|' || COALESCE(CAST(CONTACT_CONSENT AS VARCHAR), 'null') || '|' || VERSION FROM NTS_INPUT WHERE ID = " + input).getSingleResult()));
    }

    private List<Long> versions(String table, long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> inTransaction(em -> ((Number) em.createNativeQuery("SELECT VERSION FROM " + table
                + " WHERE ID = " + id).getSingleResult()).longValue())).toList();
    }

    private List<String> copies() {
        return inTransaction(em -> em.createNativeQuery("SELECT AFTER_JSON FROM NTS_AUDIT WHERE AFTER_JSON IS NOT NULL ORDER BY ID").getResultList()
                .stream().map(String::valueOf).toList());
    }

    private void sql(String statement) {
        inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
