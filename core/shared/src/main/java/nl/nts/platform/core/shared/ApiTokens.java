package nl.nts.platform.core.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;

/**
 * Personal API tokens for scripts and integrations. A token acts as the user who created it,
 * with at most the roles that user held then. Only a hash of the secret is stored; creating
 * and revoking a token are entries of the audit trail.
 */
public interface ApiTokens {

    /** The prefix every secret starts with, so that a leaked one is easy to recognise. */
    String PREFIX = "nts_";

    /** Tokens one user may hold that are neither revoked nor expired. */
    int MAX_ACTIVE_PER_USER = 50;

    /**
     * @param user      the owner
     * @param roles     the roles the owner holds now; the token carries them
     * @param name      a name, 1 to 100 characters, unique among the owner's active tokens
     * @param expiresAt when it stops working, in the future; null for never
     * @throws ValidationException when the name or expiry breaks a rule (fields {@code name},
     *                             {@code expiresAt})
     * @throws ConflictException   when the owner holds an active token of that name, or
     *                             {@value #MAX_ACTIVE_PER_USER} active tokens already
     */
    IssuedToken create(String user, Set<String> roles, String name, Instant expiresAt);

    /** @return the user's tokens (all users' when null), newest first, revoked and expired ones included */
    List<ApiToken> list(String user);

    /** @throws NotFoundException when no token has that id */
    ApiToken get(long id);

    /**
     * Revokes a token; it stops working at once. Revoking a revoked token changes nothing.
     *
     * @throws NotFoundException when no token has that id
     */
    ApiToken revoke(long id, String by);

    /**
     * @param secret what a client sent as its bearer token
     * @return who it acts for, when it is a token that is neither revoked nor expired and whose
     *         owner still exists
     */
    Optional<Bearer> authenticate(String secret);

    /**
     * Who a valid token acts for.
     *
     * @param tokenId the token's id
     * @param user    its owner
     * @param roles   the roles it carries now
     */
    record Bearer(long tokenId, String user, Set<String> roles) {

        public Bearer {
            roles = Set.copyOf(roles);
        }
    }
}
