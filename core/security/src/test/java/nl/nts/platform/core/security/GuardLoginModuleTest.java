package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AccountLockedException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.config.JaasRealm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The guard's first module as JAAS drives it (login, then abort when the realm refused): a
 * failure counts toward the lock only when the realm could check the password. While the
 * platform starts (no realm yet, or its password hashing not registered), logins are refused
 * as "starting" and lock nobody: polling a starting platform must not lock an account.
 */
class GuardLoginModuleTest {

    /** The encryption services the fake framework has, by their name property. */
    private final List<String> encryptions = new CopyOnWriteArrayList<>();
    private final RealmAccounts accounts = new RealmAccounts();
    private RealmLoginGuard guard;

    @BeforeEach
    void start() {
        guard = new RealmLoginGuard(context(), accounts, config(3));
    }

    @AfterEach
    void stop() {
        guard.stop();
    }

    @Test
    void aStartingRealmRefusesWithoutCountingAndLocksNobody() {
        assertFalse(guard.ready(), "no realm yet");
        for (int i = 0; i < 10; i++) {
            LoginException refused = assertThrows(LoginException.class, () -> failedLogin("itest"));
            assertTrue(refused.getMessage().contains("starting"), refused.getMessage());
        }
        assertTrue(guard.lockedFor("itest").isZero(), "ten refusals while starting lock nobody");

        // a realm that hashes passwords, before its encryption service is there
        accounts.addRealm(realm(Map.of("encryption.enabled", "true", "encryption.name", "spring-security-crypto")));
        assertFalse(guard.ready(), "the realm's encryption service is not registered yet");
        encryptions.add("basic");
        assertFalse(guard.ready(), "another encryption service is not the one the realm names");
        for (int i = 0; i < 10; i++) {
            assertThrows(LoginException.class, () -> failedLogin("itest"));
        }
        assertTrue(guard.lockedFor("itest").isZero());

        encryptions.add("spring-security-crypto");
        assertTrue(guard.ready(), "the realm can check passwords now");
    }

    @Test
    void onceReadyEveryFailedPasswordCountsAndTheAccountLocks() throws Exception {
        accounts.addRealm(realm(Map.of()));
        assertTrue(guard.ready(), "a realm that stores no hashes needs no encryption service");
        for (int i = 0; i < 3; i++) {
            failedLogin("itest");
        }
        assertFalse(guard.lockedFor("itest").isZero(), "three wrong passwords lock the account (loginMaxFailures 3)");
        assertThrows(AccountLockedException.class, () -> failedLogin("itest"));
        assertTrue(guard.lockedFor("other").isZero(), "only that account");
    }

    /** One login the rest of the realm refuses: the guard's login, then the abort JAAS calls. */
    private static void failedLogin(String user) throws LoginException {
        GuardLoginModule module = new GuardLoginModule();
        module.initialize(new Subject(), callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user);
                } else if (callback instanceof PasswordCallback password) {
                    password.setPassword("wrong".toCharArray());
                }
            }
        }, new HashMap<>(), Map.of());
        try {
            assertFalse(module.login(), "the guard never succeeds itself");
        } finally {
            module.abort();
        }
    }

    private static JaasRealm realm(Map<String, ?> options) {
        AppConfigurationEntry entry = new AppConfigurationEntry("org.apache.karaf.jaas.modules.properties.PropertiesLoginModule",
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options);
        return new JaasRealm() {
            @Override
            public String getName() {
                return RealmAccounts.REALM;
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {entry};
            }
        };
    }

    /** Just enough of a framework: the guard registers its realm and looks up encryption services. */
    private BundleContext context() {
        Bundle bundle = fake(Bundle.class, (method, args) -> "getBundleId".equals(method) ? 7L : null);
        ServiceRegistration<?> registration = fake(ServiceRegistration.class, (method, args) -> null);
        return fake(BundleContext.class, (method, args) -> switch (method) {
            case "getBundle" -> bundle;
            case "registerService" -> registration;
            case "getServiceReferences" -> {
                if (!RealmLoginGuard.ENCRYPTION_SERVICE.equals(args[0])) {
                    yield null;
                }
                String filter = (String) args[1];
                List<String> matching = encryptions.stream().filter(name -> filter == null || filter.equals("(name=" + name + ")")).toList();
                yield matching.isEmpty() ? null : new ServiceReference<?>[matching.size()];
            }
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> "equals".equals(method.getName()) ? proxy == args[0]
                        : "hashCode".equals(method.getName()) ? System.identityHashCode(proxy)
                        : answer.answer(method.getName(), args));
    }

    private static RealmLoginGuard.Config config(int failures) {
        return new RealmLoginGuard.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RealmLoginGuard.Config.class;
            }

            @Override
            public int loginMaxFailures() {
                return failures;
            }

            @Override
            public int loginLockSeconds() {
                return 30;
            }

            @Override
            public int loginMaxLockSeconds() {
                return 900;
            }
        };
    }

    @Test
    void theFilterQuotesAnEncryptionNameOfLdapSyntax() {
        accounts.addRealm(realm(Map.of("encryption.enabled", "true", "encryption.name", "a(b)*")));
        encryptions.add("a\\(b\\)\\*");
        assertTrue(guard.ready(), "the name's parentheses and star are escaped in the filter");
    }
}
