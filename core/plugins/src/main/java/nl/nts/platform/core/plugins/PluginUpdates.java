package nl.nts.platform.core.plugins;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Whether the plugin that registered a service that just left is being updated, so that a
 * request for what it offered may wait for it to come back rather than fail: true while Karaf's
 * feature service is deploying (an install, update or removal of a feature, by REST, the shell or
 * a KAR), and while the bundle that registered the service is still installed, meant to run
 * (persistently started) but not running: it is being updated ({@code bundle:update}, a jar
 * replaced in {@code deploy/}), refreshed or restarted. A plugin that was removed, or a bundle
 * stopped on purpose ({@code bundle:stop}), is not expected back: what it offered is not found at
 * once.
 */
@Component(service = PluginUpdates.class)
public class PluginUpdates {

    private final BundleContext context;
    private final FeaturesService features;
    private final AtomicBoolean deploying = new AtomicBoolean();
    private final DeploymentListener listener = this::deployment;

    @Activate
    public PluginUpdates(BundleContext context, @Reference FeaturesService features) {
        this.context = context;
        this.features = features;
        features.registerListener(listener);
    }

    @Deactivate
    void stop() {
        features.unregisterListener(listener);
    }

    private void deployment(DeploymentEvent event) {
        deploying.set(event != DeploymentEvent.DEPLOYMENT_FINISHED);
    }

    /** @return whether the services of this bundle (by id; -1 when unknown) are expected back now */
    boolean updating(long bundleId) {
        if (deploying.get()) {
            return true;
        }
        Bundle bundle = bundleId < 0 ? null : context.getBundle(bundleId);
        if (bundle == null || bundle.getState() == Bundle.UNINSTALLED || bundle.getState() == Bundle.ACTIVE) {
            return false;
        }
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }
}
