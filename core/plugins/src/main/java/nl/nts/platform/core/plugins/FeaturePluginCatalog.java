package nl.nts.platform.core.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.PluginInfo;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.service.PluginCatalog;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.InstalledPluginEntity;
import nl.nts.platform.api.Roles;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;

/**
 * The plugin catalog, read live from the framework (installed plugin bundles and the services
 * they register) and from Karaf's feature repositories (the nts-plugin-* features): a plugin
 * that goes away is forgotten at once. Installs and removals never refresh other bundles, and
 * each is an entry in the audit trail, also when made by Karaf's own means. The ROM of a plugin not installed yet is read from the
 * {@code NTS-Plugin-Rom} header of its feature's bundle, so that who may install it is known
 * before it is installed.
 *
 * <p>Registered under this class, which only this bundle sees; other bundles get {@link PluginCatalog}
 * through {@link PluginCatalogForCaller}, which runs each call for the calling bundle's caller.
 */
@Component(service = FeaturePluginCatalog.class, immediate = true)
public class FeaturePluginCatalog implements PluginCatalog {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private static final Logger LOG = Logger.getLogger(FeaturePluginCatalog.class.getName());

    private final BundleContext context;
    private final FeaturesService features;
    private final JpaTemplate jpa;
    private final Clock clock = Clock.systemUTC();
    /** The ROM header of offered plugin features (empty: national), by feature name and version. */
    private final Map<String, Optional<String>> offeredRoms = new ConcurrentHashMap<>();

