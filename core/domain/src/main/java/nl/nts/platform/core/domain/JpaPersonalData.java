package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.Designate;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.Roles;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.PersonalDataCopy;
import nl.nts.platform.api.model.PersonalDataCopy.Finding;
import nl.nts.platform.api.model.PersonalDataErasure;
import nl.nts.platform.api.model.PersonalDataField;
import nl.nts.platform.api.model.RetentionRun;
import nl.nts.platform.api.service.PersonQuery;
import nl.nts.platform.api.service.PersonalData;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.ServiceCaller;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.AuditEntryEntity;
import nl.nts.platform.core.store.RetentionRunEntity;

/**
 * Finds one person's data in the places {@link #FIELDS} names, by SQL on the tables that hold
 * them, so that a place cannot be missed by a mapping that does not load it. An operator searches
 * everything; a ROM's admin the workshops, inputs and audit entries of their ROMs.
 */
@Component(service = PersonalData.class, scope = ServiceScope.BUNDLE, configurationPid = Retention.PID)
@Designate(ocd = Retention.Config.class)
public class JpaPersonalData implements PersonalData {

    /** The most findings listed of one place; more make the copy incomplete, and say how many there are. */
    static final int MOST_PER_PLACE = 10_000;

    static final String PUBLIC_TASK = "public task (AVG art. 6(1)(e)): the National Technology Strategy's regional and national agendas";
    static final List<PersonalDataField> FIELDS = List.of(
            new PersonalDataField("workshop.participant", "a workshop participant's name, role, e-mail address and the legal basis the address is kept on",
                    "who took part in a ROM's workshop, to follow up what was brought in there", PUBLIC_TASK
                    + "; an e-mail address only on the basis stated with it (emailBasis, e.g. the participant's consent)", null),
            new PersonalDataField("input.contact", "the name and e-mail address left with input on a ROM's public page",
                    "to contact the person about their input", "consent (AVG art. 6(1)(a)), asked for on the page and recorded with the input", null),
            new PersonalDataField("free-text", "a name or e-mail address written in a text: an input's text and the organisation typed with it on a public"
                    + " page, an organisation's name (a one-person business), a workshop's title and place, an action's or plan's title and description,"
                    + " a progress update's milestone and note, a workflow step's reason", "what the text is for", PUBLIC_TASK, null),
            new PersonalDataField("record.stamp", "the user names that made and last changed a record",
                    "accountability: who changed what", PUBLIC_TASK, null),
            new PersonalDataField("state-change.by", "the user name that took a workflow step", "accountability: who decided what", PUBLIC_TASK, null),
            new PersonalDataField("audit.actor", "the user name that made each change in the audit trail", "accountability: who changed what",
                    PUBLIC_TASK, null),
            new PersonalDataField("api-token.user", "the user name an API token acts for, and who revoked it",
                    "to let a user's programs act for them, within their rights", PUBLIC_TASK, null),
            new PersonalDataField("web-session.user", "the user name of a web application session, while it lasts",
                    "to keep a user logged in on every node", PUBLIC_TASK, null),
            new PersonalDataField("login-failure.account", "a user name that failed to log in, with how often, while it counts",
                    "to lock out password guessing", PUBLIC_TASK, null),
            new PersonalDataField("plugin.by", "the user names that installed a plugin or changed its settings",
                    "accountability: who changed the platform", PUBLIC_TASK, null),
            new PersonalDataField("audit.copy", "the audit trail's copies of records as they were before and after each change: all of the above",
                    "accountability: what each change was", PUBLIC_TASK, null));

    /** The tables with a stamp: kind, table, key column. */
    private static final List<String[]> STAMPED = List.of(
            new String[] {"organisation", "NTS_ORGANISATION", "ID"}, new String[] {"workshop", "NTS_WORKSHOP", "ID"},
            new String[] {"input", "NTS_INPUT", "ID"}, new String[] {"plan", "NTS_PLAN", "ID"}, new String[] {"action", "NTS_ACTION", "ID"},
            new String[] {"funding-call", "NTS_FUNDING_CALL", "ID"}, new String[] {"consortium", "NTS_CONSORTIUM", "ID"},
            new String[] {"value-chain", "NTS_VALUE_CHAIN", "ID"}, new String[] {"progress-update", "NTS_PROGRESS_UPDATE", "ID"},
            new String[] {"kpi-measurement", "NTS_KPI_MEASUREMENT", "ID"});

    /**
     * A free text that may name a person: the record kind, table, key column, text column, its
     * length, the column naming the owning ROM (null: none of its own), and the table whose
     * version goes on when the text changes (null: none). An organisation's name is one: a
     * one-person business (eenmanszaak) is often named after its owner, as a CRM import brings
     * it, or as its owner types it on a public page.
     */
    record Text(String kind, String table, String text, int length, String rom, String versioned) {
    }

