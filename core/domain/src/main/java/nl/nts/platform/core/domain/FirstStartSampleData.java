package nl.nts.platform.core.domain;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.service.SampleData;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.FirstStart;
import nl.nts.platform.core.store.SeedMarker;

/**
 * Loads the sample data on the first start of a new database, as the core itself, and then
 * publishes {@link FirstStart}, which the REST API waits for. Loading needs the workflow engine
 * (it gives new inputs their first state), so it waits for the plugin host on a thread of its
 * own; it holds no reference to the engine, so updating the plugin host later leaves this
 * component and its service alone.
 */
@Component(service = {}, immediate = true, configurationPid = "nl.nts.platform.sampledata")
@Designate(ocd = FirstStartSampleData.Config.class)
public class FirstStartSampleData {

    @ObjectClassDefinition(name = "nts-platform sample data", description = "The realistic sample data set shipped with the core")
    public @interface Config {
        @AttributeDefinition(description = "Load the sample data on the first start of an empty database")
        boolean loadOnFirstStart() default true;
    }

    private static final Logger LOG = Logger.getLogger(FirstStartSampleData.class.getName());

    private final Thread loader;
    private volatile ServiceRegistration<FirstStart> done;

    @Activate
    public FirstStartSampleData(BundleContext context, @Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa,
            @Reference SampleData sampleData, @Reference CallerScope scope, Config config) {
        loader = new Thread(() -> {
            if (config.loadOnFirstStart() && !seeded(jpa) && awaitEngine(context)) {
                load(jpa, sampleData, scope, config);
            }
            done = context.registerService(FirstStart.class, new FirstStart() {
            }, null);
        }, "nts-first-start");
        loader.setDaemon(true);
        loader.start();
    }

    private static boolean seeded(JpaTemplate jpa) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(SeedMarker.class, SampleDataLoader.MARKER) != null);
    }

    /** The plugin host starts with the core; on a slow machine it may take a while. */
    private static boolean awaitEngine(BundleContext context) {
        ServiceTracker<Workflows, Workflows> engine = new ServiceTracker<>(context, Workflows.class, null);
        engine.open();
        try {
            if (engine.waitForService(TimeUnit.MINUTES.toMillis(5)) == null) {
                LOG.severe("The workflow engine did not start within 5 minutes; the sample data is not loaded");
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            engine.close();
        }
    }

    private static void load(JpaTemplate jpa, SampleData sampleData, CallerScope scope, Config config) {
        try {
            Map<String, Integer> loaded = scope.call(Caller.system(SampleDataLoader.MARKER), sampleData::loadIntoEmptyDatabase);
            LOG.info(() -> "Loaded the sample data into a new database: " + loaded);
        } catch (ConflictException holdsData) {
            LOG.info("The database holds data: the sample data is not loaded");
        } catch (RuntimeException e) {
            // the platform runs without sample data rather than not at all
            LOG.log(Level.SEVERE, "Could not load the sample data; the platform starts without it", e);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        loader.interrupt();
        loader.join(TimeUnit.SECONDS.toMillis(30));
        ServiceRegistration<FirstStart> registration = done;
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
        }
    }
}
