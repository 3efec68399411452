package nl.nts.platform.core.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
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
 * The accounts of Karaf's JAAS realm {@code karaf} (the highest ranked one apart from the
 * guard's, {@link RealmLoginGuard}), through the backing engine of its login
 * module, when that module has one (the properties file, JDBC; LDAP has none). The first time
 * an engine is there, it makes sure the {@code admin} account exists ({@link FirstStartAdmin}).
 */
@Component(immediate = true, service = RealmAccounts.class)
public class RealmAccounts {

    // Karaf wraps each login module in a proxy that names the real one in its options
    private static final String PROXIED_MODULE = "org.apache.karaf.jaas.module";
    private static final Logger LOG = Logger.getLogger(RealmAccounts.class.getName());

    static final String REALM = "karaf";

    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();
    private boolean adminChecked;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeFactory")
    void addFactory(BackingEngineFactory factory) {
        factories.add(factory);
        checkAdmin();
    }

    void removeFactory(BackingEngineFactory factory) {
        factories.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeRealm")
    void addRealm(JaasRealm candidate) {
        // the guard's own realm wraps the one it guards
        if (REALM.equals(candidate.getName()) && !(candidate instanceof RealmLoginGuard.GuardedRealm)) {
            realms.add(candidate);
            checkAdmin();
        }
    }

    void removeRealm(JaasRealm candidate) {
        realms.remove(candidate);
    }

    /** @return the realm {@code karaf} whose login modules hold the accounts: the highest ranked one; null when there is none */
    public JaasRealm realm() {
        JaasRealm best = null;
        for (JaasRealm candidate : realms) {
            if (best == null || candidate.getRank() > best.getRank()) {
                best = candidate;
            }
        }
        return best;
    }

    /** @return the backing engine of the realm's first login module that has one; empty when none has (or no realm is there) */
    public Optional<BackingEngine> engine() {
        return accountsModule().map(EngineModule::engine);
    }

    /**
     * @return whether the realm's login module with a backing engine stores passwords hashed
     *         ({@code encryption.enabled} in its options, as {@code etc/org.apache.karaf.jaas.cfg}
     *         sets it); false when it stores them as written, or there is no such module
     */
    public boolean hashesPasswords() {
        return accountsModule().map(m -> Boolean.parseBoolean(String.valueOf(m.options().get("encryption.enabled")).strip())).orElse(false);
    }

    /**
     * @return a number that grows with every change of an account made through the platform
     *         ({@link #changed}): what a cache keeps of the realm's answers is stale once it moved
     */
    public long generation() {
        return generation.get();
    }

    /** Says that an account was added, removed or changed: caches of the realm's answers ask it again. */
    public void changed() {
        generation.incrementAndGet();
    }

    /**
     * Makes a change of accounts through the realm's backing engine. When the accounts are a file
     * (the properties module's {@code users} option), the change is made on a copy of the file and
     * the copy then moved over it in one atomic step: the engine rewrites the file in place with
     * every call (a user, then each role), and Karaf's watcher of the file, which hashes plain
     * passwords, could read it half written and save what it read, dropping roles (seen: one new
     * account in five lost its roles when a request followed at once). A file that cannot be
     * replaced atomically is changed in place, as before.
     *
     * @return false when the realm has no module with a backing engine
     */
    public boolean change(java.util.function.Consumer<BackingEngine> change) {
        Optional<EngineModule> found = accountsModule();
        if (found.isEmpty()) {
            return false;
        }
        EngineModule module = found.get();
        Object users = module.options().get(USERS_OPTION);
        java.nio.file.Path file = users == null ? null : java.nio.file.Path.of(String.valueOf(users)).toAbsolutePath();
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            change.accept(module.engine());
            return true;
        }
        java.nio.file.Path copy = file.resolveSibling("." + file.getFileName() + ".nts-change");
        try {
            java.nio.file.Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            Map<String, Object> options = new java.util.HashMap<>(module.options());
            options.put(USERS_OPTION, copy.toString());
            BackingEngine onCopy = module.factory().build(options);
            if (onCopy == null) {
                throw new IllegalStateException("cannot open the copy " + copy + " of the realm's accounts");
            }
            change.accept(onCopy);
            java.nio.file.Files.move(copy, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            LOG.warning(() -> "The realm's accounts " + file + " cannot be replaced atomically; changing them in place");
            change.accept(module.engine());
            return true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot change the realm's accounts in " + file, e);
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(copy);
            } catch (java.io.IOException e) {
                LOG.log(Level.WARNING, "Cannot remove " + copy, e);
            }
        }
    }

    /** The properties login module's option naming its file. */
    static final String USERS_OPTION = "users";

    private record EngineModule(BackingEngine engine, Map<String, ?> options, BackingEngineFactory factory) {
    }

    private Optional<EngineModule> accountsModule() {
        JaasRealm karaf = realm();
        if (karaf == null) {
            return Optional.empty();
        }
        for (AppConfigurationEntry entry : karaf.getEntries()) {
            Object wrapped = entry.getOptions().get(PROXIED_MODULE);
            String module = wrapped != null ? String.valueOf(wrapped) : entry.getLoginModuleName();
            for (BackingEngineFactory factory : factories) {
                if (factory.getModuleClass().equals(module)) {
                    try {
                        BackingEngine engine = factory.build(entry.getOptions());
                        if (engine != null) {
                            return Optional.of(new EngineModule(engine, entry.getOptions(), factory));
                        }
                        // the properties factory answers null when it cannot read its file
                        LOG.warning(() -> "Cannot open the accounts of " + module);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Cannot open the accounts of " + module, e);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first start's admin, made on a copy moved over the file ({@link #change}): written in
     * place, Karaf's watcher that hashes new passwords could read the file between the user and its
     * roles and save it so (seen in CI: admin without roles, and a user named after a role). The
     * watcher may also save over it what it read just before; so it is read back, and made again
     * until it holds, a few times.
     */
    private void createAdmin() {
        String given = FirstStartAdmin.password();
        String password = given != null ? given : FirstStartAdmin.generate();
        for (int attempt = 1; attempt <= 10; attempt++) {
            change(engine -> {
                if (engine.lookupUser(FirstStartAdmin.ADMIN) != null) {
                    engine.deleteUser(FirstStartAdmin.ADMIN);
                }
                FirstStartAdmin.create(engine, password);
            });
            try {
                // the watcher's turn: it hashes the new password and saves the file within moments
                Thread.sleep(accountsFile() ? 200 : 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (engine().map(FirstStartAdmin::complete).orElse(false) || !accountsFile()) {
                // (accounts that are no file have no watcher to save over them: what their engine keeps is theirs)
                FirstStartAdmin.announce(given == null, password);
                return;
            }
            LOG.info("First start: the account 'admin' did not hold (the accounts file was saved over it); making it again");
        }
        LOG.severe("First start: the account 'admin' could not be made in " + REALM + "'s accounts");
    }

    /** Whether the realm's accounts are a file (the properties module's), which Karaf's watcher rewrites. */
    private boolean accountsFile() {
        return accountsModule().map(m -> m.options().get(USERS_OPTION)).map(f -> java.nio.file.Files.isRegularFile(java.nio.file.Path.of(String.valueOf(f))))
                .orElse(false);
    }

    private synchronized void checkAdmin() {
        if (adminChecked) {
            return;
        }
        Optional<BackingEngine> engine = engine();
        if (engine.isPresent()) {
            try {
                if (engine.get().lookupUser(FirstStartAdmin.ADMIN) == null) {
                    createAdmin();
                }
                adminChecked = true;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot check the admin account", e);
            }
        }
    }
}
