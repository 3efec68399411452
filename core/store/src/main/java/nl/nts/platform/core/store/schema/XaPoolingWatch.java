package nl.nts.platform.core.store.schema;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Keeps pax-jdbc's XA pooling from losing the transaction manager for good.
 *
 * <p>The platform's data source ({@code xa = true} in etc/org.ops4j.datasource-nts.cfg) exists only
 * while the pooling bundle (pax-jdbc-pool-dbcp2) offers an XA {@code PooledDataSourceFactory}, which
 * it does while it tracks a {@code TransactionManager}. Its tracker (pax-jdbc 1.5.7,
 * {@code AbstractTransactionManagerTracker}) follows one manager and does not track a second one
 * that appears meanwhile ("There is more than one TransactionManager service. Ignoring this one").
 * When pax-transx replaces its manager at start (a new one registered before the old one goes), the
 * old one's departure ends XA pooling and nothing brings it back: no data source, no schema
 * migration, no core, and the REST API answers 404 for ever. It happened in about one start in
 * forty on a busy machine.
 *
 * <p>This watch looks every {@value #PERIOD_SECONDS} seconds: when a transaction manager is
 * registered but a bundle that offers pooling offers no XA variant for {@value #STUCK_CHECKS}
 * looks in a row, it restarts that bundle, whose tracker then takes the manager there is, and says
 * so in the log. It never touches a bundle more than once a minute.
 */
@Component(service = {}, immediate = true)
public final class XaPoolingWatch {

    static final int PERIOD_SECONDS = 2;
    static final int STUCK_CHECKS = 3;
    private static final long PAUSE_MILLIS = 60_000;

    private static final String TRANSACTION_MANAGER = "javax.transaction.TransactionManager";
    private static final String POOLED_FACTORY = "org.ops4j.pax.jdbc.pool.common.PooledDataSourceFactory";
    private static final Logger LOG = Logger.getLogger(XaPoolingWatch.class.getName());

    private final BundleContext context;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nts-xa-pooling-watch");
        t.setDaemon(true);
        return t;
    });
    private final Stuck stuck = new Stuck();
    private final Map<Long, Long> restartedAt = new ConcurrentHashMap<>();

    @Activate
    public XaPoolingWatch(BundleContext context) {
        this.context = context;
        timer.scheduleWithFixedDelay(this::look, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void look() {
        try {
            boolean manager = context.getServiceReference(TRANSACTION_MANAGER) != null;
            Set<Long> pooling = new HashSet<>();
            Set<Long> xa = new HashSet<>();
            ServiceReference<?>[] factories = context.getServiceReferences(POOLED_FACTORY, null);
            if (factories != null) {
                for (ServiceReference<?> factory : factories) {
                    long bundle = factory.getBundle().getBundleId();
                    pooling.add(bundle);
                    if ("true".equals(String.valueOf(factory.getProperty("xa")))) {
                        xa.add(bundle);
                    }
                }
            }
            long now = System.currentTimeMillis();
            for (long id : stuck.next(manager, pooling, xa)) {
                Long last = restartedAt.get(id);
                Bundle bundle = context.getBundle(id);
                if (bundle != null && (last == null || now - last > PAUSE_MILLIS)) {
                    restartedAt.put(id, now);
                    restart(bundle);
                }
            }
        } catch (InvalidSyntaxException | RuntimeException e) {
            LOG.log(Level.FINE, "The XA pooling watch could not look", e);
        }
    }

    private static void restart(Bundle bundle) {
        LOG.warning(() -> bundle.getSymbolicName() + " offers no XA pooling though a transaction manager is registered (its tracker"
                + " lost the manager it followed and ignores the one there is now): restarting it, so that the platform's data source comes back");
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
            bundle.start(Bundle.START_TRANSIENT);
        } catch (BundleException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not restart " + bundle.getSymbolicName() + ": restart the platform", e);
        }
    }

    /**
     * Which pooling bundles have offered no XA variant, while a transaction manager was there,
     * {@link XaPoolingWatch#STUCK_CHECKS} looks in a row. Kept apart from OSGi, for the unit test.
     */
    static final class Stuck {

        private final Map<Long, Integer> looks = new ConcurrentHashMap<>();

        /** @return the bundles stuck as of this look (their count starts again) */
        Set<Long> next(boolean manager, Set<Long> pooling, Set<Long> xa) {
            Set<Long> stuckNow = new HashSet<>();
            looks.keySet().retainAll(pooling);
            for (long bundle : pooling) {
                if (!manager || xa.contains(bundle)) {
                    looks.remove(bundle);
                    continue;
                }
                int n = looks.merge(bundle, 1, Integer::sum);
                if (n >= STUCK_CHECKS) {
                    looks.remove(bundle);
                    stuckNow.add(bundle);
                }
            }
            return stuckNow;
        }
    }
}
