package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import javax.security.auth.login.AppConfigurationEntry;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.ApiToken;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.IssuedToken;
import nl.nts.platform.core.store.ApiTokenEntity;

/**
 * The token rules, decided by the service for the caller it is given, whatever a surface
 * passes: who creates, lists and revokes which token, the roles a token may carry, its name
 * and expiry. The store is an in-memory stand-in for the persistence unit.
 */
class JpaApiTokensTest {

    private final Store store = new Store();
    private final Scope scope = new Scope();
    /** What the realm lists for each user, as Karaf lists them ('name = pw, role' gives ' role'). */
    private final Map<String, List<String>> realm = new HashMap<>(Map.of(
            "bom-member", List.of(" rom-member:BOM", " ssh"),
            "kia", List.of("kia-operator"),
            "liof-member", List.of("rom-member:LIOF")));
    private final JpaApiTokens tokens = new JpaApiTokens(store.template(), accounts(), scope);

    private static final Caller BOM = Caller.user("bom-member", Set.of(" rom-member:BOM", "ssh"));
    private static final Caller LIOF = Caller.user("liof-member", Set.of("rom-member:LIOF"));
    private static final Caller OPERATOR = Caller.user("kia", Set.of("kia-operator"));

    @Test
    void aTokenCarriesTheCallersRolesTrimmedAndActsAsTheCaller() {
        IssuedToken issued = scope.as(BOM, () -> tokens.create("crm-sync", null, null));
        assertEquals("bom-member", issued.token().user());
        assertEquals(List.of("rom-member:BOM", "ssh"), issued.token().roles());
        assertTrue(issued.secret().startsWith("nts_"));
        assertEquals(Set.of("rom-member:BOM", "ssh"), tokens.authenticate(issued.secret()).orElseThrow().roles());
    }