    private static final List<Text> TEXTS = List.of(
            new Text("input", "NTS_INPUT", "TEXT", 4000, "ROM_CODE", "NTS_INPUT"),
            new Text("input", "NTS_INPUT", "SUBMITTED_ORGANISATION", 200, "ROM_CODE", "NTS_INPUT"),
            new Text("organisation", "NTS_ORGANISATION", "NAME", 200, "ROM_CODE", "NTS_ORGANISATION"),
            new Text("workshop", "NTS_WORKSHOP", "TITLE", 200, "ROM_CODE", "NTS_WORKSHOP"),
            new Text("workshop", "NTS_WORKSHOP", "PLACE", 200, "ROM_CODE", "NTS_WORKSHOP"),
            new Text("action", "NTS_ACTION", "TITLE", 200, null, "NTS_ACTION"),
            new Text("action", "NTS_ACTION", "DESCRIPTION", 4000, null, "NTS_ACTION"),
            new Text("plan", "NTS_PLAN", "TITLE", 200, null, "NTS_PLAN"),
            new Text("plan", "NTS_PLAN", "SUMMARY", 4000, null, "NTS_PLAN"),
            // a progress update has no version of its own
            new Text("progress-update", "NTS_PROGRESS_UPDATE", "MILESTONE", 200, null, null),
            new Text("progress-update", "NTS_PROGRESS_UPDATE", "NOTE", 4000, null, null),
            new Text("state-change", "NTS_STATE_CHANGE", "REASON", 1000, null, null));

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final JpaTemplate jpa;
    private final ServiceCaller caller;
    private final Clock clock;
    private final Retention.Periods periods;

    @Activate
    public JpaPersonalData(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context,
            Retention.Config config) {
        this(jpa, new ServiceCaller(scope, context), Retention.Periods.of(config), Clock.systemUTC());
    }

    JpaPersonalData(JpaTemplate jpa, ServiceCaller caller, Retention.Periods periods, Clock clock) {
        this.jpa = jpa;
        this.caller = caller;
        this.periods = periods;
        this.clock = clock;
    }

    @Override
    public List<PersonalDataField> fields() {
        return FIELDS.stream().map(f -> new PersonalDataField(f.place(), f.holds(), f.purpose(), f.basis(), periods.of(f.place()))).toList();
    }

    @Override
    public RetentionRun retain(boolean dryRun) {
        Caller who = caller.get();
        who.requireRole("run the personal data's retention", Roles.OPERATOR);
        return retain(jpa, periods, clock.instant(), who.actor(), dryRun, null);
    }

    /** A run in a transaction of its own; the shared cache emptied when it erased something (the rows changed under it). */
    static RetentionRun retain(JpaTemplate jpa, Retention.Periods periods, Instant now, String by, boolean dryRun, Long turn) {
        Retention.Done done = jpa.txExpr(TransactionType.Required, em -> Retention.run(em, periods, now, by, dryRun, turn));
        if (done.changed()) {
            jpa.tx(TransactionType.Supports, em -> em.getEntityManagerFactory().getCache().evictAll());
        }
        return done.run();
    }

    @Override
    public Page<RetentionRun> retentionRuns(PageRequest page) {
        caller.get().requireRole("read the retention runs", Roles.OPERATOR);
        PageRequest asked = page == null ? PageRequest.first() : page;
        return jpa.txExpr(TransactionType.Supports, em -> {
            long total = em.createQuery("SELECT COUNT(r) FROM RetentionRunEntity r", Long.class).getSingleResult();
            List<RetentionRun> runs = em.createQuery("SELECT r FROM RetentionRunEntity r ORDER BY r.id DESC", RetentionRunEntity.class)
                    .setFirstResult(asked.offset()).setMaxResults(asked.size()).getResultList().stream().map(Retention::read).toList();
            return new Page<>(runs, total, asked.page(), asked.size());
        });
    }

    @Override
    public RetentionRun retentionRun(long id) {
        caller.get().requireRole("read the retention runs", Roles.OPERATOR);
        return jpa.txExpr(TransactionType.Supports, em -> java.util.Optional.ofNullable(em.find(RetentionRunEntity.class, id)).map(Retention::read)
                .orElseThrow(() -> new nl.nts.platform.api.NotFoundException("retention-run", String.valueOf(id))));
    }

