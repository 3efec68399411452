package nl.nts.platform.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * What a refresh (or restart) of a core bundle changes, read from the framework: each core
 * bundle ({@code nts-core-*}) with its id and state, and each service a core bundle registered
 * with its {@code service.id}. A refreshed bundle keeps its id but registers its services anew,
 * so two equal states mean the core was left alone in between.
 */
final class CoreState {

    private static final String CORE = "nts-core";

    /** bundle symbolic name/version: "id N ACTIVE" */
    private final Map<String, String> bundles;
    /** registering bundle, object classes and component: the service ids */
    private final Map<String, List<Long>> services;

    private CoreState(Map<String, String> bundles, Map<String, List<Long>> services) {
        this.bundles = bundles;
        this.services = services;
    }

    static boolean isCore(Bundle bundle) {
        return bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith(CORE);
    }

    static CoreState of(BundleContext context) {
        Map<String, String> bundles = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (isCore(bundle)) {
                bundles.put(bundle.getSymbolicName() + "/" + bundle.getVersion(), "id " + bundle.getBundleId() + " " + state(bundle.getState()));
            }
        }
        Map<String, List<Long>> services = new TreeMap<>();
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(null, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Bundle owner = reference.getBundle();
            if (owner == null || !isCore(owner)) {
                continue;
            }
            Object component = reference.getProperty("component.name");
            String key = owner.getSymbolicName() + " " + Arrays.toString((String[]) reference.getProperty(Constants.OBJECTCLASS))
                    + (component == null ? "" : " " + component);
            services.computeIfAbsent(key, k -> new ArrayList<>()).add((Long) reference.getProperty(Constants.SERVICE_ID));
        }
        services.values().forEach(ids -> ids.sort(null));
        return new CoreState(bundles, services);
    }

    /**
     * Waits until every core bundle of {@code expected} is there and active and the core has
     * registered the same kinds of service again (as after a refresh it would, with new ids),
     * then reads the state: comparing it with {@code expected} then shows a refresh as changed
     * ids, not as a race with the core's restart.
     */
    static CoreState awaitSettled(BundleContext context, CoreState expected, Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            CoreState now = of(context);
            if (now.sameKinds(expected) || Instant.now().isAfter(end)) {
                return now;
            }
            Thread.sleep(100);
        }
    }

    private boolean sameKinds(CoreState other) {
        if (!bundles.keySet().equals(other.bundles.keySet()) || !services.keySet().equals(other.services.keySet())) {
            return false;
        }
        for (String bundle : bundles.keySet()) {
            if (!bundles.get(bundle).endsWith(" ACTIVE")) {
                return false;
            }
        }
        for (Map.Entry<String, List<Long>> service : services.entrySet()) {
            if (service.getValue().size() != other.services.get(service.getKey()).size()) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return bundles.isEmpty();
    }

    int serviceCount() {
        return services.values().stream().mapToInt(List::size).sum();
    }

    /** One line per core bundle and per kind of core service, sorted: a readable diff in a failed assertion. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        bundles.forEach((bundle, state) -> text.append("bundle ").append(bundle).append(": ").append(state).append('\n'));
        services.forEach((service, ids) -> text.append("service ").append(service).append(": ").append(ids).append('\n'));
        return text.toString();
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> String.valueOf(state);
        };
    }

    /** Records every event of a core bundle (stopped, unresolved, resolved, started...) while it is registered. */
    static final class Events implements BundleListener {
        private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

        @Override
        public void bundleChanged(BundleEvent event) {
            if (isCore(event.getBundle())) {
                seen.add(event.getBundle().getSymbolicName() + " " + type(event.getType()));
            }
        }

        /** What happened to core bundles since the last call. */
        List<String> drain() {
            List<String> drained = new ArrayList<>();
            for (String event; (event = seen.poll()) != null;) {
                drained.add(event);
            }
            return drained;
        }

        private static String type(int type) {
            return switch (type) {
                case BundleEvent.INSTALLED -> "INSTALLED";
                case BundleEvent.RESOLVED -> "RESOLVED";
                case BundleEvent.STARTING -> "STARTING";
                case BundleEvent.STARTED -> "STARTED";
                case BundleEvent.STOPPING -> "STOPPING";
                case BundleEvent.STOPPED -> "STOPPED";
                case BundleEvent.UNRESOLVED -> "UNRESOLVED";
                case BundleEvent.UPDATED -> "UPDATED";
                case BundleEvent.UNINSTALLED -> "UNINSTALLED";
                default -> String.valueOf(type);
            };
        }
    }
}