    @Test
    void aTokenCarriesASubsetOfTheCallersRolesAndNeverMore() {
        assertEquals(List.of("rom-member:BOM"), scope.as(BOM, () -> tokens.create("narrow", Set.of(" rom-member:BOM "), null)).token().roles());
        for (String foreign : List.of("kia-operator", "rom-admin:BOM", "rom-member:LIOF", "rom-member:bom", "", "   ", "rom-member:BOM x")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> scope.as(BOM, () -> tokens.create("wide " + foreign.hashCode(), Set.of(foreign), null)), foreign);
            assertEquals("roles[0]", e.violations().get(0).field(), foreign);
        }
    }

    @Test
    void rolesTheRealmNoLongerGivesAreNotCarriedWhateverTheCallerClaims() {
        // the caller's login still says rom-admin:BOM, the realm no longer does
        Caller stale = Caller.user("bom-member", Set.of("rom-member:BOM", "rom-admin:BOM"));
        assertEquals(List.of("rom-member:BOM"), scope.as(stale, () -> tokens.create("stale", null, null)).token().roles());
        assertThrows(ValidationException.class, () -> scope.as(stale, () -> tokens.create("stale-admin", Set.of("rom-admin:BOM"), null)));
        realm.remove("bom-member");
        assertThrows(SecurityException.class, () -> scope.as(BOM, () -> tokens.create("gone", null, null)));
    }

    @Test
    void onlyAUserLoggedInWithAPasswordCreatesTokens() {
        for (Caller caller : List.of(BOM.withToken(7), Caller.plugin("report-csv", null), Caller.plugin("rom-bom", "BOM"),
                Caller.system("sample-data"), Caller.anonymous())) {
            assertThrows(SecurityException.class, () -> scope.as(caller, () -> tokens.create("child", null, null)), caller.toString());
        }
        assertThrows(SecurityException.class, () -> tokens.create("nobody", null, null));
        assertEquals(0, store.tokens.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "line\nbreak", "cr\rlf", "tab\there", "nul\u0000", "nel\u0085", "bidi\u202Eevil", "sep\u2028x",
            "zero\u200Bwidth", "bom\uFEFF", "lone\uD800"})
    void aNameIsVisibleTextOfOneToAHundredCharacters(String name) {
        ValidationException e = assertThrows(ValidationException.class, () -> scope.as(BOM, () -> tokens.create(name, null, null)));
        assertEquals("name", e.violations().get(0).field());
    }

    @Test
    void aNameIsStrippedUniqueAmongActiveTokensAndAtMostAHundredCharacters() {
        assertEquals("x".repeat(100), scope.as(BOM, () -> tokens.create(" " + "x".repeat(100) + " ", null, null)).token().name());
        assertThrows(ValidationException.class, () -> scope.as(BOM, () -> tokens.create("x".repeat(101), null, null)));
        scope.as(BOM, () -> tokens.create("crm-sync", null, null));
        assertThrows(ConflictException.class, () -> scope.as(BOM, () -> tokens.create(" crm-sync\u2003", null, null)));
        // another user's token of that name is no conflict
        scope.as(LIOF, () -> tokens.create("crm-sync", null, null));
    }

    @Test
    void anExpiryIsInTheFutureAndWithinTheYearsThePlatformPlans() {
        Instant now = Instant.now();
        for (Instant bad : List.of(now.minusSeconds(1), now.minus(3650, ChronoUnit.DAYS), Instant.parse("2201-01-01T00:00:00Z"),
                Instant.parse("+1000000000-01-01T00:00:00Z"), Instant.MAX)) {
            ValidationException e = assertThrows(ValidationException.class, () -> scope.as(BOM, () -> tokens.create("exp " + bad, null, bad)));
            assertEquals("expiresAt", e.violations().get(0).field(), bad.toString());
        }
        Instant fine = Instant.parse("2200-12-31T23:59:59Z");
        assertEquals(fine, scope.as(BOM, () -> tokens.create("long", null, fine)).token().expiresAt());
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> scope.as(BOM, () -> tokens.create("", Set.of("kia-operator"), Instant.EPOCH)));
        assertEquals(List.of("name", "roles[0]", "expiresAt"), e.violations().stream().map(v -> v.field()).toList());
    }

    @Test
    void usersSeeAndRevokeTheirOwnTokensAndTheOperatorAnyones() {
        ApiToken bom = scope.as(BOM, () -> tokens.create("bom", null, null)).token();
        ApiToken liof = scope.as(LIOF, () -> tokens.create("liof", null, null)).token();

        assertEquals(List.of(bom.id()), scope.as(BOM, () -> tokens.list(null)).stream().map(ApiToken::id).toList());
        assertEquals(List.of(bom.id()), scope.as(BOM, () -> tokens.list(" bom-member ")).stream().map(ApiToken::id).toList());
        for (String other : List.of("liof-member", "*", "kia")) {
            assertThrows(SecurityException.class, () -> scope.as(BOM, () -> tokens.list(other)), other);
        }
        assertThrows(SecurityException.class, () -> scope.as(BOM, () -> tokens.get(liof.id())));
        assertThrows(SecurityException.class, () -> scope.as(BOM, () -> tokens.revoke(liof.id())));
        assertThrows(SecurityException.class, () -> scope.as(Caller.plugin("rom-bom", "BOM"), () -> tokens.revoke(bom.id())));
        assertThrows(SecurityException.class, () -> scope.as(Caller.anonymous(), () -> tokens.list(null)));
        assertEquals("active", store.token(liof.id()).toRecord(Instant.now()).status());

        assertEquals(2, scope.as(OPERATOR, () -> tokens.list("*")).size());
        assertEquals(List.of(liof.id()), scope.as(OPERATOR, () -> tokens.list("liof-member")).stream().map(ApiToken::id).toList());
        ApiToken revoked = scope.as(OPERATOR, () -> tokens.revoke(liof.id()));
        assertEquals("revoked", revoked.status());
        assertEquals("kia", revoked.revokedBy());

        // the revoker is the caller, never an argument; a token may revoke its own user's tokens
        ApiToken own = scope.as(BOM.withToken(bom.id()), () -> tokens.revoke(bom.id()));
        assertEquals("bom-member", own.revokedBy());
        assertTrue(tokens.authenticate("nts_unknown").isEmpty());
        assertEquals(List.of("token-create", "token-create", "token-revoke", "token-revoke"), store.audit);
    }

    @Test
    void aUserHoldsAtMostFiftyActiveTokens() {
        for (int i = 0; i < 50; i++) {
            int n = i;
            scope.as(BOM, () -> tokens.create("t" + n, null, null));
        }
        assertThrows(ConflictException.class, () -> scope.as(BOM, () -> tokens.create("one too many", null, null)));
    }

    private RealmAccounts accounts() {
        RealmAccounts accounts = new RealmAccounts();
        String module = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
        accounts.addFactory(new BackingEngineFactory() {
            @Override
            public String getModuleClass() {
                return module;
            }

            @Override
            public BackingEngine build(Map<String, ?> options) {
                return proxy(BackingEngine.class, (method, args) -> switch (method) {
                    case "lookupUser" -> realm.containsKey((String) args[0]) ? new UserPrincipal((String) args[0]) : null;
                    case "listRoles" -> realm.getOrDefault(((Principal) args[0]).getName(), List.of()).stream().map(RolePrincipal::new).toList();
                    default -> method.startsWith("list") ? List.of() : null;
                });
            }
        });
        accounts.addRealm(realm(module, Map.of()));
        return accounts;
    }

    /** The realm {@code karaf} with one login module of these options. */
    static JaasRealm realm(String module, Map<String, ?> options) {
        return new JaasRealm() {
            @Override
            public String getName() {
                return "karaf";
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(module, AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
            }
        };
    }

    interface Handler {
        Object call(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(JpaApiTokensTest.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> type.getSimpleName();
                };
            }
            return handler.call(method.getName(), args == null ? new Object[0] : args);
        });
    }

    /** The caller bound on this thread, as the REST API or the shell bind it. */
    static final class Scope implements CallerScope {
        private final ThreadLocal<Caller> bound = new ThreadLocal<>();

        @Override
        public <T> T call(Caller caller, Supplier<T> work) {
            Caller before = bound.get();
            bound.set(caller);
            try {
                return work.get();
            } finally {
                bound.set(before);
            }
        }

        <T> T as(Caller caller, Supplier<T> work) {
            return call(caller, work);
        }

        @Override
        public Optional<Caller> current() {
            return Optional.ofNullable(bound.get());
        }
    }

    /** Tokens and audit actions in memory, behind the few EntityManager calls the service makes. */
    static final class Store {
        final List<ApiTokenEntity> tokens = new ArrayList<>();
        final List<String> audit = new ArrayList<>();
        int marks;
        private long next = 1;

        ApiTokenEntity token(long id) {
            return tokens.stream().filter(t -> t.id() == id).findFirst().orElse(null);
        }

        JpaTemplate template() {
            EntityManager em = proxy(EntityManager.class, (method, args) -> switch (method) {
                case "persist" -> persist(args[0]);
                case "flush" -> null;
                case "find" -> token((Long) args[1]);
                case "createQuery" -> query((String) args[0]);
                default -> throw new UnsupportedOperationException(method);
            });
            return proxy(JpaTemplate.class, (method, args) -> {
                Object code = args[args.length - 1];
                if (code instanceof EmFunction<?> f) {
                    return f.apply(em);
                }
                ((EmConsumer) code).accept(em);
                return null;
            });
        }

        private Object persist(Object entity) throws Exception {
            if (entity instanceof ApiTokenEntity token) {
                Field id = ApiTokenEntity.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(token, next++);
                tokens.add(token);
            } else {
                Field action = entity.getClass().getDeclaredField("action");
                action.setAccessible(true);
                audit.add((String) action.get(entity));
            }
            return null;
        }

        private TypedQuery<?> query(String jpql) {
            return query(jpql, new HashMap<>());
        }

        private TypedQuery<?> query(String jpql, Map<String, Object> parameters) {
            return proxy(TypedQuery.class, (method, args) -> switch (method) {
                case "setParameter" -> {
                    parameters.put((String) args[0], args[1]);
                    yield query(jpql, parameters);
                }
                case "getResultList" -> results(jpql, parameters);
                // the change mark every audited write sets (ChangeMarks): counted, the row is there
                case "executeUpdate" -> {
                    marks++;
                    yield 1;
                }
                default -> throw new UnsupportedOperationException(method);
            });
        }

        private List<ApiTokenEntity> results(String jpql, Map<String, Object> parameters) throws Exception {
            Stream<ApiTokenEntity> found = tokens.stream();
            if (parameters.containsKey("user")) {
                found = found.filter(t -> t.user().equals(parameters.get("user")));
            }
            if (parameters.containsKey("hash")) {
                Field hash = ApiTokenEntity.class.getDeclaredField("secretHash");
                hash.setAccessible(true);
                found = found.filter(t -> {
                    try {
                        return hash.get(t).equals(parameters.get("hash"));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            if (jpql.contains("order by t.id desc")) {
                found = found.sorted(Comparator.comparing(ApiTokenEntity::id).reversed());
            }
            return found.toList();
        }
    }
}
