package nl.nts.platform.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.nts.platform.core.store.AuditEntryEntity;

/**
 * Writes audit entries, always inside the transaction of the change they describe: a change
 * that rolls back takes its entry with it. Records are kept as the JSON the REST API shows;
 * {@code version} and {@code stamp} are left out of the changed fields, since every change
 * moves them.
 */
public final class Audit {

    private static final Set<String> BOOKKEEPING = Set.of("version", "stamp");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Audit() {
    }

    /**
     * @param kind   what the record is, spelled as {@link AuditKinds#SPELLING}, e.g. {@code funding-call}
     * @param roms   the ROMs that own the record, before or after (duplicates are dropped)
     * @param before the record before the change (an API record), null for a creation
     * @param after  the record after the change, null for a deletion
     */
    public static void record(EntityManager em, Instant at, String actor, String action, String kind, String key, Collection<String> roms,
            Object before, Object after) {
        if (kind == null || !AuditKinds.SPELLING.matcher(kind).matches()) {
            // a filter by kind must find every entry of it: one spelling, checked where all entries pass
            throw new IllegalArgumentException("audit kind '" + kind + "' is not lower case with words joined by '-', e.g. funding-call");
        }
        JsonNode was = before == null ? null : JSON.valueToTree(before);
        JsonNode is = after == null ? null : JSON.valueToTree(after);
        List<String> owners = roms.stream().filter(Objects::nonNull).distinct().sorted().toList();
        em.persist(new AuditEntryEntity(at, actor, action, kind, key, owners, changed(was, is), text(was), text(is)));
        ChangeMarks.mark(em);
    }

    /** The top-level fields whose value differs, in the record's order; none when either side is missing. */
    public static List<String> changed(JsonNode before, JsonNode after) {
        if (before == null || after == null || !before.isObject() || !after.isObject()) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(fields::add);
        before.fieldNames().forEachRemaining(fields::add);
        List<String> changed = new ArrayList<>();
        for (String field : fields) {
            if (!BOOKKEEPING.contains(field) && !Objects.equals(before.get(field), after.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static String text(JsonNode node) {
        try {
            return node == null ? null : JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit document cannot be written: " + e.getMessage(), e);
        }
    }
}
