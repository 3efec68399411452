package nl.nts.platform.api.model;

import java.time.Instant;
import java.util.List;

/**
 * One change of a plan or of an action, as "what changed since" lists it: derived from the
 * records, their workflow history, their progress and measurements and the audit trail, showing
 * no more of a record than reading the record itself shows.
 *
 * @param at     when it was recorded
 * @param by     who recorded it (a user, a plugin as {@code plugin:<id>}, or the core)
 * @param kind   what changed: {@code plan}, {@code action}, {@code progress-update} or
 *               {@code kpi-measurement}
 * @param what   how: {@code create}, {@code update} (see {@code fields}), {@code transition}
 *               (see {@code from} and {@code to}) or {@code delete}
 * @param record the id of the record that changed
 * @param action the action the change concerns, null for a change of the plan itself
 * @param title  the title of the plan or action
 * @param from   the state left, for a transition
 * @param to     the state entered, for a transition
 * @param fields the fields an update changed
 * @param detail what a progress update or measurement says, e.g. {@code 40%, first vouchers
 *               granted (2026-11-30)}; the reason of a transition
 * @since model 1.1
 */
public record Change(Instant at, String by, String kind, String what, long record, Long action, String title, String from, String to,
        List<String> fields, String detail) {

    public Change {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
