package nl.nts.platform.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.core.shared.ApiToken;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.ApiTokens;
import nl.nts.platform.core.shared.IssuedToken;
import nl.nts.platform.core.store.ApiTokenEntity;
import nl.nts.platform.core.store.Audit;

/**
 * API tokens in the database. A secret is {@code nts_} and 32 random bytes (base64url); the
 * store keeps its SHA-256 hash, which is enough for a random secret of that length (a slow
 * password hash protects guessable passwords, not 256-bit keys). At each use the token's roles
 * are narrowed to those its owner still holds in the realm, when the realm's login module can
 * list them (looked up at most every few seconds per user, and at once after the platform changed an
 * account); a removed owner's tokens stop.
 */
@Component(service = ApiTokens.class)
public class JpaApiTokens implements ApiTokens {

    private static final Logger LOG = Logger.getLogger(JpaApiTokens.class.getName());
    private static final Duration ROLES_FRESH = Duration.ofSeconds(5);
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);
    private static final String KIND = "token";

    private final JpaTemplate jpa;
    private final RealmAccounts accounts;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, CurrentRoles> realmRoles = new ConcurrentHashMap<>();

    /** The roles the realm gave a user at a moment; null roles: the user does not exist (any more). */
    private record CurrentRoles(Instant at, long generation, Set<String> roles) {
    }

    private final CallerScope scope;

    @Activate
    public JpaApiTokens(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference RealmAccounts accounts,
            @Reference CallerScope scope) {
        this.jpa = jpa;
        this.accounts = accounts;
        this.scope = scope;
    }

    @Override
    public IssuedToken create(String name, Set<String> roles, Instant expiresAt) {
        Caller caller = caller();
        if (caller.kind() != Caller.Kind.USER) {
            throw refused(caller + " may not create API tokens: a token acts for a user, who creates it logged in with a password");
        }
        if (caller.token() != null) {
            throw refused("a token cannot create tokens: log in with your password to create one");
        }
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>();
        String label = name(name, violations);
        Set<String> carried = carried(caller, roles, now, violations);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            violations.add(new Violation("expiresAt", "is not in the future: " + expiresAt));
        }
        Codes.checkYear("expiresAt", expiresAt, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String user = caller.name();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ApiTokenEntity> held = em.createQuery("select t from ApiTokenEntity t where t.user = :user", ApiTokenEntity.class)
                    .setParameter("user", user).getResultList().stream().filter(t -> t.activeAt(now)).toList();
            if (held.stream().anyMatch(t -> t.name().equals(label))) {
                throw new ConflictException("name", "you hold an active token named '" + label + "'; revoke it or choose another name");
            }
            if (held.size() >= MAX_ACTIVE_PER_USER) {
                throw new ConflictException("name", "you hold " + held.size() + " active tokens, the most allowed; revoke one first");
            }
            ApiTokenEntity token = new ApiTokenEntity(label, user, secret.substring(0, PREFIX.length() + 4), hash(secret),
                    List.copyOf(carried), now, expiresAt);
            em.persist(token);
            em.flush();
            ApiToken created = token.toRecord(now);
            Audit.record(em, now, user, "token-create", KIND, String.valueOf(token.id()), List.of(), null, created);
            return new IssuedToken(created, secret);
        });
    }

    /** The name as stored: stripped, 1 to NAME_MAX characters, nothing invisible (it is logged and listed). */
    private static String name(String name, List<Violation> violations) {
        String label = name == null ? "" : name.strip();
        int invisible = Codes.firstInvisible(label);
        if (label.isEmpty()) {
            violations.add(new Violation("name", "is required: say what the token is for, e.g. crm-sync"));
        } else if (label.length() > NAME_MAX) {
            violations.add(new Violation("name", "is " + label.length() + " characters long; at most " + NAME_MAX + " are allowed"));
        } else if (invisible >= 0) {
            violations.add(new Violation("name", "holds the control character " + Codes.codePoint(label, invisible)
                    + " at position " + (invisible + 1) + "; use visible characters"));
        }
        return label;
    }

    /**
     * The roles a new token carries: those the caller holds (as the realm lists them now, where it
     * can tell), or the subset asked for. Role names are compared trimmed: the realm lists
     * {@code name = pw, role} as {@code " role"}.
     */
    private SortedSet<String> carried(Caller caller, Set<String> asked, Instant now, List<Violation> violations) {
        Set<String> held = new TreeSet<>(caller.roles());
        // asked afresh: a creation is rare, and must not carry a role the realm took away a moment ago
        CurrentRoles current = currentRoles(caller.name(), now, true);
        if (current != null) {
            if (current.roles() == null) {
                throw refused(caller + " may not create API tokens: the realm no longer knows this user");
            }
            held.retainAll(current.roles());
        }
        if (asked == null) {
            return new TreeSet<>(held);
        }
        SortedSet<String> carried = new TreeSet<>();
        int i = 0;
        for (String role : new java.util.ArrayList<>(asked)) {
            String field = "roles[" + i++ + "]";
            String trimmed = role == null ? "" : role.strip();
            if (trimmed.isEmpty()) {
                violations.add(new Violation(field, "is blank: name a role you hold"));
            } else if (!held.contains(trimmed)) {
                violations.add(new Violation(field, "'" + Codes.abbreviate(trimmed).replaceAll("\\p{C}", "?")
                        + "' is not one of your roles; a token carries at most the roles of its user"));
            } else {
                carried.add(trimmed);
            }
        }
        return carried;
    }

    @Override
    public List<ApiToken> list(String user) {
        Caller caller = caller();
        String wanted = user == null || user.isBlank() ? null : user.strip();
        if (wanted == null || (caller.kind() == Caller.Kind.USER && wanted.equals(caller.name()))) {
            if (caller.kind() != Caller.Kind.USER) {
                throw refused(caller + " holds no tokens: only users do");
            }
            wanted = caller.name();
        } else {
            caller.requireRole("list the tokens of " + ("*".equals(wanted) ? "every user" : "other users"));
        }
        String owner = "*".equals(wanted) ? null : wanted;
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> (owner == null
                ? em.createQuery("select t from ApiTokenEntity t order by t.id desc", ApiTokenEntity.class)
                : em.createQuery("select t from ApiTokenEntity t where t.user = :user order by t.id desc", ApiTokenEntity.class)
                        .setParameter("user", owner))
                .getResultList().stream().map(t -> t.toRecord(now)).toList());
    }

    @Override
    public ApiToken get(long id) {
        Caller caller = caller();
        ApiToken token = jpa.txExpr(TransactionType.Supports, em -> find(em, id).toRecord(clock.instant()));
        requireOwn(caller, token, "see");
        return token;
    }

    @Override
    public ApiToken revoke(long id) {
        Caller caller = caller();
        Instant now = clock.instant();
        String by = caller.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ApiTokenEntity token = find(em, id);
            ApiToken before = token.toRecord(now);
            requireOwn(caller, before, "revoke");
            if (before.revokedAt() != null) {
                return before;
            }
            token.revoke(now, by);
            ApiToken after = token.toRecord(now);
            Audit.record(em, now, by, "token-revoke", KIND, String.valueOf(id), List.of(), before, after);
            LOG.info(() -> "API token " + id + " ('" + before.name() + "' of " + before.user() + ") revoked by " + by);
            return after;
        });
    }

    private static void requireOwn(Caller caller, ApiToken token, String verb) {
        if (caller.kind() != Caller.Kind.USER || !token.user().equals(caller.name())) {
            caller.requireRole(verb + " token " + token.id() + " of another user");
        }
    }

    /** Who calls, as the surface bound it; a call without one is refused. */
    private Caller caller() {
        return scope.current().orElseThrow(() -> refused("no caller is known for this call of the API tokens; the core refuses it"));
    }

    private static SecurityException refused(String message) {
        LOG.info(() -> "Refused: " + message);
        return new SecurityException(message);
    }

    @Override
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Instant now = clock.instant();
        // the hot path reads only; the realm is asked outside any transaction
        ApiTokenEntity token = jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select t from ApiTokenEntity t where t.secretHash = :hash", ApiTokenEntity.class)
                .setParameter("hash", hash).getResultList().stream().findFirst().orElse(null));
        if (token == null || !token.activeAt(now)) {
            return Optional.empty();
        }
        // the realm lists roles as written ('name = pw, role' gives ' role'): compare them trimmed
        Set<String> roles = token.roles().stream().map(String::strip).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        CurrentRoles current = currentRoles(token.user(), now, false);
        if (current != null) {
            if (current.roles() == null) {
                return Optional.empty();
            }
            roles.retainAll(current.roles());
        }
        if (token.lastUsed() == null || token.lastUsed().plus(LAST_USED_STEP).isBefore(now)) {
            jpa.tx(TransactionType.Required, em -> em.find(ApiTokenEntity.class, token.id()).used(now));
        }
        return Optional.of(new Bearer(token.id(), token.user(), roles));
    }


    /** The user's roles in the realm; null when the realm cannot tell. */
    private CurrentRoles currentRoles(String user, Instant now, boolean fresh) {
        CurrentRoles known = realmRoles.get(user);
        long accountsNow = accounts.generation();
        if (fresh || known == null || known.generation() != accountsNow || known.at().plus(ROLES_FRESH).isBefore(now)) {
            Optional<BackingEngine> engine = accounts.engine();
            if (engine.isEmpty()) {
                return null;
            }
            UserPrincipal principal = engine.get().lookupUser(user);
            Set<String> roles = principal == null ? null
                    : engine.get().listRoles(principal).stream().map(Principal::getName).map(String::strip)
                            .collect(java.util.stream.Collectors.toSet());
            known = new CurrentRoles(now, accountsNow, roles);
            realmRoles.put(user, known);
        }
        return known;
    }

    private static ApiTokenEntity find(javax.persistence.EntityManager em, long id) {
        ApiTokenEntity token = em.find(ApiTokenEntity.class, id);
        if (token == null) {
            throw new NotFoundException("token", String.valueOf(id));
        }
        return token;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
