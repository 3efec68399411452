package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Whether the plugin that registered a service that just left is being updated, so that a
 * request for what it offered may wait for it to come back rather than fail: true while Karaf's
 * feature service is deploying (an install, update or removal of a feature, by REST, the shell or
 * a KAR), and while the bundle that registered the service is still installed, meant to run
 * (persistently started) but not running: it is being updated ({@code bundle:update}, a jar
 * replaced in {@code deploy/}), refreshed or restarted; and while it runs again but Declarative
 * Services has not yet taken up its components (which register their services a moment after the
 * bundle has started), or, since it started again after its service left, until its service is
 * back or the wait's own limit from the departure is past. A plugin that was removed, a bundle stopped on purpose
 * ({@code bundle:stop}), or one running whose components are taken up but not satisfied, is not
 * expected back: what it offered is not found at once.
 */
@Component(service = PluginUpdates.class)
public class PluginUpdates {

    private final BundleContext context;
    private final FeaturesService features;
    private final ServiceComponentRuntime components;
    private final AtomicBoolean deploying = new AtomicBoolean();
    private final DeploymentListener listener = this::deployment;
    private final Clock clock = Clock.systemUTC();
    /** When each bundle last started, by bundle id: a bundle started after its service left is coming back. */
    private final Map<Long, Instant> started = new ConcurrentHashMap<>();
    private final SynchronousBundleListener starts = this::bundleChanged;

    @Activate
    public PluginUpdates(BundleContext context, @Reference FeaturesService features, @Reference ServiceComponentRuntime components) {
        this.components = components;
        this.context = context;
        this.features = features;
        features.registerListener(listener);
        context.addBundleListener(starts);
    }

    @Deactivate
    void stop() {
        context.removeBundleListener(starts);
        features.unregisterListener(listener);
    }

    private void bundleChanged(BundleEvent event) {
        // STARTING, not STARTED: Declarative Services may register the bundle's services while the
        // STARTED event is still on its way to the other listeners
        if (event.getType() == BundleEvent.STARTING) {
            started.put(event.getBundle().getBundleId(), clock.instant());
        } else if (event.getType() == BundleEvent.UNINSTALLED) {
            started.remove(event.getBundle().getBundleId());
        }
    }

    private void deployment(DeploymentEvent event) {
        deploying.set(event != DeploymentEvent.DEPLOYMENT_FINISHED);
    }

    /**
     * @param bundleId the bundle that registered the service that left; -1 when unknown
     * @param left     when it left
     * @param patience how long a request may wait for it: a bundle that started again since is
     *                 expected back until this long after the departure
     * @return whether the services of this bundle are expected back now
     */
    boolean updating(long bundleId, Instant left, Duration patience) {
        if (deploying.get()) {
            return true;
        }
        Bundle bundle = bundleId < 0 ? null : context.getBundle(bundleId);
        if (bundle == null || bundle.getState() == Bundle.UNINSTALLED) {
            return false;
        }
        if (bundle.getState() == Bundle.ACTIVE) {
            Instant start = started.get(bundleId);
            return componentsPending(bundle) || start != null && !start.isBefore(left) && clock.instant().isBefore(left.plus(patience));
        }
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    /**
     * Whether Declarative Services has still to take up the running bundle's components: none is
     * known yet though the bundle declares some, or one that is enabled and needs no configuration
     * has no configuration yet. A component taken up and unsatisfied is not pending: it waits for
     * something else.
     */
    private boolean componentsPending(Bundle bundle) {
        if (bundle.getHeaders().get("Service-Component") == null) {
            return false;
        }
        java.util.Collection<ComponentDescriptionDTO> described = components.getComponentDescriptionDTOs(bundle);
        if (described.isEmpty()) {
            return true;
        }
        for (ComponentDescriptionDTO component : described) {
            if (component.defaultEnabled && !"require".equals(component.configurationPolicy)
                    && (!components.isComponentEnabled(component) || components.getComponentConfigurationDTOs(component).isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
