package nl.nts.platform.core.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.core.shared.LoginGuard;

/**
 * Guards the realm {@code karaf} against password guessing, for every channel at once. It
 * publishes a realm of the same name that outranks every other: its login modules are the
 * {@link GuardLoginModule} first, then those of the realm it guards (the highest ranked other
 * {@code karaf} realm, read at each login, so a realm an operator configures later, LDAP for
 * instance, is guarded too). Karaf's JAAS configuration always uses the highest ranked realm
 * of a name.
 *
 * <p>The counts are kept in the database ({@link LoginCounts}) once it is there, so that every node
 * of a cluster counts toward one lock; before (while the platform starts) in this node's memory.
 */
@Component(immediate = true, configurationPid = "nl.nts.platform.security")
@Designate(ocd = RealmLoginGuard.Config.class)
public class RealmLoginGuard implements LoginGuard {

    @ObjectClassDefinition(name = "nts-platform security", description = "How the platform treats failed logins (REST, SSH, JMX)")
    public @interface Config {
        @AttributeDefinition(description = "Failed password logins in a row after which an account is locked")
        int loginMaxFailures() default 5;

        @AttributeDefinition(description = "Seconds the first lock lasts; each further failure doubles it")
        int loginLockSeconds() default 30;

        @AttributeDefinition(description = "The longest lock in seconds")
        int loginMaxLockSeconds() default 900;
    }

    private static final ThreadLocal<String> ORIGIN = new ThreadLocal<>();
    /** The guard the login modules report to (they are made by JAAS, not by us); null while none is active. */
    private static volatile RealmLoginGuard active;
    /** Karaf's service that hashes and checks passwords (in org.apache.karaf.jaas.modules, not imported). */
    static final String ENCRYPTION_SERVICE = "org.apache.karaf.jaas.modules.EncryptionService";

    private final LoginThrottle throttle;
    private final RealmAccounts accounts;
    private final ServiceRegistration<JaasRealm> registration;
    private final BundleContext context;

    @Activate
    public RealmLoginGuard(BundleContext context, @Reference RealmAccounts accounts, Config config) {
        this.accounts = accounts;
        this.context = context;
        this.throttle = new LoginThrottle(config.loginMaxFailures(), Duration.ofSeconds(config.loginLockSeconds()),
                Duration.ofSeconds(config.loginMaxLockSeconds()), Clock.systemUTC());
        active = this;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        AppConfigurationEntry guard = new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUISITE,
                Map.of(ProxyLoginModule.PROPERTY_MODULE, GuardLoginModule.class.getName(),
                        ProxyLoginModule.PROPERTY_BUNDLE, String.valueOf(context.getBundle().getBundleId())));
        registration = context.registerService(JaasRealm.class, new GuardedRealm(guard), properties);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "unshare")
    void share(LoginCounts counts) {
        throttle.share(counts);
    }

    void unshare(LoginCounts counts) {
        if (throttle.shared() == counts) {
            throttle.share(null);
        }
    }

    @Deactivate
    void stop() {
        registration.unregister();
        if (active == this) {
            active = null;
        }
    }

    /** The realm {@code karaf} as the platform's logins see it: the guard, then the guarded realm's modules. */
    final class GuardedRealm implements JaasRealm {

        private final AppConfigurationEntry guard;

        GuardedRealm(AppConfigurationEntry guard) {
            this.guard = guard;
        }

        @Override
        public String getName() {
            return RealmAccounts.REALM;
        }

        @Override
        public int getRank() {
            return Integer.MAX_VALUE;
        }

        @Override
        public AppConfigurationEntry[] getEntries() {
            List<AppConfigurationEntry> entries = new ArrayList<>();
            entries.add(guard);
            JaasRealm guarded = accounts.realm();
            if (guarded != null) {
                entries.addAll(List.of(guarded.getEntries()));
            }
            return entries.toArray(new AppConfigurationEntry[0]);
        }
    }

    /** The throttle the login module reports to; null while no guard is active. */
    static LoginThrottle throttle() {
        RealmLoginGuard guard = active;
        return guard == null ? null : guard.throttle;
    }

    /** Whether the active guard's realm can check passwords now; false while no guard is active. */
    static boolean realmReady() {
        RealmLoginGuard guard = active;
        return guard != null && guard.ready();
    }

    /**
     * {@inheritDoc} Ready once the guarded realm is there and, for each of its modules that
     * hashes passwords ({@code encryption.enabled}), the encryption service it names is
     * registered: until then Karaf's module waits 20 s for it and fails the login.
     */
    @Override
    public boolean ready() {
        JaasRealm guarded = accounts.realm();
        if (guarded == null) {
            return false;
        }
        for (AppConfigurationEntry entry : guarded.getEntries()) {
            Map<String, ?> options = entry.getOptions();
            if (!Boolean.parseBoolean(String.valueOf(options.get("encryption.enabled")))) {
                continue;
            }
            Object name = options.get("encryption.name");
            String filter = name == null || String.valueOf(name).isBlank() ? null
                    : "(name=" + String.valueOf(name).replaceAll("([\\\\*()])", "\\\\$1") + ")";
            try {
                if (context.getServiceReferences(ENCRYPTION_SERVICE, filter) == null) {
                    return false;
                }
            } catch (org.osgi.framework.InvalidSyntaxException | IllegalStateException e) {
                return false;
            }
        }
        return true;
    }

    /** Where the login on this thread comes from, as far as its channel said. */
    static String origin() {
        String origin = ORIGIN.get();
        return origin == null ? "a channel that does not name the address (SSH, JMX, console)" : origin;
    }

    @Override
    public Duration lockedFor(String account) {
        return throttle.lockedFor(account);
    }

    @Override
    public <T> T attempt(String origin, Supplier<T> login) {
        String previous = ORIGIN.get();
        ORIGIN.set(origin);
        try {
            return login.get();
        } finally {
            if (previous == null) {
                ORIGIN.remove();
            } else {
                ORIGIN.set(previous);
            }
        }
    }
}
