package nl.nts.platform.core.plugins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * What an upsert makes of the stored organisation and the source's record, by the fields the
 * source keeps ({@link SourcePage#fields()}): a kept field takes the source's value, an absent
 * one clearing it; any other field stays as stored. External ids merge: the source's are set,
 * other systems' stay.
 */
final class OrganisationMerge {

    /** Every field a source may keep, by its component name. */
    static final Set<String> FIELDS = Set.of("name", "kind", "kvkNumber", "sbiCode", "city", "country", "province", "technologies", "segments",
            "trl", "euProjects");

    /** The fields the {@link SourcePage#DEFAULT_FIELDS} keep only when the source gives a value. */
    private static final Set<String> KEPT_WHEN_GIVEN = Set.of("kvkNumber", "sbiCode", "technologies", "trl", "euProjects");

    private OrganisationMerge() {
    }

    /** @return the names in {@code fields} that are no field of an organisation, for the run's message */
    static Set<String> unknown(Set<String> fields) {
        return fields.stream().filter(f -> !FIELDS.contains(f)).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * @param current  the organisation as stored
     * @param incoming the source's record
     * @param fields   the page's fields; empty for the defaults
     * @return the record to store, with the current id and version
     */
    /** A pseudonym an erasure of a person wrote ({@code person-} and 16 hexadecimal digits). */
    private static final java.util.regex.Pattern ERASED = java.util.regex.Pattern.compile("\\bperson-[0-9a-f]{16}\\b");

    static Organisation merge(Organisation current, Organisation incoming, Set<String> fields) {
        boolean defaults = fields.isEmpty();
        Organisation.Builder merged = current.toBuilder().stamp(null);
        // a name a person's erasure made a pseudonym stays so: the source (a CRM) would bring the person back
        if (keeps("name", fields, defaults, incoming.name()) && !ERASED.matcher(String.valueOf(current.name())).find()) {
            merged.name(incoming.name());
        }
        if (keeps("kind", fields, defaults, incoming.kind())) {
            merged.kind(incoming.kind());
        }
        if (keeps("kvkNumber", fields, defaults, incoming.kvkNumber())) {
            merged.kvkNumber(incoming.kvkNumber());
        }
        if (keeps("sbiCode", fields, defaults, incoming.sbiCode())) {
            merged.sbiCode(incoming.sbiCode());
        }
        if (keeps("city", fields, defaults, incoming.city())) {
            merged.city(incoming.city());
        }
        if (keeps("country", fields, defaults, incoming.country())) {
            merged.country(incoming.country());
        }
        if (keeps("province", fields, defaults, incoming.province())) {
            merged.province(incoming.province());
        }
        if (keeps("technologies", fields, defaults, incoming.technologies().isEmpty() ? null : incoming.technologies())) {
            merged.technologies(incoming.technologies());
        }
        if (keeps("segments", fields, defaults, incoming.segments().isEmpty() ? null : incoming.segments())) {
            merged.segments(incoming.segments());
        }
        if (keeps("trl", fields, defaults, incoming.trl())) {
            merged.trl(incoming.trl());
        }
        if (keeps("euProjects", fields, defaults, incoming.euProjects().isEmpty() ? null : incoming.euProjects())) {
            merged.euProjects(incoming.euProjects());
        }
        Map<String, String> ids = new LinkedHashMap<>(current.externalIds());
        ids.putAll(incoming.externalIds());
        return merged.externalIds(ids).build();
    }

    private static boolean keeps(String field, Set<String> fields, boolean defaults, Object value) {
        if (!defaults) {
            return fields.contains(field);
        }
        if (SourcePage.DEFAULT_FIELDS.contains(field)) {
            return true;
        }
        return KEPT_WHEN_GIVEN.contains(field) && value != null;
    }
}