    /** Plugins this catalog is installing or removing now: their bundle events are its own entries' business. */
    private final Set<String> managing = ConcurrentHashMap.newKeySet();
    /** Recorded as installed, and being installed by the start's reconciliation: shown as PENDING, not MISSING. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final SynchronousBundleListener otherMeans = this::bundleChanged;

    private final CallerScope scope;

    @Activate
    public FeaturePluginCatalog(BundleContext context, @Reference FeaturesService features,
            @Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope) {
        this.scope = scope;
        this.context = context;
        this.features = features;
        this.jpa = jpa;
        context.addBundleListener(otherMeans);
    }

    @Deactivate
    void stop() {
        context.removeBundleListener(otherMeans);
    }

    /**
     * A plugin bundle installed, updated or removed by other means than this catalog (Karaf's
     * feature and bundle commands, the deploy folder) is an audit entry too. The listener is
     * synchronous, so a shell command's user is still on the thread; otherwise the actor is
     * {@code karaf}. It reads only the bundle: the feature service may be busy installing.
     */
    private void bundleChanged(BundleEvent event) {
        String action = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "install";
            case BundleEvent.UPDATED -> "update";
            case BundleEvent.UNINSTALLED -> "uninstall";
            default -> null;
        };
        Bundle bundle = event.getBundle();
        String id = action == null ? null : bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID);
        if (id == null || managing.contains(id)) {
            return;
        }
        try {
            String rom = bundle.getHeaders().get(PluginProperties.HEADER_ROM);
            Map<String, String> plugin = new java.util.LinkedHashMap<>();
            plugin.put("id", id);
            plugin.put("version", bundle.getVersion().toString());
            plugin.put("rom", rom);
            plugin.put("bundle", bundle.getSymbolicName());
            plugin.put("location", bundle.getLocation());
            String actor = actor();
            jpa.tx(TransactionType.Required, em -> {
                if ("uninstall".equals(action)) {
                    InstalledPluginEntity recorded = em.find(InstalledPluginEntity.class, id);
                    if (recorded != null) {
                        em.remove(recorded);
                    }
                } else {
                    record(em, id, PluginProperties.FEATURE_PREFIX + id, bundle.getVersion().toString(), rom, actor);
                }
                Audit.record(em, clock.instant(), actor, action, "plugin", id,
                    rom == null ? List.of() : List.of(rom), "uninstall".equals(action) ? plugin : null,
                    "uninstall".equals(action) ? null : plugin);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot record the " + action + " of plugin " + id + " in the audit trail", e);
        }
    }

    /** The user of the shell command on this thread, if any. */
    @SuppressWarnings("removal")
    private static String actor() {
        return Caller.of(javax.security.auth.Subject.getSubject(java.security.AccessController.getContext())).map(Caller::actor).orElse("karaf");
    }

    @Override
    public List<PluginInfo> list() {
        Map<String, PluginInfo> plugins = new TreeMap<>();
        Map<String, List<Feature>> offered = offered();
        for (Bundle bundle : context.getBundles()) {
            String id = bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID);
            if (id != null) {
                plugins.put(id, installed(id, bundle, offered.getOrDefault(id, List.of())));
            }
        }
        for (InstalledPluginEntity recorded : recorded().values()) {
            if (!plugins.containsKey(recorded.plugin())) {
                plugins.put(recorded.plugin(), notInstalled(recorded, offered.getOrDefault(recorded.plugin(), List.of())));
            }
        }
        offered.forEach((id, versions) -> plugins.putIfAbsent(id, available(id, versions)));
        return List.copyOf(plugins.values());
    }

    @Override
    public PluginInfo get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("plugin", id));
    }

    private Optional<PluginInfo> find(String id) {
        return list().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public PluginInfo install(String id, String version) {
        checkId(id);
        // who manages it is decided by the version installed now and by the one asked for
        List<Feature> versions = offered().getOrDefault(id, List.of());
        Feature asked = versions.isEmpty() ? null : wanted(id, version, versions);
        String by = requireManager(id, "install plugin", asked == null ? null : romOf(id, asked));
        managing.add(id);
        try {
            Installed done = installVersion(id, version);
            jpa.tx(TransactionType.Required, em -> {
                record(em, id, done.feature().getName(), done.feature().getVersion(), done.after().rom(), by);
                if (done.renewed().isEmpty()) {
                    audit(em, by, "install", done.before(), done.after());
                } else {
                    audit(em, by, "update", done.before(), described(done.after(), Map.of("renewedBundles", done.renewed(),
                            "reason", "the same version with new bytes at its location")));
                }
            });
            return done.after();
        } finally {
            managing.remove(id);
        }
    }

    /** The version asked for, or the newest offered. */
    private static Feature wanted(String id, String version, List<Feature> versions) {
        return version == null ? versions.get(versions.size() - 1)
                : versions.stream().filter(f -> f.getVersion().equals(version)).findFirst()
                        .orElseThrow(() -> new NotFoundException("plugin version", id + " " + version));
    }

    /**
     * A plugin before and after a version of its feature was installed.
     *
     * @param renewed the plugin's bundles updated in place with new bytes at their location (the
     *                same version installed again, as a SNAPSHOT is rebuilt); empty otherwise
     */
    private record Installed(PluginInfo before, Feature feature, PluginInfo after, List<String> renewed) {
    }

    /** The plugin as the audit trail shows it, with what else there is to say. */
    private static Map<String, Object> described(PluginInfo info, Map<String, Object> more) {
        Map<String, Object> described = new java.util.LinkedHashMap<>();
        described.put("id", info.id());
        described.put("version", info.version());
        described.put("rom", info.rom());
        described.put("state", info.state());
        described.put("feature", info.feature());
        described.putAll(more);
        return described;
    }

    /**
     * Installs a version of the plugin's feature (the newest offered when null) and removes the
     * other versions, refreshing no other bundle: for a caller's install and for the start's
     * reconciliation alike. Who may do it, and what the audit trail says, is the caller's part.
     */
    private Installed installVersion(String id, String version) {
        PluginInfo before = get(id);
        List<Feature> versions = offered().getOrDefault(id, List.of());
        if (versions.isEmpty()) {
            throw new NotFoundException("plugin", id);
        }
        Feature wanted = wanted(id, version, versions);
        try {
            for (Feature other : versions) {
                if (!other.getVersion().equals(wanted.getVersion()) && features.isInstalled(other)) {
                    features.uninstallFeature(other.getName(), other.getVersion(), NO_REFRESH);
                }
            }
            List<String> renewed = List.of();
            if (!features.isInstalled(wanted)) {
                features.installFeature(wanted.getName(), wanted.getVersion(), NO_REFRESH);
            } else {
                renewed = renew(id, wanted);
            }
            return new Installed(before, wanted, get(id), renewed);
        } catch (RuntimeException e) {
            throw e instanceof nl.nts.platform.api.NtsException ? e
                    : new IllegalStateException("installing plugin " + id + " " + wanted.getVersion() + " failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("installing plugin " + id + " " + wanted.getVersion() + " failed: " + e.getMessage(), e);
        }
    }

    /** The most a plugin bundle's bytes may weigh when its location is read again. */
    private static final int MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

    /**
     * The version installed is the one asked for: the plugin's own bundles (those with its
     * {@code NTS-Plugin-Id}; never a library the feature shares with others) whose location now
     * holds other bytes than the installed ones, as a rebuilt SNAPSHOT does, are updated in place
     * from that location, refreshing nothing else.
     *
     * @return the symbolic names of the bundles updated; empty when every byte is the same
     */
    private List<String> renew(String id, Feature feature) throws Exception {
        List<String> renewed = new ArrayList<>();
        for (BundleInfo info : feature.getBundles()) {
            Bundle bundle = context.getBundle(info.getLocation());
            if (bundle == null || !id.equals(bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID))) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = new URL(info.getLocation()).openStream()) {
                bytes = in.readNBytes(MAX_BUNDLE_BYTES + 1);
            }
            if (bytes.length > MAX_BUNDLE_BYTES) {
                throw new IllegalStateException(info.getLocation() + " holds more than " + MAX_BUNDLE_BYTES / (1024 * 1024) + " MB");
            }
            if (!BundleContent.of(bytes).equals(BundleContent.of(bundle))) {
                bundle.update(new java.io.ByteArrayInputStream(bytes));
                renewed.add(bundle.getSymbolicName());
                LOG.info(() -> "Plugin " + id + " " + feature.getVersion() + ": bundle " + bundle.getSymbolicName() + " updated with the new bytes at "
                        + info.getLocation());
            }
        }
        if (renewed.isEmpty()) {
            LOG.info(() -> "Plugin " + id + " " + feature.getVersion() + " is installed with the very bytes its feature's locations hold: nothing to update");
        }
        return List.copyOf(renewed);
    }

    @Override
    public void uninstall(String id) {
        checkId(id);
        String by = requireManager(id, "remove plugin", null);
        managing.add(id);
        try {
            uninstallFeature(id, by);
        } finally {
            managing.remove(id);
        }
    }

    private void uninstallFeature(String id, String by) {
        PluginInfo before = get(id);
        List<Feature> installed = new ArrayList<>();
        for (Feature f : offered().getOrDefault(id, List.of())) {
            if (features.isInstalled(f)) {
                installed.add(f);
            }
        }
        if (installed.isEmpty()) {
            if (recorded().containsKey(id)) {
                // recorded as installed, but its feature is missing here: forgetting it is all there is to do
                jpa.tx(TransactionType.Required, em -> {
                    em.remove(em.find(InstalledPluginEntity.class, id));
                    audit(em, by, "uninstall", before, null);
                });
                LOG.info(() -> "Plugin " + id + " is no longer recorded as installed (its feature was missing here), by " + by);
                return;
            }
            throw new NotFoundException("installed plugin", id);
        }
        try {
            for (Feature f : installed) {
                features.uninstallFeature(f.getName(), f.getVersion(), NO_REFRESH);
            }
        } catch (Exception e) {
            throw new IllegalStateException("removing plugin " + id + " failed: " + e.getMessage(), e);
        }
        jpa.tx(TransactionType.Required, em -> {
            InstalledPluginEntity recorded = em.find(InstalledPluginEntity.class, id);
            if (recorded != null) {
                em.remove(recorded);
            }
            audit(em, by, "uninstall", before, find(id).orElse(null));
        });
    }

    private void audit(javax.persistence.EntityManager em, String by, String action, Object before, Object after) {
        List<String> roms = new ArrayList<>();
        String id = null;
        for (Object p : new Object[] {before, after}) {
            if (p instanceof PluginInfo info) {
                id = info.id();
                if (info.rom() != null) {
                    roms.add(info.rom());
                }
            } else if (p instanceof Map<?, ?> map) {
                id = String.valueOf(map.get("id"));
                if (map.get("rom") != null) {
                    roms.add(String.valueOf(map.get("rom")));
                }
            }
        }
        Audit.record(em, clock.instant(), by, action, "plugin", id, roms, before, after);
    }

    /** Records the version installed now; one that stays the same keeps who installed it and when. */
    private void record(javax.persistence.EntityManager em, String id, String feature, String version, String rom, String by) {
        InstalledPluginEntity recorded = em.find(InstalledPluginEntity.class, id);
        if (recorded == null) {
            recorded = new InstalledPluginEntity(id);
            recorded.installed(feature, version, rom, by, clock.instant());
            em.persist(recorded);
        } else if (!Reconciliation.sameVersion(recorded.version(), version)) {
            recorded.installed(feature, version, rom, by, clock.instant());
        }
    }

    /** @return the plugins the database records as installed, by id */
    Map<String, InstalledPluginEntity> recorded() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, InstalledPluginEntity> byId = new TreeMap<>();
            em.createQuery("select p from InstalledPluginEntity p", InstalledPluginEntity.class).getResultList()
                    .forEach(p -> byId.put(p.plugin(), p));
            return byId;
        });
    }

    /** @return the versions the repositories offer, oldest first */
    List<String> offeredVersions(String id) {
        return offered().getOrDefault(id, List.of()).stream().map(Feature::getVersion).toList();
    }

    /** @return the version of the plugin's bundle installed now, if any */
    Optional<String> installedVersion(String id) {
        for (Bundle bundle : context.getBundles()) {
            if (id.equals(bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID))) {
                return Optional.of(bundle.getVersion().toString());
            }
        }
        return Optional.empty();
    }

    /** Whether Karaf's feature service has the core's feature installed and lists the plugin features: the boot's provisioning is through. */
    boolean provisioned() {
        try {
            boolean core = false;
            for (Feature f : features.listInstalledFeatures()) {
                core |= "nts-core".equals(f.getName());
            }
            return core && !offered().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** The start's reconciliation is about to install these; until it is done they show as PENDING. */
    void pending(java.util.Collection<String> ids) {
        pending.addAll(ids);
    }

    void settled(String id) {
        pending.remove(id);
    }

    /**
     * Installs a version of a plugin the database records as installed, for the start's
     * reconciliation: as the core, with an audit entry that says why. An upgrade (a newer version
     * than recorded, as a new distribution brings it) is recorded as such; the same version keeps
     * who installed it and when.
     */
    PluginInfo installRecorded(String id, String version, String recordedVersion, String reason) {
        managing.add(id);
        try {
            Installed done = installVersion(id, version);
            PluginInfo after = done.after();
            Map<String, Object> more = new java.util.LinkedHashMap<>();
            more.put("recordedVersion", recordedVersion);
            more.put("reason", reason);
            if (!done.renewed().isEmpty()) {
                more.put("renewedBundles", done.renewed());
            }
            Map<String, Object> described = described(after, more);
            boolean upgrade = !Reconciliation.sameVersion(recordedVersion, done.feature().getVersion());
            jpa.tx(TransactionType.Required, em -> {
                if (upgrade) {
                    record(em, id, done.feature().getName(), done.feature().getVersion(), after.rom(), PluginStateReconciler.ACTOR);
                }
                audit(em, PluginStateReconciler.ACTOR, upgrade ? "update" : "install", done.before(), described);
            });
            return after;
        } finally {
            managing.remove(id);
        }
    }

    /** Records a plugin installed in this runtime that the database does not list yet (a runtime from before plugins were recorded). */
    void adopt(String id, String version, String rom) {
        jpa.tx(TransactionType.Required, em -> {
            if (em.find(InstalledPluginEntity.class, id) == null) {
                record(em, id, PluginProperties.FEATURE_PREFIX + id, version, rom, PluginStateReconciler.ACTOR);
                Map<String, Object> described = new java.util.LinkedHashMap<>();
                described.put("id", id);
                described.put("version", version);
                described.put("rom", rom);
                described.put("reason", "installed in this runtime, not yet recorded in the database");
                audit(em, PluginStateReconciler.ACTOR, "record", null, described);
            }
        });
    }

    /** Who manages a plugin, checked as for installing it. @return the caller's name for the audit trail */
    String requireManager(String id, String what) {
        return requireManager(id, what, null);
    }

    /**
     * The operator manages every plugin; a ROM's admin those of their ROM (an unknown id is a 404
     * for both).
     *
     * @param asked the ROM the version to install declares (null when none is to be installed);
     *              a ROM's admin may install it only when it, too, is their ROM's
     * @return who manages it, for the audit trail
     */
    private String requireManager(String id, String what, Optional<String> asked) {
        Caller who = scope.current().orElseThrow(() -> new SecurityException("no caller is known for managing plugins"));
        Optional<String> rom = Optional.ofNullable(get(id).rom());
        if (!who.national()) {
            java.util.Set<Optional<String>> roms = new java.util.LinkedHashSet<>();
            roms.add(rom);
            if (asked != null) {
                roms.add(asked);
            }
            for (Optional<String> one : roms) {
                if (one.isEmpty()) {
                    who.requireRole(what + " " + id + " (a national plugin)");
                } else {
                    who.requireRole(what + " " + id, Roles.romAdmin(one.get()));
                }
            }
        }
        return who.actor();
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException("id", "a plugin id is lowercase letters, digits and '-', e.g. report-csv");
        }
    }

    /** The plugin features the configured repositories offer, by plugin id, oldest version first. */
    private Map<String, List<Feature>> offered() {
        Map<String, List<Feature>> byId = new TreeMap<>();
        try {
            for (Feature f : features.listFeatures()) {
                if (f.getName().startsWith(PluginProperties.FEATURE_PREFIX)) {
                    byId.computeIfAbsent(f.getName().substring(PluginProperties.FEATURE_PREFIX.length()), k -> new ArrayList<>()).add(f);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the feature repositories cannot be read: " + e.getMessage(), e);
        }
        byId.values().forEach(list -> list.sort(Comparator.comparing(Feature::getVersion, Reconciliation::compare)));
        return byId;
    }

    private PluginInfo installed(String id, Bundle bundle, List<Feature> versions) {
        String feature = versions.stream().anyMatch(features::isInstalled) ? PluginProperties.FEATURE_PREFIX + id : null;
        return new PluginInfo(id, bundle.getHeaders().get("Bundle-Name"), bundle.getVersion().toString(),
                bundle.getHeaders().get("Bundle-Vendor"), bundle.getHeaders().get(PluginProperties.HEADER_ROM), state(bundle), feature,
                versions.stream().map(Feature::getVersion).toList(), contributions(bundle));
    }

    /** Recorded as installed, but not installed here (yet): PENDING while the start installs it, else MISSING. */
    private PluginInfo notInstalled(InstalledPluginEntity recorded, List<Feature> versions) {
        return new PluginInfo(recorded.plugin(), null, recorded.version(), null, recorded.rom(), pending.contains(recorded.plugin()) ? "PENDING" : "MISSING",
                recorded.feature(), versions.stream().map(Feature::getVersion).toList(), List.of());
    }

    private PluginInfo available(String id, List<Feature> versions) {
        Feature newest = versions.get(versions.size() - 1);
        String rom = offeredRoms.computeIfAbsent(newest.getName() + "/" + newest.getVersion(), k -> romOf(id, newest)).orElse(null);
        return new PluginInfo(id, null, null, null, rom, "AVAILABLE", PluginProperties.FEATURE_PREFIX + id,
                versions.stream().map(Feature::getVersion).toList(), List.of());
    }

    /** The NTS-Plugin-Rom header of the feature's bundle that carries the plugin's id; empty for a national plugin. */
    static Optional<String> romOf(String id, Feature feature) {
        for (BundleInfo bundle : feature.getBundles()) {
            try (InputStream in = new URL(bundle.getLocation()).openStream(); JarInputStream jar = new JarInputStream(in)) {
                Manifest manifest = jar.getManifest();
                if (manifest != null && id.equals(manifest.getMainAttributes().getValue(PluginProperties.HEADER_PLUGIN_ID))) {
                    return Optional.ofNullable(manifest.getMainAttributes().getValue(PluginProperties.HEADER_ROM));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot read the manifest of " + bundle.getLocation() + " (plugin " + id + "): " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static List<String> contributions(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getRegisteredServices();
        if (services == null) {
            return List.of();
        }
        List<String> contributions = new ArrayList<>();
        for (ServiceReference<?> service : services) {
            if (service.getProperty(PluginProperties.PLUGIN_ID) == null) {
                continue;
            }
            String[] types = (String[]) service.getProperty("objectClass");
            for (String type : types) {
                if (type.equals(ReportFormat.class.getName())) {
                    contributions.add("report format " + service.getProperty(ReportFormat.FORMAT));
                } else {
                    contributions.add(type.substring(type.lastIndexOf('.') + 1));
                }
            }
        }
        contributions.sort(null);
        return contributions;
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
