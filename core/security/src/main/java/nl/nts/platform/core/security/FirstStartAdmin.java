package nl.nts.platform.core.security;

import nl.nts.platform.api.Roles;
import java.security.SecureRandom;
import java.util.logging.Logger;

import org.apache.karaf.jaas.modules.BackingEngine;

/**
 * No default password: when the realm {@code karaf} has no {@code admin} account, the first
 * start creates it with the role {@code kia-operator} and the password from the environment
 * variable {@code NTS_ADMIN_PASSWORD}, or a generated one printed once to the console (never to
 * the log). {@link RealmAccounts} calls it with the backing engine of the realm's login module
 * (the properties file by default); with a login module that has none (LDAP), the directory
 * holds the accounts.
 */
final class FirstStartAdmin {

    static final String ADMIN = "admin";
    static final String ENVIRONMENT = "NTS_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstStartAdmin.class.getName());

    private FirstStartAdmin() {
    }

    /** The first start's password for admin: NTS_ADMIN_PASSWORD's, or a generated one (said by {@link #announce}). */
    static String password() {
        String given = System.getenv(ENVIRONMENT);
        return given == null || given.isBlank() ? null : given;
    }

    /** Adds admin with its roles. */
    static void create(BackingEngine engine, String password) {
        engine.addUser(ADMIN, password);
        engine.addRole(ADMIN, Roles.OPERATOR);
        // Karaf lets only this role open an SSH shell (sshRole in etc/org.apache.karaf.shell.cfg)
        engine.addRole(ADMIN, "ssh");
    }

    /** Whether admin is there with the operator's role. */
    static boolean complete(BackingEngine engine) {
        return engine.lookupUser(ADMIN) != null && engine.listRoles(engine.lookupUser(ADMIN)).stream().anyMatch(r -> Roles.OPERATOR.equals(r.getName()));
    }

    /** Says once that admin was made, and a generated password on the console (never in the log). */
    static void announce(boolean generated, String password) {
        LOG.info(() -> "First start: created the account '" + ADMIN + "' (kia-operator, ssh) with the password "
                + (generated ? "printed on the console" : "from " + ENVIRONMENT));
        if (generated) {
            System.out.println("nts-platform: first start: the account 'admin' (kia-operator, ssh) has the password " + password
                    + "  (shown once; set " + ENVIRONMENT + " to choose it)");
        }
    }

    static String generate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
