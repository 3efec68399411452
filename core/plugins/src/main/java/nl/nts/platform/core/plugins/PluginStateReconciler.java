package nl.nts.platform.core.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.karaf.features.BootFinished;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.core.shared.PluginState;
import nl.nts.platform.core.store.InstalledPluginEntity;

/**
 * Brings this runtime in line with the plugins the database records as installed, once Karaf's
 * boot features are in: their recorded configuration first, then their features, each logged and
 * audited (actor {@value #ACTOR}). A plugin whose version the repositories do not offer is
 * upgraded to a newer one they offer, or else stays recorded and shows as MISSING, with one
 * warning: a start never fails, or loops, over a plugin. Plugins installed here but not recorded
 * (a runtime from before the state was kept) are recorded, but for those the distribution
 * installs at first start ({@value #HEADER_BOOT}).
 */
@Component(service = PluginState.class, immediate = true)
public class PluginStateReconciler implements PluginState {

    /**
     * Bundle header of a plugin the distribution installs as a boot feature ({@code true}): left
     * unrecorded until someone installs, updates or removes it.
     */
    static final String HEADER_BOOT = "NTS-Plugin-Boot";
    /** Who the audit trail names for what a start does to the plugins. */
    static final String ACTOR = "plugin-state";
    /** A plugin missing at first is tried this often, RETRY_SECONDS apart, before it is reported MISSING: a repository may come late. */
    private static final int ATTEMPTS = 3;
    private static final int RETRY_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(PluginStateReconciler.class.getName());

    private final BundleContext context;
    private final FeatureRepositories repositories;
    private final FeaturePluginCatalog catalog;
    private final PluginConfigurations configurations;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nts-plugin-state");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PluginStateReconciler(BundleContext context, @Reference FeaturePluginCatalog catalog, @Reference PluginConfigurations configurations,
            @Reference FeatureRepositories repositories) {
        this.repositories = repositories;
        this.context = context;
        this.catalog = catalog;
        this.configurations = configurations;
        catalog.pending(catalog.recorded().keySet());
        worker.submit(() -> {
            if (awaitBoot()) {
                run();
            }
        });
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public void reconcile() {
        catalog.pending(catalog.recorded().keySet());
        worker.submit(this::run);
    }

    /** Karaf installs its boot features on a thread of its own; installing more meanwhile would wait on it, or race it. */
    private boolean awaitBoot() {
        ServiceTracker<BootFinished, BootFinished> boot = new ServiceTracker<>(context, BootFinished.class, null);
        boot.open();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            if (boot.waitForService(TimeUnit.MINUTES.toMillis(10)) != null) {
                // BootFinished can come before the boot's deployment has settled: wait until the feature service shows it
                while (!catalog.provisioned() && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                if (catalog.provisioned()) {
                    return true;
                }
            }
            LOG.severe("Karaf's boot features were not in within 10 minutes: the recorded plugins are not installed");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            boot.close();
        }
    }

    void run() {
        try {
            // the recorded plugins may come from the repositories added through the platform: those first
            repositories.restore();
            Map<String, InstalledPluginEntity> recorded = catalog.recorded();
            adoptUnrecorded(recorded);
            recorded = catalog.recorded();
            configurations.applyStored(recorded.keySet());
            configurations.reconciled();
            List<String> summary = new ArrayList<>();
            List<InstalledPluginEntity> left = new ArrayList<>(recorded.values());
            for (int attempt = 1; !left.isEmpty(); attempt++) {
                boolean last = attempt == ATTEMPTS;
                List<InstalledPluginEntity> again = new ArrayList<>();
                for (InstalledPluginEntity plugin : left) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    String outcome = reconcile(plugin, last);
                    if (outcome == null) {
                        again.add(plugin);
                    } else {
                        summary.add(outcome);
                    }
                }
                left = again;
                if (!left.isEmpty()) {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(RETRY_SECONDS));
                }
            }
            if (!recorded.isEmpty()) {
                LOG.info(() -> "Plugins as the database records them: " + String.join("; ", summary));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The recorded plugins could not be brought in: " + e.getMessage(), e);
        } finally {
            catalog.recorded().keySet().forEach(catalog::settled);
        }
    }

    /**
     * @param last whether this is the last attempt: only then is a missing plugin a warning
     * @return what was done; null to try again (missing, or failed, before the last attempt)
     */
    private String reconcile(InstalledPluginEntity plugin, boolean last) {
        String id = plugin.plugin();
        boolean settled = true;
        try {
            Reconciliation.Decision decision = Reconciliation.decide(id, plugin.version(), catalog.installedVersion(id), catalog.offeredVersions(id));
            switch (decision.step()) {
                case KEEP -> LOG.fine(decision::message);
                case INSTALL, UPGRADE -> {
                    LOG.info(decision::message);
                    catalog.installRecorded(id, decision.version(), plugin.version(),
                            decision.step() == Reconciliation.Step.UPGRADE ? "recorded as installed in version " + plugin.version()
                                    + ", which this distribution does not offer: upgraded to " + decision.version()
                                    : "recorded as installed (by " + plugin.installedBy() + " at " + plugin.installedAt() + "), missing from this runtime");
                }
                case MISSING -> {
                    if (!last) {
                        settled = false;
                        LOG.info(() -> decision.message() + " (trying again in " + RETRY_SECONDS + " s)");
                        return null;
                    }
                    LOG.warning(decision::message);
                }
            }
            return id + " " + decision.step();
        } catch (RuntimeException e) {
            if (!last) {
                settled = false;
                LOG.info(() -> "Installing the recorded plugin " + id + " failed, trying again in " + RETRY_SECONDS + " s: " + e.getMessage());
                return null;
            }
            LOG.log(Level.WARNING, "Plugin " + id + " " + plugin.version() + " is recorded as installed, but installing it failed; it shows as MISSING: "
                    + e.getMessage(), e);
            return id + " FAILED";
        } finally {
            if (settled) {
                catalog.settled(id);
            }
        }
    }

    private void adoptUnrecorded(Map<String, InstalledPluginEntity> recorded) {
        for (Bundle bundle : context.getBundles()) {
            String id = bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID);
            // a plugin the distribution installs at every first start is no state of this platform's: recording
            // it would make a fresh platform hold data, and a backup could no longer be restored into it
            boolean boot = Boolean.parseBoolean(bundle.getHeaders().get(HEADER_BOOT));
            if (id != null && !boot && !recorded.containsKey(id) && bundle.getState() != Bundle.UNINSTALLED) {
                catalog.adopt(id, bundle.getVersion().toString(), bundle.getHeaders().get(PluginProperties.HEADER_ROM));
                LOG.info(() -> "Plugin " + id + " " + bundle.getVersion() + " is installed here but was not recorded: recorded now");
            }
        }
    }
}
