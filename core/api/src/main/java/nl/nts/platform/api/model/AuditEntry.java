package nl.nts.platform.api.model;

import java.time.Instant;
import java.util.List;

/**
 * One change, as the audit trail keeps it: who made it, when, what kind of change, to which
 * record, and the record before and after. Entries are written in the same transaction as the
 * change they describe (a change that rolls back leaves none) and are never changed or deleted.
 *
 * <p>{@code before} and {@code after} are JSON documents of the record in the form the REST API
 * shows it; {@code before} is null for a creation, {@code after} for a deletion. They never
 * hold passwords or token secrets: passwords live in the login realm, not in records, and an
 * API token appears as it is listed (name, owner, hint, dates), never with its secret or hash.
 * Sample data loaded into a new database appears as one creation per record, by the actor
 * {@code sample-data} (or the user who loaded it).
 *
 * @param id      the entry's id, ascending in the order entries were written
 * @param at      when the change was committed (to the millisecond)
 * @param actor   who made it: a user name, or a plugin, connector or job id
 * @param action  what kind of change: {@code create}, {@code update}, {@code delete},
 *                {@code transition} (a workflow step), {@code install} or {@code uninstall}
 *                (plugins), {@code token-create} or {@code token-revoke}
 * @param kind    the kind of record, lower case with words joined by {@code -}: {@code workshop},
 *                {@code input}, {@code plan}, {@code action}, {@code organisation},
 *                {@code value-chain}, {@code funding-call}, {@code consortium}, {@code plugin},
 *                {@code plugin-configuration}, {@code token}, {@code backup}, ... (release 0.1
 *                wrote {@code value chain} and {@code funding call}; the update renames them)
 * @param record  the record's key within its kind: an id, a code, or a plugin id
 * @param roms    the ROMs that own the record, before or after the change; empty for national
 *                records
 * @param changed the top-level fields whose value differs between before and after, in the
 *                record's order; empty for a creation or deletion
 * @param before  the record before the change, as JSON; null when it did not exist
 * @param after   the record after the change, as JSON; null when it no longer exists
 * @since 1.1
 */
public record AuditEntry(long id, Instant at, String actor, String action, String kind, String record, List<String> roms,
        List<String> changed, String before, String after) {

    public AuditEntry {
        roms = List.copyOf(roms);
        changed = List.copyOf(changed);
    }
}
