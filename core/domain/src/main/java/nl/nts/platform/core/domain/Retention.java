package nl.nts.platform.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import nl.nts.platform.api.model.RetentionRun;
import nl.nts.platform.core.shared.Moments;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.RetentionRunEntity;

/**
 * The personal data's retention: per kind, what was held or left longer ago than its period is
 * erased as {@link JpaPersonalData#erase} erases a person, from the record and from the audit
 * trail's copies of that record. Used by {@link JpaPersonalData#retain} (asked for) and
 * {@link RetentionSchedule} (periodic); one transaction per run, its caller's.
 */
final class Retention {

    @ObjectClassDefinition(name = "nts-platform personal data", description = "How long personal data is kept (AVG retention periods), and how often"
            + " the retention run erases what is due. A period of 0 keeps that kind without a period.")
    @interface Config {
        @AttributeDefinition(min = "0", description = "Months after a workshop was held that its participants' e-mail addresses (and their basis)"
                + " are kept")
        int participantEmailMonths() default 24;

        @AttributeDefinition(min = "0", description = "Months after a workshop was held that its participants' names and roles are kept;"
                + " then a name becomes a pseudonym (and the e-mail address goes too)")
        int participantNameMonths() default 60;

        @AttributeDefinition(min = "0", description = "Months after input was left on a ROM's public page that the contact left with it is kept")
        int publicContactMonths() default 12;

        @AttributeDefinition(min = "0", description = "Hours between periodic retention runs (one node of those sharing the database runs each);"
                + " 0: only runs asked for")
        int runEveryHours() default 24;
    }

    /** The periods as configured, a negative one read as 0 (and said once in the log). */
    record Periods(int participantEmailMonths, int participantNameMonths, int publicContactMonths, int runEveryHours) {

        static Periods of(Config config) {
            return new Periods(atLeastZero("participantEmailMonths", config.participantEmailMonths()),
                    atLeastZero("participantNameMonths", config.participantNameMonths()),
                    atLeastZero("publicContactMonths", config.publicContactMonths()), atLeastZero("runEveryHours", config.runEveryHours()));
        }

        private static int atLeastZero(String key, int value) {
            if (value < 0) {
                LOG.warning(() -> "etc/" + PID + ".cfg: " + key + " = " + value + " is below 0; taken as 0 (kept without a period)");
                return 0;
            }
            return value;
        }

        /** How {@link JpaPersonalData#fields()} says it: a sentence per place. */
        String of(String place) {
            return switch (place) {
                case "workshop.participant" -> months(participantEmailMonths, "the e-mail address and its basis")
                        + "; " + months(participantNameMonths, "the name and role (then a pseudonym)");
                case "input.contact" -> months(publicContactMonths, "the contact");
                case "web-session.user" -> "while the session lasts: it ends at logout or after its idle time";
                case "login-failure.account" -> "while the failures count: until the lock ends, or the next successful login";
                case "audit.copy" -> "as the records copied: what the retention run erases from a record it erases from the record's copies too";
                default -> "as long as the record; erased with the person (an erasure)";
            };
        }

        private static String months(int months, String what) {
            return months == 0 ? what + " without a period" : what + " " + months + " months, then erased by the retention run";
        }
    }

    static final String PID = "nl.nts.platform.personaldata";
    /** Who a periodic run is by. */
    static final String SCHEDULE = "retention-schedule";
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Pattern PSEUDONYM = Pattern.compile("person-[0-9a-f]{16}");
    /** Record keys per statement: well below any database's limit on parameters. */
    private static final int CHUNK = 500;

    private final EntityManager em;
    private final Periods periods;
    private final LocalDate today;
    private final boolean dryRun;
    private boolean changedAny;
    /** The records changed, by table: each goes one version on at the end, however many kinds changed it. */
    private final java.util.Map<String, java.util.SortedSet<Long>> changed = new java.util.TreeMap<>();

