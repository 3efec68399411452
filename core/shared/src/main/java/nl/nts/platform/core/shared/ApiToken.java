package nl.nts.platform.core.shared;

import java.time.Instant;
import java.util.List;

/**
 * A personal API token as it is listed: never its secret, which exists only in the answer that
 * created it (the store keeps a SHA-256 hash).
 *
 * @param id        the token's id
 * @param name      what its owner called it, e.g. {@code crm-sync}
 * @param user      whose it is; it acts as this user
 * @param hint      the first characters of the secret, to recognise it, e.g. {@code nts_Ab12}
 * @param roles     the roles it carries: its owner's when it was created, narrowed at each use
 *                  to those the owner still holds where the realm can tell
 * @param createdAt when it was created
 * @param expiresAt when it stops working; null when it does not expire
 * @param lastUsed  when it last authenticated a request (to the minute); null when never
 * @param revokedAt when it was revoked; null when it was not
 * @param revokedBy who revoked it
 * @param status    {@code active}, {@code expired} or {@code revoked}
 */
public record ApiToken(long id, String name, String user, String hint, List<String> roles, Instant createdAt, Instant expiresAt,
        Instant lastUsed, Instant revokedAt, String revokedBy, String status) {

    public ApiToken {
        roles = List.copyOf(roles);
    }
}
