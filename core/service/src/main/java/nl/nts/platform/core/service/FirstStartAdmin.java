package nl.nts.platform.core.service;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * No default password: when the realm {@code karaf} has no {@code admin} account, the first
 * start creates it with the role {@code kia-operator} and the password from the environment
 * variable {@code NTS_ADMIN_PASSWORD}, or a generated one printed once to the console (never to
 * the log). It works through the backing engine of the realm's login module (the properties
 * file by default); with a login module that has none (LDAP), the directory holds the accounts.
 */
@Component(immediate = true)
public class FirstStartAdmin {

    static final String ADMIN = "admin";
    static final String ENVIRONMENT = "NTS_ADMIN_PASSWORD";
    private static final String PROXIED_MODULE = "org.apache.karaf.jaas.module";
    private static final Logger LOG = Logger.getLogger(FirstStartAdmin.class.getName());

    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();
    private volatile JaasRealm realm;
    private boolean done;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeFactory")
    void addFactory(BackingEngineFactory factory) {
        factories.add(factory);
        check();
    }

    void removeFactory(BackingEngineFactory factory) {
        factories.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeRealm")
    void addRealm(JaasRealm candidate) {
        if ("karaf".equals(candidate.getName())) {
            realm = candidate;
            check();
        }
    }

    void removeRealm(JaasRealm candidate) {
        if (realm == candidate) {
            realm = null;
        }
    }

    /** Once both the realm and its login module's backing engine are there, makes sure of the account. */
    private synchronized void check() {
        JaasRealm karaf = realm;
        if (done || karaf == null) {
            return;
        }
        for (AppConfigurationEntry entry : karaf.getEntries()) {
            // Karaf wraps each login module in a proxy that names the real one in its options
            Object wrapped = entry.getOptions().get(PROXIED_MODULE);
            String module = wrapped != null ? String.valueOf(wrapped) : entry.getLoginModuleName();
            for (BackingEngineFactory factory : factories) {
                if (factory.getModuleClass().equals(module)) {
                    try {
                        ensureAdmin(factory.build(entry.getOptions()));
                        done = true;
                        return;
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Cannot check the admin account in " + module, e);
                    }
                }
            }
        }
    }

    private static void ensureAdmin(BackingEngine engine) {
        if (engine.lookupUser(ADMIN) != null) {
            return;
        }
        String given = System.getenv(ENVIRONMENT);
        boolean generated = given == null || given.isBlank();
        String password = generated ? generate() : given;
        engine.addUser(ADMIN, password);
        engine.addRole(ADMIN, "kia-operator");
        LOG.info(() -> "First start: created the account '" + ADMIN + "' (kia-operator) with the password "
                + (generated ? "printed on the console" : "from " + ENVIRONMENT));
        if (generated) {
            System.out.println("nts-platform: first start: the account 'admin' (kia-operator) has the password " + password
                    + "  (shown once; set " + ENVIRONMENT + " to choose it)");
        }
    }

    private static String generate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
