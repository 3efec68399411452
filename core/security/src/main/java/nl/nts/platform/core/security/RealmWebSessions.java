package nl.nts.platform.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.core.shared.SessionStore;
import nl.nts.platform.core.shared.SessionStore.StoredSession;
import nl.nts.platform.core.shared.WebSessions;

/**
 * Web sessions kept in the {@link SessionStore} with the highest ranking, by the SHA-256 hash of
 * their 256-bit secret. A session ends after {@code idleMinutes} without use and in any case
 * {@code maxHours} after the login; its roles are narrowed at use to those the realm still lists
 * for the user (checked at most once a minute per user, and at once after the platform changed an
 * account), and it ends when the realm no longer knows the user.
 */
@Component(service = WebSessions.class, configurationPid = "nl.nts.platform.websessions")
@Designate(ocd = RealmWebSessions.Config.class)
public class RealmWebSessions implements WebSessions {

    @ObjectClassDefinition(name = "nts-platform web sessions", description = "How long a login to the web application lasts")
    public @interface Config {
        @AttributeDefinition(description = "Minutes without use after which a session ends")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "Hours after the login after which a session ends, used or not")
        int maxHours() default 12;
    }

    /** What the realm says of a user now: {@code known} false when it cannot list roles; {@code roles} null when the user is gone. */
    record RealmRoles(boolean known, Set<String> roles) {
        static final RealmRoles UNKNOWN = new RealmRoles(false, null);
    }

    private static final Logger LOG = Logger.getLogger(RealmWebSessions.class.getName());
    // a shared store need not be written on every request: last use is kept to this step
    private static final Duration SEEN_STEP = Duration.ofSeconds(30);
    private static final Duration ROLES_FRESH = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStore store;
    private final Function<String, RealmRoles> realm;
    private final LongSupplier generation;
    private final Clock clock;
    private final Duration idle;
    private final Duration max;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private volatile Instant lastSweep = Instant.EPOCH;

    private record Checked(Instant at, long generation, RealmRoles roles) {
    }

    @Activate
    public RealmWebSessions(@Reference(policyOption = ReferencePolicyOption.GREEDY) SessionStore store, @Reference RealmAccounts accounts, Config config) {
        this(store, user -> lookup(accounts, user), accounts::generation, Clock.systemUTC(), Duration.ofMinutes(config.idleMinutes()),
                Duration.ofHours(config.maxHours()));
    }

    /**
     * @param generation moves when the platform changed an account ({@link RealmAccounts#generation}): what was
     *                   checked before is asked again at once
     */
    RealmWebSessions(SessionStore store, Function<String, RealmRoles> realm, LongSupplier generation, Clock clock, Duration idle, Duration max) {
        if (idle.isNegative() || idle.isZero() || max.isNegative() || max.isZero()) {
            throw new IllegalArgumentException("idleMinutes and maxHours must be positive");
        }
        this.store = store;
        this.realm = realm;
        this.generation = generation;
        this.clock = clock;
        this.idle = idle;
        this.max = max;
    }

    @Override
    public Started start(String user, Set<String> roles) {
        Instant now = clock.instant();
        sweep(now);
        String secret = random();
        StoredSession session = new StoredSession(user, roles.stream().map(String::strip).collect(Collectors.toSet()), random(), now, now);
        store.put(hash(secret), session);
        checked.remove(user);
        return new Started(secret, view(session, session.roles()));
    }

    @Override
    public Optional<WebSession> resume(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        String key = hash(secret);
        Optional<StoredSession> found = store.get(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredSession session = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(session.lastSeen().plus(idle)) || !now.isBefore(session.startedAt().plus(max))) {
            store.remove(key);
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>(session.roles());
        RealmRoles current = currentRoles(session.user(), now);
        if (current.known()) {
            if (current.roles() == null) {
                LOG.info(() -> "Ended a web session of " + session.user() + ": the realm no longer knows the user");
                store.remove(key);
                return Optional.empty();
            }
            roles.retainAll(current.roles());
        }
        // never put back: a logout that came since the read must win, so the use is recorded only on a session still stored
        if (session.lastSeen().plus(SEEN_STEP).isBefore(now) && store.update(key, s -> s.seen(now)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(session, roles));
    }

    @Override
    public void end(String secret) {
        if (secret != null && !secret.isBlank() && secret.length() <= 100) {
            store.remove(hash(secret));
        }
    }

    @Override
    public Duration idleTimeout() {
        return idle;
    }

    private WebSession view(StoredSession session, Set<String> roles) {
        return new WebSession(session.user(), roles, session.csrfToken(), session.startedAt(), session.startedAt().plus(max));
    }

    private RealmRoles currentRoles(String user, Instant now) {
        Checked known = checked.get(user);
        long accountsNow = generation.getAsLong();
        if (known == null || known.generation() != accountsNow || known.at().plus(ROLES_FRESH).isBefore(now)) {
            known = new Checked(now, accountsNow, realm.apply(user));
            checked.put(user, known);
        }
        return known.roles();
    }

    /** Stale sessions go at most once a minute, on a login: the store does not grow with abandoned sessions. */
    private void sweep(Instant now) {
        if (lastSweep.plus(Duration.ofMinutes(1)).isBefore(now)) {
            lastSweep = now;
            store.removeStale(now.minus(idle), now.minus(max));
            checked.values().removeIf(c -> c.at().plus(ROLES_FRESH).isBefore(now));
        }
    }

    private static RealmRoles lookup(RealmAccounts accounts, String user) {
        Optional<BackingEngine> engine = accounts.engine();
        if (engine.isEmpty()) {
            return RealmRoles.UNKNOWN;
        }
        UserPrincipal principal = engine.get().lookupUser(user);
        return new RealmRoles(true, principal == null ? null
                : engine.get().listRoles(principal).stream().map(Principal::getName).map(String::strip).collect(Collectors.toSet()));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
