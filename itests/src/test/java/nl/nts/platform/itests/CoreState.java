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
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;

/**
 * What a refresh (or restart) of a core bundle changes, read from the framework: each core
 * bundle ({@code nts-core-*}) with its id and state, each service a core bundle registered
 * with its {@code service.id}, and each service of the persistence unit {@code nts}
 * ({@code osgi.unit.name=nts}, whoever registered it: the EntityManagerFactory, its builder,
 * Aries' JpaTemplate and EmSupplier). A refreshed bundle keeps its id but registers its
 * services anew, so two equal states mean the core was left alone in between.
 */
final class CoreState {

    private static final String CORE = "nts-core";
    static final String UNIT_FILTER = "(osgi.unit.name=nts)";

    /** bundle symbolic name/version: "id N ACTIVE" */
    private final Map<String, String> bundles;
    /** registering bundle, object classes and component: the service ids */
    private final Map<String, List<Long>> services;
    /** the persistence unit's services: registering bundle and object classes: the service ids */
    private final Map<String, List<Long>> unit;

    private CoreState(Map<String, String> bundles, Map<String, List<Long>> services, Map<String, List<Long>> unit) {
        this.bundles = bundles;
        this.services = services;
        this.unit = unit;
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
        return new CoreState(bundles, services, unitServices(context));
    }

    private static Map<String, List<Long>> unitServices(BundleContext context) {
        Map<String, List<Long>> unit = new TreeMap<>();
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(null, UNIT_FILTER);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Bundle owner = reference.getBundle();
            String key = (owner == null ? "(gone)" : owner.getSymbolicName()) + " "
                    + Arrays.toString((String[]) reference.getProperty(Constants.OBJECTCLASS));
            unit.computeIfAbsent(key, k -> new ArrayList<>()).add((Long) reference.getProperty(Constants.SERVICE_ID));
        }
        unit.values().forEach(ids -> ids.sort(null));
        return unit;
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
        if (!bundles.keySet().equals(other.bundles.keySet()) || !services.keySet().equals(other.services.keySet())
                || !unit.keySet().equals(other.unit.keySet())) {
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

    /** The core bundle of this symbolic name ("id N ACTIVE"), or null. */
    String bundle(String symbolicName) {
        for (Map.Entry<String, String> bundle : bundles.entrySet()) {
            if (bundle.getKey().startsWith(symbolicName + "/")) {
                return bundle.getValue();
            }
        }
        return null;
    }

    /** The services this core bundle registered: kind (object classes and component) and service ids. */
    Map<String, List<Long>> servicesOf(String symbolicName) {
        Map<String, List<Long>> of = new TreeMap<>();
        services.forEach((service, ids) -> {
            if (service.startsWith(symbolicName + " ")) {
                of.put(service.substring(symbolicName.length() + 1), ids);
            }
        });
        return of;
    }

    /** The service ids of these core bundles' services, every one. */
    List<Long> serviceIdsOf(String symbolicName) {
        List<Long> ids = new ArrayList<>();
        servicesOf(symbolicName).values().forEach(ids::addAll);
        return ids;
    }

    /** Whether this core bundle registered a service of this object class. */
    boolean registers(String symbolicName, String objectClass) {
        return servicesOf(symbolicName).keySet().stream().anyMatch(kind -> names(kind, objectClass));
    }

    /** Whether the persistence unit has a service of this object class. */
    boolean unitRegisters(String objectClass) {
        return unit.keySet().stream().anyMatch(kind -> names(kind, objectClass));
    }

    /** Whether a kind of service ("owner [a.B, c.D] component") names this object class. */
    private static boolean names(String kind, String objectClass) {
        return kind.matches(".*[\\[ ]" + java.util.regex.Pattern.quote(objectClass) + "[,\\]].*");
    }

    /** The persistence unit's services: registering bundle and object classes, and service ids. */
    Map<String, List<Long>> unitServices() {
        return unit;
    }

    /** These core bundles (id, state) and their services (service.id), one line each: a readable diff in a failed assertion. */
    String of(String... symbolicNames) {
        StringBuilder text = new StringBuilder();
        for (String name : symbolicNames) {
            text.append("bundle ").append(name).append(": ").append(bundle(name)).append('\n');
            servicesOf(name).forEach((service, ids) -> text.append("service ").append(name).append(' ').append(service)
                    .append(": ").append(ids).append('\n'));
        }
        return text.toString();
    }

    /** The persistence unit's services, one line each. */
    String unitText() {
        StringBuilder text = new StringBuilder();
        unit.forEach((service, ids) -> text.append("unit service ").append(service).append(": ").append(ids).append('\n'));
        return text.toString();
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
        text.append(unitText());
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

    /**
     * Records every event of a core bundle (stopped, unresolved, resolved, started...) while it is
     * registered. Synchronous: it sees each event as it happens, STARTING and STOPPING included,
     * before the call that caused it returns.
     */
    static final class Events implements SynchronousBundleListener {
        private final ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

        @Override
        public void bundleChanged(BundleEvent event) {
            if (isCore(event.getBundle())) {
                seen.add(event.getBundle().getSymbolicName() + " " + type(event.getType()));
            }
        }

        /** What happened to these core bundles so far, without draining. */
        List<String> of(String... symbolicNames) {
            List<String> of = new ArrayList<>();
            for (String event : seen) {
                for (String name : symbolicNames) {
                    if (event.startsWith(name + " ")) {
                        of.add(event);
                    }
                }
            }
            return of;
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
