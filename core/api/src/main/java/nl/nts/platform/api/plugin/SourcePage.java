package nl.nts.platform.api.plugin;

import java.util.List;
import java.util.Set;

/**
 * One page read from a source system.
 *
 * <p>Besides its records, a page may tell the core two things that make every connector
 * incremental and able to clear fields without code of its own:
 * <ul>
 * <li>{@code checkpoint}: where the <em>next</em> run should start once this run has ended well,
 * e.g. {@code "since=2025-10-01T10:00:00Z"} for a source that filters by modification date.
 * The core keeps the last checkpoint of each connector's last completed run and hands it to the
 * first {@link OrganisationSource#read read} of the next run as its cursor; a full run (asked
 * for by the user, or the first run) starts from {@code null}. A connector whose cursors are
 * not checkpoints leaves it null and is read in full every time. The checkpoint is the
 * connector's own text: the core stores it (at most 2,000 characters) and never reads it.</li>
 * <li>{@code fields}: the fields of {@link nl.nts.platform.api.model.Organisation} the source
 * keeps, by their component names ({@code kvkNumber}, {@code technologies}, {@code segments},
 * ...). For a field named here the source's value replaces the stored one, and an absent value
 * ({@code null}, or an empty list) <em>clears</em> it. A field not named is left as stored, so
 * what people added on the platform (segments, TRL, other systems' ids) stays. Empty means the
 * fields a source keeps unless it says otherwise: {@link #DEFAULT_FIELDS}, where a null
 * {@code kvkNumber}, {@code sbiCode} or {@code trl} and empty {@code technologies} or {@code euProjects} keep the
 * stored value (how the core upserted before 2.2). External ids always merge: the source's own
 * id is set, other systems' ids stay. A funding call replaces the stored one, but for its
 * technologies, its TRL range and whether it is cross-regional, each kept when the source gives none.</li>
 * </ul>
 *
 * @param records    the records on this page
 * @param next       the cursor of the next page, or null when this was the last
 * @param checkpoint where the next run starts, once this run has completed; null for none (since 2.2)
 * @param fields     the organisation fields the source keeps (a null value clears them), or empty
 *                   for {@link #DEFAULT_FIELDS} (since 2.2)
 */
public record SourcePage<T>(List<T> records, String next, String checkpoint, Set<String> fields) {

    /**
     * The fields a source keeps when a page names none: {@code name}, {@code kind}, {@code city},
     * {@code country} and {@code province} are replaced; {@code kvkNumber}, {@code sbiCode},
     * {@code technologies}, {@code trl} and {@code euProjects} are replaced only when the source gives a value.
     */
    public static final Set<String> DEFAULT_FIELDS = Set.of("name", "kind", "city", "country", "province");

    public SourcePage {
        records = List.copyOf(records);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }

    /**
     * A page that sets no checkpoint and keeps the {@link #DEFAULT_FIELDS}.
     *
     * @param records the records on this page
     * @param next    the cursor of the next page, or null when this was the last
     */
    public SourcePage(List<T> records, String next) {
        this(records, next, null, Set.of());
    }
}
