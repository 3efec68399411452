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
 *
 * <p>Every rule is decided here, for every surface alike (REST, shell): who calls is the
 * caller the surface bound ({@link CallerScope}), never an argument. A user creates tokens for
 * themselves only, logged in with a password (a token cannot create tokens); a token carries
 * the caller's roles, or the subset asked for, never more, and never a role the realm no
 * longer gives the user. Users see and revoke their own tokens; {@code kia-operator} anyone's.
 */
public interface ApiTokens {

    /** The prefix every secret starts with, so that a leaked one is easy to recognise. */
    String PREFIX = "nts_";

    /** Tokens one user may hold that are neither revoked nor expired. */
    int MAX_ACTIVE_PER_USER = 50;

    /** The longest name of a token. */
    int NAME_MAX = 100;

    /**
     * Creates a token for the calling user.
     *
     * @param name      a name, 1 to {@value #NAME_MAX} characters (no control characters), unique
     *                  among the caller's active tokens
     * @param roles     the roles it carries, each one the caller holds; null for all of them
     * @param expiresAt when it stops working: in the future, at the latest in
     *                  {@value Codes#LAST_YEAR}; null for never
     * @throws ValidationException when the name, a role or the expiry breaks a rule (fields
     *                             {@code name}, {@code roles[i]}, {@code expiresAt})
     * @throws ConflictException   when the caller holds an active token of that name, or
     *                             {@value #MAX_ACTIVE_PER_USER} active tokens already
     * @throws SecurityException   when the caller is no user logged in with a password
     */
    IssuedToken create(String name, Set<String> roles, Instant expiresAt);

    /**
     * @param user null (or the caller's own name) for the caller's own tokens; another user's
     *             name, or {@code *} for every user's, only for {@code kia-operator}
     * @return the tokens, newest first, revoked and expired ones included
     * @throws SecurityException when the caller may not see them
     */
    List<ApiToken> list(String user);

    /**
     * @throws NotFoundException when no token has that id
     * @throws SecurityException when it is another user's and the caller no operator
     */
    ApiToken get(long id);

    /**
     * Revokes a token for the caller; it stops working at once. Revoking a revoked token
     * changes nothing.
     *
     * @throws NotFoundException when no token has that id
     * @throws SecurityException when it is another user's and the caller no operator
     */
    ApiToken revoke(long id);

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