    /**
     * A person asked for, as matched: name and e-mail address trimmed and lower case, the user name as given.
     *
     * @param pseudonym the name the person's values become: drawn at random once for this person
     *                  (one erasure uses one throughout), so that it tells nobody who they are and
     *                  cannot be recomputed from a guess of their name or address, not even by who
     *                  holds a backup
     */
    record Person(String name, String email, String user, String pseudonym) {

        private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

        /** The person with a pseudonym of their own: drawn at random, so that nobody can compute it from whom they guess. */
        Person(String name, String email, String user) {
            this(name, email, user, newPseudonym());
        }

        /** {@code person-} and 16 hexadecimal digits, drawn at random. */
        static String newPseudonym() {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            return "person-" + HexFormat.of().formatHex(bytes);
        }

        static Person of(PersonQuery q) {
            List<Violation> violations = new ArrayList<>();
            String name = Codes.text("name", q == null ? null : q.name(), false, 200, violations);
            String email = Codes.text("email", q == null ? null : q.email(), false, 254, violations);
            String user = Codes.text("user", q == null ? null : q.user(), false, 100, violations);
            if (violations.isEmpty() && name == null && email == null && user == null) {
                violations.add(new Violation("name", "name a person: their name, e-mail address or user name (at least one)"));
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            return new Person(name == null ? null : name.toLowerCase(Locale.ROOT), email == null ? null : email.toLowerCase(Locale.ROOT), user);
        }

        /**
         * A native query with the person's values bound where its SQL names them: ?1 the name, ?2 the
         * e-mail address, ?3 the user name (as {@link #nameOrEmail} and {@link #inCopies} write them),
         * ?4 the pseudonym; ?5 and ?6 the name and the e-mail address as LIKE patterns of a text that
         * holds them ({@link #mentions}).
         */
        Query bind(Query q, String sql, boolean likePatterns) {
            String[] values = {name, email, user, pseudonym, Search.containedPattern(name), Search.containedPattern(email)};
            for (int n = 1; n <= values.length; n++) {
                if (sql.contains("?" + n)) {
                    q.setParameter(n, likePatterns && n <= 3 ? Search.quotedPattern(values[n - 1]) : values[n - 1]);
                }
            }
            return q;
        }

        /** The condition on a text column that may mention the name or e-mail address (a wider net than {@link #mentioned}); null when neither was asked. */
        String mentions(String column) {
            List<String> any = new ArrayList<>();
            if (nameInTexts()) {
                any.add("LOWER(" + column + ") LIKE ?5 ESCAPE '!'");
            }
            if (email != null) {
                any.add("LOWER(" + column + ") LIKE ?6 ESCAPE '!'");
            }
            return any.isEmpty() ? null : "(" + String.join(" OR ", any) + ")";
        }

        /** The name or e-mail address as written in a text: whole words, case ignored. */
        private java.util.regex.Pattern written() {
            List<String> any = new ArrayList<>();
            for (String value : new String[] {nameInTexts() ? name : null, email}) {
                if (value != null) {
                    any.add(java.util.regex.Pattern.quote(value));
                }
            }
            return any.isEmpty() ? null : java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}@.])(?:" + String.join("|", any) + ")(?![\\p{L}\\p{N}@])",
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        }

        /**
         * Whether a name is looked for in texts: a name of two words or more. One word ("Bakker")
         * would find and rewrite other people's texts and businesses; it still finds the places that
         * hold a name whole (a participant, a contact).
         */
        private boolean nameInTexts() {
            return name != null && name.strip().contains(" ");
        }

        /** Whether a text mentions the person by name or e-mail address. */
        boolean mentioned(String text) {
            java.util.regex.Pattern written = written();
            return text != null && written != null && written.matcher(text).find();
        }

        /** A text with each mention of the person's name or e-mail address replaced by the pseudonym. */
        String replaced(String text) {
            java.util.regex.Pattern written = written();
            return text == null || written == null ? text : written.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(pseudonym()));
        }

        /** The condition on a name and an e-mail column, for what was asked; null when neither was. */
        String nameOrEmail(String nameColumn, String emailColumn) {
            List<String> any = new ArrayList<>();
            if (name != null) {
                any.add("LOWER(" + nameColumn + ") = ?1");
            }
            if (email != null) {
                any.add("LOWER(" + emailColumn + ") = ?2");
            }
            return any.isEmpty() ? null : "(" + String.join(" OR ", any) + ")";
        }

        /**
         * The condition on the audit trail's copies: the name or e-mail address anywhere in either
         * (whole values and mentions in texts), the user name as a whole JSON string (bound as LIKE
         * patterns).
         */
        String inCopies() {
            List<String> any = new ArrayList<>();
            if (name != null) {
                any.add("LOWER(BEFORE_JSON) LIKE ?5 ESCAPE '!' OR LOWER(AFTER_JSON) LIKE ?5 ESCAPE '!'");
            }
            if (email != null) {
                any.add("LOWER(BEFORE_JSON) LIKE ?6 ESCAPE '!' OR LOWER(AFTER_JSON) LIKE ?6 ESCAPE '!'");
            }
            if (user != null) {
                any.add("BEFORE_JSON LIKE ?3 ESCAPE '!' OR AFTER_JSON LIKE ?3 ESCAPE '!'");
            }
            return "(" + String.join(" OR ", any) + ")";
        }

    }

    @Override
    public PersonalDataCopy copy(PersonQuery query) {
        Caller who = caller.get();
        Set<String> roms;
        if (who.national()) {
            roms = Set.of();
        } else {
            roms = who.administeredRoms();
            if (roms.isEmpty()) {
                who.requireRole("make a copy of a person's data", Roles.OPERATOR);
            }
        }
        Person person = Person.of(query);
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> {
            Search search = new Search(em, person, roms);
            search.participants();
            search.contacts();
            search.texts();
            if (roms.isEmpty() && person.user() != null) {
                search.stamps();
                search.stateChanges();
                search.tokens();
                search.logins();
                search.plugins();
            }
            if (person.user() != null) {
                search.actor();
            }
            search.copies();
            Audit.record(em, now, who.actor(), "copy", "personal-data", person.pseudonym(), roms, null, null);
            return new PersonalDataCopy(now, who.actor(), query.name() == null ? null : query.name().strip(),
                    query.email() == null ? null : query.email().strip(), person.user(), List.copyOf(new TreeSet<>(roms)), search.found,
                    search.complete);
        });
    }

    @Override
    public PersonalDataErasure erase(PersonQuery query) {
        Caller who = caller.get();
        who.requireRole("erase a person's data", Roles.OPERATOR);
        Person person = Person.of(query);
        Instant now = clock.instant();
        PersonalDataErasure done = jpa.txExpr(TransactionType.Required, em -> {
            Erasure erasure = new Erasure(em, person);
            erasure.participants();
            erasure.contacts();
            erasure.texts();
            if (person.user() != null) {
                erasure.userNames();
            }
            erasure.copies();
            Audit.record(em, now, who.actor(), "erase", "personal-data", person.pseudonym(), List.of(), null, null);
            return new PersonalDataErasure(now, who.actor(), person.pseudonym(), erasure.changed);
        });
        // the rows changed under the persistence unit: nothing it read before may be served again
        jpa.tx(TransactionType.Supports, em -> em.getEntityManagerFactory().getCache().evictAll());
        return done;
    }

    /** One erasure: the changes so far, place by place. */
    private static final class Erasure {

        private final EntityManager em;
        private final Person person;
        private final String pseudonym;
        final Map<String, Integer> changed = new LinkedHashMap<>();

        Erasure(EntityManager em, Person person) {
            this.em = em;
            this.person = person;
            this.pseudonym = person.pseudonym();
        }

        /** An update with the person's values bound (see {@link Person#bind}). */
        private int update(String sql) {
            return person.bind(em.createNativeQuery(sql), sql, false).executeUpdate();
        }

        private void count(String place, int rows) {
            if (rows > 0) {
                changed.merge(place, rows, Integer::sum);
            }
        }

        void participants() {
            String where = person.nameOrEmail("NAME", "EMAIL");
            if (where == null) {
                return;
            }
            // the workshops changed go a version on (a client's copy is outdated): before the rows no longer match
            update("UPDATE NTS_WORKSHOP SET VERSION = VERSION + 1 WHERE ID IN (SELECT WORKSHOP_ID FROM NTS_WORKSHOP_PARTICIPANT WHERE " + where + ")");
            count("workshop.participant", update("UPDATE NTS_WORKSHOP_PARTICIPANT SET NAME = ?4, ROLE = NULL, EMAIL = NULL, EMAIL_BASIS = NULL WHERE " + where));
        }

        void contacts() {
            String where = person.nameOrEmail("CONTACT_NAME", "CONTACT_EMAIL");
            if (where != null) {
                count("input.contact", update("UPDATE NTS_INPUT SET CONTACT_NAME = NULL, CONTACT_EMAIL = NULL, CONTACT_CONSENT = NULL,"
                        + " VERSION = VERSION + 1 WHERE " + where));
            }
        }

        /**
         * Each text that mentions the person: the mention replaced by the pseudonym (the text cut
         * to its column's length should that make it longer), a versioned record a version on, its
         * words for the text search written anew.
         */
        void texts() {
            for (Text t : TEXTS) {
                String where = person.mentions(t.text());
                if (where == null) {
                    return;
                }
                String sql = "SELECT ID, " + t.text() + " FROM " + t.table() + " WHERE " + where;
                @SuppressWarnings("unchecked")
                List<Object[]> rows = person.bind(em.createNativeQuery(sql), sql, false).getResultList();
                for (Object[] row : rows) {
                    String text = String.valueOf(row[1]);
                    if (person.mentioned(text)) {
                        long id = ((Number) row[0]).longValue();
                        String replaced = person.replaced(text);
                        replaced = replaced.length() > t.length() ? replaced.substring(0, t.length()) : replaced;
                        count("free-text", em.createNativeQuery("UPDATE " + t.table() + " SET " + t.text() + " = ?1" + (t.versioned() != null
                                ? ", VERSION = VERSION + 1" : "") + " WHERE ID = ?2").setParameter(1, replaced).setParameter(2, id).executeUpdate());
                        java.util.Arrays.stream(Searchable.values()).filter(k -> k.kind().equals(t.kind())).forEach(k -> SearchIndex.index(em, k, id));
                    }
                }
            }
        }

        void userNames() {
            for (String[] t : STAMPED) {
                count("record.stamp", update("UPDATE " + t[1] + " SET CREATED_BY = ?4 WHERE CREATED_BY = ?3")
                        + update("UPDATE " + t[1] + " SET UPDATED_BY = ?4 WHERE UPDATED_BY = ?3"));
            }
            count("state-change.by", update("UPDATE NTS_STATE_CHANGE SET CHANGED_BY = ?4 WHERE CHANGED_BY = ?3"));
            count("audit.actor", update("UPDATE NTS_AUDIT SET ACTOR = ?4 WHERE ACTOR = ?3"));
            // a token of nobody acts for nobody: revoked as well
            count("api-token.user", update("UPDATE NTS_API_TOKEN SET USER_NAME = ?4, REVOKED_AT = COALESCE(REVOKED_AT, CURRENT_TIMESTAMP),"
                    + " REVOKED_BY = COALESCE(REVOKED_BY, ?4) WHERE USER_NAME = ?3")
                    + update("UPDATE NTS_API_TOKEN SET REVOKED_BY = ?4 WHERE REVOKED_BY = ?3"));
            // a session or a count of failed logins is no record: it goes (the person is logged out everywhere)
            count("web-session.user", update("DELETE FROM NTS_WEB_SESSION WHERE USER_NAME = ?3"));
            count("login-failure.account", update("DELETE FROM NTS_LOGIN_FAILURE WHERE ACCOUNT = ?3"));
            count("plugin.by", update("UPDATE NTS_INSTALLED_PLUGIN SET INSTALLED_BY = ?4 WHERE INSTALLED_BY = ?3")
                    + update("UPDATE NTS_PLUGIN_CONFIG SET CHANGED_BY = ?4 WHERE CHANGED_BY = ?3"));
        }

        /**
         * The trail's copies of records: each of the person's values replaced where it stands as a
         * whole JSON string. Every entry that holds one, read once (a copy lists at most
         * {@link #MOST_PER_PLACE}; an erasure leaves none out).
         */
        void copies() {
            String sql = "SELECT ID, BEFORE_JSON, AFTER_JSON FROM NTS_AUDIT WHERE " + person.inCopies() + " ORDER BY ID";
            @SuppressWarnings("unchecked")
            List<Object[]> rows = person.bind(em.createNativeQuery(sql), sql, true).getResultList();
            for (Object[] row : rows) {
                Query q = em.createNativeQuery("UPDATE NTS_AUDIT SET BEFORE_JSON = ?1, AFTER_JSON = ?2 WHERE ID = ?3");
                q.setParameter(1, erased(row[1])).setParameter(2, erased(row[2])).setParameter(3, ((Number) row[0]).longValue());
                count("audit.copy", q.executeUpdate());
            }
        }

        private String erased(Object json) {
            if (json == null) {
                return null;
            }
            try {
                com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(String.valueOf(json));
                erase(tree);
                return JSON.writeValueAsString(tree);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("an audit entry's copy is no JSON: " + e.getOriginalMessage(), e);
            }
        }

        /** Replaces the person's values in a copy: a name or user name by the pseudonym, an e-mail address by null; and a matched person's role and consent. */
        private void erase(com.fasterxml.jackson.databind.JsonNode node) {
            if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                boolean theirs = false;
                for (java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = object.fields(); fields.hasNext();) {
                    Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = fields.next();
                    com.fasterxml.jackson.databind.JsonNode value = field.getValue();
                    if (value.isTextual()) {
                        String text = value.asText();
                        if (person.email() != null && text.strip().equalsIgnoreCase(person.email())) {
                            field.setValue(com.fasterxml.jackson.databind.node.NullNode.getInstance());
                            theirs = true;
                        } else if ((person.name() != null && text.strip().equalsIgnoreCase(person.name())) || text.equals(person.user())) {
                            field.setValue(new com.fasterxml.jackson.databind.node.TextNode(pseudonym));
                            theirs = true;
                        } else if (person.mentioned(text)) {
                            // a text that mentions them (an input's text): the mention goes, the rest of the text and the object stay
                            field.setValue(new com.fasterxml.jackson.databind.node.TextNode(person.replaced(text)));
                        }
                    } else {
                        erase(value);
                    }
                }
                if (theirs) {
                    // what else this object says of them: a participant's role, a contact's consent
                    for (String about : List.of("role", "emailBasis", "contactConsent", "contactName", "contactEmail")) {
                        if (object.has(about) && !object.get(about).isNull()) {
                            object.putNull(about);
                        }
                    }
                }
            } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
                array.forEach(this::erase);
            }
        }

    }

    /** One search: the findings so far, place by place. */
    private static final class Search {

        private final EntityManager em;
        private final Person person;
        private final Set<String> roms;
        final List<Finding> found = new ArrayList<>();
        boolean complete = true;

        Search(EntityManager em, Person person, Set<String> roms) {
            this.em = em;
            this.person = person;
            this.roms = roms;
        }

        /** Rows of a query with the person's values as parameters ?1 (name), ?2 (e-mail), ?3 (user), at most one more than listed. */
        private List<Object[]> rows(String sql, String place) {
            @SuppressWarnings("unchecked")
            List<Object> result = person.bind(em.createNativeQuery(sql), sql, false).setMaxResults(MOST_PER_PLACE + 1).getResultList();
            List<Object[]> rows = result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).collect(Collectors.toList());
            if (rows.size() > MOST_PER_PLACE) {
                complete = false;
                found.add(new Finding(place, "more", null, null, "more than " + MOST_PER_PLACE + " here; the first " + MOST_PER_PLACE
                        + " are listed", Map.of()));
                return rows.subList(0, MOST_PER_PLACE);
            }
            return rows;
        }

        private String romCondition(String column) {
            return roms.isEmpty() ? "" : " AND " + column + " IN (" + roms.stream().sorted().map(r -> "'" + r.replace("'", "''") + "'")
                    .collect(Collectors.joining(", ")) + ")";
        }

        void participants() {
            String where = person.nameOrEmail("p.NAME", "p.EMAIL");
            if (where == null) {
                return;
            }
            for (Object[] r : rows("SELECT p.WORKSHOP_ID, w.ROM_CODE, w.TITLE, w.HELD_ON, p.POSITION, p.NAME, p.ROLE, p.EMAIL"
                    + " FROM NTS_WORKSHOP_PARTICIPANT p JOIN NTS_WORKSHOP w ON w.ID = p.WORKSHOP_ID WHERE " + where + romCondition("w.ROM_CODE")
                    + " ORDER BY p.WORKSHOP_ID, p.POSITION", "workshop.participant")) {
                Map<String, String> values = new LinkedHashMap<>();
                String at = "participants[" + r[4] + "].";
                values.put(at + "name", text(r[5]));
                if (r[6] != null) {
                    values.put(at + "role", text(r[6]));
                }
                if (r[7] != null) {
                    values.put(at + "email", text(r[7]));
                }
                found.add(new Finding("workshop.participant", "workshop", text(r[0]), text(r[1]), text(r[2]) + ", " + text(r[3]), values));
            }
        }

        void contacts() {
            String where = person.nameOrEmail("CONTACT_NAME", "CONTACT_EMAIL");
            if (where == null) {
                return;
            }
            for (Object[] r : rows("SELECT ID, ROM_CODE, CREATED_AT, SUBMITTED_ORGANISATION, CONTACT_NAME, CONTACT_EMAIL FROM NTS_INPUT WHERE "
                    + where + romCondition("ROM_CODE") + " ORDER BY ID", "input.contact")) {
                Map<String, String> values = new LinkedHashMap<>();
                if (r[4] != null) {
                    values.put("submission.contactName", text(r[4]));
                }
                if (r[5] != null) {
                    values.put("submission.contactEmail", text(r[5]));
                }
                found.add(new Finding("input.contact", "input", text(r[0]), text(r[1]),
                        "left on " + text(r[1]) + "'s public page for " + text(r[3]) + ", " + text(r[2]), values));
            }
        }

        /** Texts that mention the person; a ROM's admin sees those of their ROM's records (inputs, organisations, workshops). */
        void texts() {
            for (Text t : TEXTS) {
                String where = person.mentions(t.text());
                if (where == null || (!roms.isEmpty() && t.rom() == null)) {
                    continue;
                }
                String rom = t.rom() == null ? "NULL" : t.rom();
                String column = t.text().toLowerCase(Locale.ROOT);
                for (Object[] r : rows("SELECT ID, " + rom + ", " + t.text() + " FROM " + t.table() + " WHERE " + where
                        + (t.rom() == null ? "" : romCondition(t.rom())) + " ORDER BY ID", "free-text")) {
                    String text = text(r[2]);
                    if (person.mentioned(text)) {
                        found.add(new Finding("free-text", t.kind(), text(r[0]), text(r[1]), "the " + column.replace('_', ' ') + " mentions them",
                                Map.of(column, text)));
                    }
                }
            }
        }

        void stamps() {
            for (String[] t : STAMPED) {
                for (Object[] r : rows("SELECT " + t[2] + ", CREATED_BY, UPDATED_BY FROM " + t[1] + " WHERE CREATED_BY = ?3 OR UPDATED_BY = ?3"
                        + " ORDER BY " + t[2], "record.stamp")) {
                    Map<String, String> values = new LinkedHashMap<>();
                    if (person.user().equals(r[1])) {
                        values.put("stamp.createdBy", person.user());
                    }
                    if (person.user().equals(r[2])) {
                        values.put("stamp.updatedBy", person.user());
                    }
                    found.add(new Finding("record.stamp", t[0], text(r[0]), null, null, values));
                }
            }
        }

        void stateChanges() {
            for (Object[] r : rows("SELECT ID, SUBJECT, RECORD_ID, TRANSITION, CHANGED_AT FROM NTS_STATE_CHANGE WHERE CHANGED_BY = ?3 ORDER BY ID",
                    "state-change.by")) {
                found.add(new Finding("state-change.by", "state-change", text(r[0]), null,
                        text(r[3]) + " of " + text(r[1]) + " " + text(r[2]) + ", " + text(r[4]), Map.of("by", person.user())));
            }
        }

        void tokens() {
            for (Object[] r : rows("SELECT ID, NAME, HINT, CREATED_AT, USER_NAME, REVOKED_BY FROM NTS_API_TOKEN WHERE USER_NAME = ?3 OR REVOKED_BY = ?3"
                    + " ORDER BY ID", "api-token.user")) {
                Map<String, String> values = new LinkedHashMap<>();
                if (person.user().equals(r[4])) {
                    values.put("user", person.user());
                }
                if (person.user().equals(r[5])) {
                    values.put("revokedBy", person.user());
                }
                found.add(new Finding("api-token.user", "api-token", text(r[0]), null, "'" + text(r[1]) + "' (" + text(r[2]) + "...), " + text(r[3]),
                        values));
            }
        }

        void logins() {
            for (Object[] r : rows("SELECT STARTED_AT, LAST_SEEN FROM NTS_WEB_SESSION WHERE USER_NAME = ?3 ORDER BY STARTED_AT", "web-session.user")) {
                found.add(new Finding("web-session.user", "web-session", null, null, "logged in since " + text(r[0]) + ", last seen " + text(r[1]),
                        Map.of("user", person.user())));
            }
            for (Object[] r : rows("SELECT FAILURES, LAST_FAILED_AT, LOCKED_UNTIL FROM NTS_LOGIN_FAILURE WHERE ACCOUNT = ?3", "login-failure.account")) {
                found.add(new Finding("login-failure.account", "login-failure", null, null, text(r[0]) + " failed logins, the last " + text(r[1])
                        + (r[2] == null ? "" : ", locked until " + text(r[2])), Map.of("account", person.user())));
            }
        }

        void plugins() {
            for (Object[] r : rows("SELECT PLUGIN_ID, VERSION, INSTALLED_AT FROM NTS_INSTALLED_PLUGIN WHERE INSTALLED_BY = ?3 ORDER BY PLUGIN_ID",
                    "plugin.by")) {
                found.add(new Finding("plugin.by", "plugin", text(r[0]), null, "installed " + text(r[1]) + ", " + text(r[2]),
                        Map.of("installedBy", person.user())));
            }
            for (Object[] r : rows("SELECT PID, PLUGIN_ID, CHANGED_AT FROM NTS_PLUGIN_CONFIG WHERE CHANGED_BY = ?3 ORDER BY PID", "plugin.by")) {
                found.add(new Finding("plugin.by", "plugin-configuration", text(r[0]), null, "settings of " + text(r[1]) + ", " + text(r[2]),
                        Map.of("changedBy", person.user())));
            }
        }

        private String auditRoms() {
            return roms.isEmpty() ? "" : " AND (" + roms.stream().sorted().map(r -> "ROMS LIKE '" + AuditEntryEntity.romPattern(r).replace("'", "''") + "'")
                    .collect(Collectors.joining(" OR ")) + ")";
        }

        void actor() {
            for (Object[] r : rows("SELECT ID, AT, ACTION, KIND, RECORD_KEY FROM NTS_AUDIT WHERE ACTOR = ?3" + auditRoms() + " ORDER BY ID",
                    "audit.actor")) {
                found.add(new Finding("audit.actor", "audit-entry", text(r[0]), null, text(r[2]) + " " + text(r[3]) + " " + text(r[4]) + ", " + text(r[1]),
                        Map.of("actor", person.user())));
            }
        }

        /** Entries whose copies hold one of the person's values as a whole JSON string (case ignored for a name or e-mail). */
        void copies() {
            Map<String, String> looked = new LinkedHashMap<>();
            if (person.name() != null) {
                looked.put("name", person.name());
            }
            if (person.email() != null) {
                looked.put("email", person.email());
            }
            if (person.user() != null) {
                looked.put("user", person.user());
            }
            String sql = "SELECT ID, AT, ACTION, KIND, RECORD_KEY, BEFORE_JSON, AFTER_JSON, ROMS FROM NTS_AUDIT WHERE " + person.inCopies() + auditRoms()
                    + " ORDER BY ID";
            Query q = person.bind(em.createNativeQuery(sql), sql, true).setMaxResults(MOST_PER_PLACE + 1);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = q.getResultList();
            if (rows.size() > MOST_PER_PLACE) {
                complete = false;
                found.add(new Finding("audit.copy", "more", null, null, "more than " + MOST_PER_PLACE + " entries; the first " + MOST_PER_PLACE
                        + " are listed", Map.of()));
                rows = rows.subList(0, MOST_PER_PLACE);
            }
            for (Object[] r : rows) {
                String copiesText = (text(r[5]) + "\u0000" + text(r[6]));
                Map<String, String> values = new LinkedHashMap<>();
                looked.forEach((what, value) -> {
                    String quoted = "\"" + jsonEscaped(value) + "\"";
                    boolean holds = what.equals("user") ? copiesText.contains(quoted) : copiesText.toLowerCase(Locale.ROOT).contains(quoted);
                    if (holds) {
                        values.put(what, what.equals("user") ? value : "held in the entry's copy of the record");
                    }
                });
                if (values.isEmpty()) {
                    // not a value of theirs: a text of the copy may mention them (or only hold the name inside a longer word)
                    if (!mentionedIn(r[5]) && !mentionedIn(r[6])) {
                        continue;
                    }
                    values.put("text", "a text in the entry's copy of the record mentions them");
                }
                found.add(new Finding("audit.copy", "audit-entry", text(r[0]), firstRom(r[7]), text(r[2]) + " " + text(r[3]) + " " + text(r[4]) + ", "
                        + text(r[1]), values));
            }
        }

        /** Whether one of a copy's texts mentions the person (read as JSON: a line break before the name is no letter). */
        private boolean mentionedIn(Object json) {
            if (json == null) {
                return false;
            }
            try {
                java.util.Deque<com.fasterxml.jackson.databind.JsonNode> open = new java.util.ArrayDeque<>(List.of(JSON.readTree(String.valueOf(json))));
                while (!open.isEmpty()) {
                    com.fasterxml.jackson.databind.JsonNode node = open.pop();
                    if (node.isTextual() && person.mentioned(node.asText())) {
                        return true;
                    }
                    node.forEach(open::push);
                }
                return false;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("an audit entry's copy is no JSON: " + e.getOriginalMessage(), e);
            }
        }

        /** A LIKE pattern (lower case) of a text that holds the value anywhere, with LIKE's own characters escaped by '!'; null for none. */
        static String containedPattern(String value) {
            return value == null ? null : "%" + value.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }

        /** A LIKE pattern for the value as a whole JSON string, with LIKE's own characters escaped by '!'. */
        static String quotedPattern(String value) {
            String json = "\"" + jsonEscaped(value) + "\"";
            return "%" + json.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }

        /** The value as Jackson writes it inside a JSON string. */
        private static String jsonEscaped(String value) {
            return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(value));
        }

        /** The first ROM an audit entry's {@code ROMS} names ({@code ,BOM,LIOF,}); null for a national entry. */
        private static String firstRom(Object roms) {
            return roms == null ? null : java.util.Arrays.stream(String.valueOf(roms).split(",")).filter(r -> !r.isBlank()).findFirst().orElse(null);
        }

        private static String text(Object value) {
            return value == null ? null : String.valueOf(value);
        }
    }
}