    private Retention(EntityManager em, Periods periods, Instant now, boolean dryRun) {
        this.em = em;
        this.periods = periods;
        this.today = LocalDate.ofInstant(now, Moments.ZONE);
        this.dryRun = dryRun;
    }

    /**
     * Runs the retention in the caller's transaction and stores the run.
     *
     * @param turn a periodic run's turn (unique), null for a run asked for
     * @return the run, and whether anything was erased (the shared cache is then stale)
     */
    static Done run(EntityManager em, Periods periods, Instant now, String by, boolean dryRun, Long turn) {
        // the run's row first: of two nodes taking the same turn, the second waits here and then fails on the unique turn
        RetentionRunEntity stored = new RetentionRunEntity(now, by, dryRun, turn, "{}");
        em.persist(stored);
        em.flush();
        Retention retention = new Retention(em, periods, now, dryRun);
        List<RetentionRun.Kind> kinds = List.of(retention.participantEmails(), retention.participantNames(), retention.publicContacts());
        retention.versionsOn();
        RetentionRun run = new RetentionRun(stored.id(), now, by, dryRun, kinds);
        stored.report(write(run));
        if (retention.changedAny) {
            // that it erased, not what: the run's report names records by id only (a run that erased nothing leaves the trail alone,
            // so that a new platform's first periodic run leaves it empty, as a restore needs it)
            Audit.record(em, now, by, "retain", "personal-data", "retention-run " + stored.id(), List.of(), null, null);
        }
        return new Done(run, retention.changedAny);
    }

    record Done(RetentionRun run, boolean changed) {
    }

