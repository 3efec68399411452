package nl.nts.platform.core.shared;

import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;

import nl.nts.platform.api.plugin.PluginProperties;

/**
 * Who calls one instance of a core service. The core's services are registered with bundle
 * scope, so each bundle that uses one gets an instance of its own and the framework, not
 * the caller, says which bundle that is:
 * <ul>
 * <li>a plugin bundle (manifest header {@code NTS-Plugin-Id}) always acts for itself and its
 * ROM ({@code NTS-Plugin-Rom}), whatever thread it calls on;</li>
 * <li>one of the core's own bundles acts for the caller its surface bound on the thread
 * ({@link CallerScope}), or the user of the Karaf shell session;</li>
 * <li>any other bundle is anonymous: it reads, it changes nothing.</li>
 * </ul>
 */
public final class ServiceCaller {

    /** The symbolic names of the core's own bundles start with this. */
    public static final String CORE_PREFIX = "nts-core-";

    private final CallerScope scope;
    private final Caller fixed;
    private final Supplier<String> service;

    /**
     * @param context the component's context; its using bundle is the caller's bundle (null for
     *                a component used by the core itself)
     */
    public ServiceCaller(CallerScope scope, ComponentContext context) {
        this.scope = scope;
        Bundle using = context == null ? null : context.getUsingBundle();
        this.fixed = using == null ? null : fixedCaller(using);
        this.service = () -> context == null ? "service" : String.valueOf(context.getProperties().get("component.name"));
    }

    /** A plugin's (or a foreign bundle's) caller; null for the core's own bundles. */
    public static Caller fixedCaller(Bundle bundle) {
        String plugin = bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID);
        if (plugin != null && !plugin.isBlank()) {
            return Caller.plugin(plugin.strip(), bundle.getHeaders().get(PluginProperties.HEADER_ROM));
        }
        return isCore(bundle) ? null : Caller.anonymous();
    }

    /** Whether a bundle is one of the core's own (or the framework). */
    public static boolean isCore(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return bundle.getBundleId() == 0 || (name != null && name.startsWith(CORE_PREFIX)
                && bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID) == null);
    }

    /**
     * @return who the call runs for
     * @throws SecurityException when one of the core's own bundles calls without a caller: a
     *                           surface that forgot to say who it serves changes nothing
     */
    public Caller get() {
        if (fixed != null) {
            return fixed;
        }
        return scope.current().orElseThrow(() -> new SecurityException(
                "no caller is known for this call of " + service.get() + "; the core refuses it"));
    }

    /** Who a read runs for: the caller, or {@link Caller#anonymous() nobody} when none is known (a read needs none). */
    public Caller reader() {
        return fixed != null ? fixed : scope.current().orElseGet(Caller::anonymous);
    }

    /**
     * Runs work bound to this instance's caller, so that a core service it delegates to sees the
     * caller of the bundle that called (a plugin, whatever its thread carries), not the thread's.
     * When no caller is known the work runs unbound: reads need none, writes then refuse.
     */
    public <T> T bound(Supplier<T> work) {
        Caller caller = fixed != null ? fixed : scope.current().orElse(null);
        return caller == null ? work.get() : scope.call(caller, work);
    }

    /** {@link #bound(Supplier)} for work without a result. */
    public void bound(Runnable work) {
        bound(() -> {
            work.run();
            return null;
        });
    }
}
