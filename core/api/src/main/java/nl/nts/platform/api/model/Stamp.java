package nl.nts.platform.api.model;

import java.time.Instant;

/**
 * When and by whom a record was created and last changed. Set by the core on every write;
 * ignored on input.
 *
 * @param createdAt when the record was created
 * @param createdBy who created it: a user name, or a plugin or job id
 * @param updatedAt when it was last changed (equals {@code createdAt} until the first change)
 * @param updatedBy who changed it last
 */
public record Stamp(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
