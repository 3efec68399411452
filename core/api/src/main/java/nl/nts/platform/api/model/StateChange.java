package nl.nts.platform.api.model;

import java.time.Instant;

/**
 * One recorded change of a record's workflow state.
 *
 * @param subject    e.g. {@code input}
 * @param id         the record's id
 * @param from       the state it left
 * @param to         the state it entered
 * @param transition the transition's code, or {@code move} when an operator moved it
 * @param workflow   the name of the workflow that applied
 * @param by         who did it
 * @param at         when
 * @param reason     the reason given, or null
 */
public record StateChange(String subject, long id, String from, String to, String transition, String workflow, String by, Instant at,
        String reason) {
}
