package nl.nts.platform.api.service;

import java.time.Instant;
import java.util.Set;

/**
 * Narrows the audit trail; every condition given must hold, null means any.
 *
 * @param actor  changes made by this user (or plugin, connector, job)
 * @param roms   changes to records owned by any of these ROMs; null or empty means any
 * @param kind   changes to records of this kind, e.g. {@code workshop} or {@code funding-call}
 *               (the former spelling {@code funding call} finds the same)
 * @param record changes to the record with this key (an id or code); usually with {@code kind}
 * @param action changes of this kind, e.g. {@code delete}
 * @param from   changes at or after this instant
 * @param to     changes before this instant
 * @since 1.1
 */
public record AuditFilter(String actor, Set<String> roms, String kind, String record, String action, Instant from, Instant to) {

    public AuditFilter {
        roms = roms == null ? Set.of() : Set.copyOf(roms);
    }

    /** No condition: the whole trail. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