    static RetentionRun read(RetentionRunEntity entity) {
        try {
            RetentionRun report = JSON.readValue(entity.report(), RetentionRun.class);
            return new RetentionRun(entity.id(), entity.ranAt(), entity.ranBy(), entity.dryRun(), report.kinds());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("retention run " + entity.id() + " has no readable report: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(RetentionRun run) {
        try {
            return JSON.writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first day that is not yet due for a period; null for none. */
    private LocalDate before(int months) {
        return months == 0 ? null : today.minusMonths(months);
    }

    private RetentionRun.Kind participantEmails() {
        String kind = "workshop.participant.email";
        LocalDate before = before(periods.participantEmailMonths());
        if (before == null) {
            return new RetentionRun.Kind(kind, 0, null, 0, 0, "workshop", List.of());
        }
        String due = " FROM NTS_WORKSHOP_PARTICIPANT p JOIN NTS_WORKSHOP w ON w.ID = p.WORKSHOP_ID WHERE p.EMAIL IS NOT NULL AND w.HELD_ON < ?1";
        int values = count("SELECT COUNT(*)" + due, before);
        List<Long> workshops = ids("SELECT DISTINCT p.WORKSHOP_ID" + due + " ORDER BY p.WORKSHOP_ID", before);
        if (!dryRun) {
            for (List<Long> chunk : chunks(workshops)) {
                execute("UPDATE NTS_WORKSHOP_PARTICIPANT SET EMAIL = NULL, EMAIL_BASIS = NULL WHERE EMAIL IS NOT NULL AND WORKSHOP_ID IN " + in(chunk));
            }
            copies("workshop", "%\"email\":\"%", heldBefore(before), participants(participant -> {
                participant.putNull("email");
                participant.putNull("emailBasis");
            }));
        }
        return kind(kind, periods.participantEmailMonths(), before, values, workshops, "NTS_WORKSHOP");
    }

    private RetentionRun.Kind participantNames() {
        String kind = "workshop.participant.name";
        LocalDate before = before(periods.participantNameMonths());
        if (before == null) {
            return new RetentionRun.Kind(kind, 0, null, 0, 0, "workshop", List.of());
        }
        Query q = em.createNativeQuery("SELECT p.WORKSHOP_ID, p.POSITION, p.NAME FROM NTS_WORKSHOP_PARTICIPANT p JOIN NTS_WORKSHOP w ON w.ID = p.WORKSHOP_ID"
                + " WHERE w.HELD_ON < ?1 ORDER BY p.WORKSHOP_ID, p.POSITION").setParameter(1, before);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Long> workshops = new ArrayList<>();
        int values = 0;
        for (Object[] row : rows) {
            String name = String.valueOf(row[2]);
            if (PSEUDONYM.matcher(name).matches()) {
                continue;
            }
            values++;
            long workshop = ((Number) row[0]).longValue();
            if (workshops.isEmpty() || workshops.get(workshops.size() - 1) != workshop) {
                workshops.add(workshop);
            }
            if (!dryRun) {
                em.createNativeQuery("UPDATE NTS_WORKSHOP_PARTICIPANT SET NAME = ?1, ROLE = NULL, EMAIL = NULL, EMAIL_BASIS = NULL"
                        + " WHERE WORKSHOP_ID = ?2 AND POSITION = ?3").setParameter(1, pseudonym(name)).setParameter(2, workshop)
                        .setParameter(3, ((Number) row[1]).intValue()).executeUpdate();
            }
        }
        if (!dryRun) {
            copies("workshop", "%\"participants\":[{%", heldBefore(before), participants(participant -> {
                JsonNode name = participant.get("name");
                if (name != null && name.isTextual() && !PSEUDONYM.matcher(name.asText()).matches()) {
                    participant.set("name", new TextNode(pseudonym(name.asText())));
                }
                participant.putNull("role");
                participant.putNull("email");
                participant.putNull("emailBasis");
            }));
        }
        return kind(kind, periods.participantNameMonths(), before, values, workshops, "NTS_WORKSHOP");
    }

    private RetentionRun.Kind publicContacts() {
        String kind = "input.contact";
        LocalDate before = before(periods.publicContactMonths());
        if (before == null) {
            return new RetentionRun.Kind(kind, 0, null, 0, 0, "input", List.of());
        }
        LocalDateTime from = before.atStartOfDay(Moments.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        String due = " FROM NTS_INPUT WHERE (CONTACT_NAME IS NOT NULL OR CONTACT_EMAIL IS NOT NULL) AND CREATED_AT < ?1";
        List<Long> inputs = ids("SELECT ID" + due + " ORDER BY ID", from);
        if (!dryRun) {
            for (List<Long> chunk : chunks(inputs)) {
                execute("UPDATE NTS_INPUT SET CONTACT_NAME = NULL, CONTACT_EMAIL = NULL, CONTACT_CONSENT = NULL WHERE ID IN " + in(chunk));
            }
            Instant cutoff = before.atStartOfDay(Moments.ZONE).toInstant();
            copies("input", "%\"contact%\":\"%", input -> createdBefore(input, cutoff), Retention::removeContact);
        }
        return kind(kind, periods.publicContactMonths(), before, inputs.size(), inputs, "NTS_INPUT");
    }

    private RetentionRun.Kind kind(String kind, int months, LocalDate before, int values, List<Long> records, String table) {
        if (!dryRun && values > 0) {
            changedAny = true;
            changed.computeIfAbsent(table, t -> new java.util.TreeSet<>()).addAll(records);
        }
        return new RetentionRun.Kind(kind, months, before, values, records.size(), table.equals("NTS_INPUT") ? "input" : "workshop",
                records.subList(0, Math.min(records.size(), RetentionRun.MOST_IDS)));
    }

    /** Each changed record one version on: a client's copy of it is outdated. */
    private void versionsOn() {
        changed.forEach((table, ids) -> chunks(List.copyOf(ids)).forEach(chunk -> execute("UPDATE " + table + " SET VERSION = VERSION + 1 WHERE ID IN "
                + in(chunk))));
    }

    /** Audit entries read at a time while their copies are rewritten. */
    private static final int ENTRIES_A_READ = 500;

    /**
     * The audit trail's copies of records of a kind that are due, rewritten by {@code erase}: found
     * in the trail itself (the entries whose copies may hold such data, {@code holds} as a LIKE
     * pattern, each copy then judged on its own by {@code due}), so that the copies of a record
     * deleted since, or edited so that it no longer holds the data, are erased too.
     */
    private void copies(String kind, String holds, java.util.function.Predicate<ObjectNode> due, java.util.function.Consumer<ObjectNode> erase) {
        long after = 0;
        for (;;) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT ID, BEFORE_JSON, AFTER_JSON FROM NTS_AUDIT WHERE KIND = ?1 AND ID > ?2"
                    + " AND (BEFORE_JSON LIKE ?3 OR AFTER_JSON LIKE ?3) ORDER BY ID").setParameter(1, kind).setParameter(2, after).setParameter(3, holds)
                    .setMaxResults(ENTRIES_A_READ).getResultList();
            for (Object[] row : rows) {
                String before = rewrite(row[1], due, erase);
                String now = rewrite(row[2], due, erase);
                if (before != null || now != null) {
                    changedAny = true;
                    em.createNativeQuery("UPDATE NTS_AUDIT SET BEFORE_JSON = ?1, AFTER_JSON = ?2 WHERE ID = ?3")
                            .setParameter(1, before != null ? before : row[1]).setParameter(2, now != null ? now : row[2])
                            .setParameter(3, ((Number) row[0]).longValue()).executeUpdate();
                }
                after = ((Number) row[0]).longValue();
            }
            if (rows.size() < ENTRIES_A_READ) {
                return;
            }
        }
    }

    /** A copy rewritten when it is due, or null when it is not or had nothing to rewrite. */
    private static String rewrite(Object json, java.util.function.Predicate<ObjectNode> due, java.util.function.Consumer<ObjectNode> erase) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode tree = JSON.readTree(String.valueOf(json));
            if (!(tree instanceof ObjectNode record) || !due.test(record)) {
                return null;
            }
            String was = tree.toString();
            erase.accept(record);
            return tree.toString().equals(was) ? null : JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry's copy is no JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A workshop's copy held before the day (its {@code date}); one without a readable date is not judged due. */
    private static java.util.function.Predicate<ObjectNode> heldBefore(LocalDate day) {
        return workshop -> {
            try {
                return workshop.hasNonNull("date") && LocalDate.parse(workshop.get("date").asText()).isBefore(day);
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        };
    }

    /** An input's copy left before the moment (its stamp's {@code createdAt}). */
    private static boolean createdBefore(ObjectNode input, Instant cutoff) {
        JsonNode created = input.path("stamp").path("createdAt");
        try {
            return created.isTextual() && Instant.parse(created.asText()).isBefore(cutoff);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Each participant of a workshop's copy, erased by {@code erase}. */
    private static java.util.function.Consumer<ObjectNode> participants(java.util.function.Consumer<ObjectNode> erase) {
        return workshop -> {
            if (workshop.get("participants") instanceof ArrayNode people) {
                people.forEach(p -> {
                    if (p instanceof ObjectNode person) {
                        erase.accept(person);
                    }
                });
            }
        };
    }

    /** A public-page contact wherever the copy holds one (an input's submission). */
    private static void removeContact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : Set.of("contactName", "contactEmail", "contactConsent")) {
                if (object.has(field) && !object.get(field).isNull()) {
                    object.putNull(field);
                }
            }
            object.forEach(Retention::removeContact);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Retention::removeContact);
        }
    }

    /** The pseudonyms of this run, by name (trimmed, lower case): the same name gets the same one throughout the run, a new one each run. */
    private final java.util.Map<String, String> pseudonyms = new java.util.HashMap<>();

    String pseudonym(String name) {
        return pseudonyms.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), n -> JpaPersonalData.Person.newPseudonym());
    }

    private int count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).intValue();
    }

    private List<Long> ids(String sql, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    private void execute(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** An IN list of ids: numbers only, so written into the statement. */
    private static String in(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
