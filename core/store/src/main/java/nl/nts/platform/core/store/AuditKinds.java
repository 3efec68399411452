package nl.nts.platform.core.store;

import java.util.Map;
import java.util.regex.Pattern;

/** How the audit trail spells the kinds of records, and the spellings it had before. */
public final class AuditKinds {

    /** Lower case, words joined by {@code -}, e.g. {@code funding-call}: {@link Audit#record} refuses any other. */
    public static final Pattern SPELLING = Pattern.compile("[a-z]+(-[a-z]+)*");

    /**
     * Kinds that release 0.1 wrote with a blank, by their spelling now. Changeset 0004 renames
     * them in the database; a restore of an older backup renames them as it restores; a filter
     * by a former spelling finds the entries.
     */
    public static final Map<String, String> FORMER = Map.of("funding call", "funding-call", "value chain", "value-chain");

    private AuditKinds() {
    }

    /** The kind as it is spelled now. */
    public static String now(String kind) {
        return kind == null ? null : FORMER.getOrDefault(kind, kind);
    }
}
