package nl.nts.platform.core.plugins;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.metatype.MetaTypeService;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.core.shared.PluginSettings;
import nl.nts.platform.core.shared.Secrets;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.PluginConfigEntity;

/**
 * The configuration plugins own, kept in the database as well as in ConfigurationAdmin. A plugin
 * owns the PIDs its bundle's Declarative Services components name ({@code configurationPid}),
 * and their factory configurations ({@code pid~name}). A change through this service is stored
 * and audited, then handed to ConfigurationAdmin; a change by other means (Karaf's
 * {@code config:edit}, a file in {@code etc/}) is heard as an event and stored too, with the
 * actor {@code karaf}. At start the database wins: the configuration it holds is written into
 * ConfigurationAdmin before the plugin is installed, and events until then are not stored.
 * Secrets are masked in answers and in the audit trail.
 */
@Component(service = {PluginSettings.class, PluginConfigurations.class, ConfigurationListener.class}, immediate = true)
public class PluginConfigurations implements PluginSettings, ConfigurationListener {

    static final String KIND = "plugin-configuration";
    private static final Logger LOG = Logger.getLogger(PluginConfigurations.class.getName());

    private final BundleContext context;
    private final ConfigurationAdmin configurationAdmin;
    private final ServiceComponentRuntime components;
    private final JpaTemplate jpa;
    private final FeaturePluginCatalog catalog;
    private final MetaTypeService metatype;
    private final Clock clock = Clock.systemUTC();
    /** Until the start has written the stored configuration into ConfigurationAdmin, events about it are not the state. */
    private volatile boolean reconciled;

    @Activate
    public PluginConfigurations(BundleContext context, @Reference ConfigurationAdmin configurationAdmin, @Reference ServiceComponentRuntime components,
            @Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference FeaturePluginCatalog catalog, @Reference MetaTypeService metatype) {
        this.metatype = metatype;
        this.context = context;
        this.configurationAdmin = configurationAdmin;
        this.components = components;
        this.jpa = jpa;
        this.catalog = catalog;
    }

    /**
     * Read as it is written: only who may manage the plugin (an operator, or an admin of the plugin's
     * ROM) sees its configuration, also with secrets masked. What is stored, what the plugin owns and
     * what ConfigurationAdmin holds are each read once, however many PIDs there are.
     */
    @Override
    public List<PluginConfiguration> configurations(String plugin) {
        catalog.requireManager(plugin, "read the configuration of plugin");
        Map<String, PluginConfigEntity> stored = stored(plugin);
        Set<String> owned = ownedPids(plugin);
        Map<String, Configuration> live = new TreeMap<>();
        liveOf(owned, stored.keySet()).forEach(c -> live.put(c.getPid(), c));
        Set<String> pids = new TreeSet<>(owned);
        pids.addAll(stored.keySet());
        live.keySet().stream().filter(pid -> pid.contains("~")).forEach(pids::add);
        List<PluginConfiguration> answer = new ArrayList<>();
        List<Bundle> bundles = bundles(plugin);
        for (String pid : pids) {
            PluginConfigEntity row = stored.get(pid);
            Map<String, Object> properties = row != null ? ConfigValues.read(row.properties())
                    : Optional.ofNullable(live.get(pid)).map(c -> ConfigValues.of(c.getProperties())).orElse(Map.of());
            Optional<PluginMetatype> described = PluginMetatype.of(metatype, bundles, pid);
            answer.add(new PluginConfiguration(plugin, pid, described.map(PluginMetatype::name).orElse(null),
                    shown(properties, described.map(PluginMetatype::secrets).orElse(Set.of())),
                    described.map(d -> d.settings(properties)).orElse(List.of()), row == null ? null : row.changedBy(),
                    row == null ? null : row.changedAt()));
        }
        return answer;
    }

    @Override
    public PluginConfiguration configure(String plugin, String pid, Map<String, Object> sent) {
        String by = catalog.requireManager(plugin, "configure plugin");
        requireOwned(plugin, pid, stored(plugin));
        if (sent == null) {
            throw new ValidationException("properties", "the configuration's properties are required, e.g. {\"properties\": {\"key\": \"value\"}}");
        }
        Map<String, Object> properties = ConfigValues.fromClient(sent);
        Map<String, Object> current = current(pid);
        Optional<PluginMetatype> described = PluginMetatype.of(metatype, bundles(plugin), pid);
        Set<String> secrets = described.map(PluginMetatype::secrets).orElse(Set.of());
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if ((Secrets.isSecret(e.getKey()) || secrets.contains(e.getKey())) && Secrets.MASK.equals(e.getValue())) {
                Object kept = current.get(e.getKey());
                if (kept == null) {
                    throw new ValidationException("properties." + e.getKey(), "no stored secret to keep: send its value");
                }
                e.setValue(kept);
            }
        }
        // checked against the plugin's metatype before anything is stored: a bad value is a 422 naming its setting
        Map<String, Object> checked = described.map(d -> d.check(properties)).orElse(properties);
        String rom = catalog.get(plugin).rom();
        PluginConfigEntity row = jpa.txExpr(TransactionType.Required, em -> store(em, plugin, pid, rom, current, checked, by, secrets));
        write(pid, checked);
        LOG.info(() -> "Plugin " + plugin + "'s configuration " + pid + " set by " + by + ": keys " + checked.keySet());
        return new PluginConfiguration(plugin, pid, described.map(PluginMetatype::name).orElse(null), shown(checked, secrets),
                described.map(d -> d.settings(checked)).orElse(List.of()), row.changedBy(), row.changedAt());
    }

    @Override
    public void unconfigure(String plugin, String pid) {
        String by = catalog.requireManager(plugin, "configure plugin");
        requireOwned(plugin, pid, stored(plugin));
        Map<String, Object> current = current(pid);
        boolean stored = jpa.txExpr(TransactionType.Required, em -> {
            PluginConfigEntity row = em.find(PluginConfigEntity.class, pid);
            if (row == null) {
                return false;
            }
            em.remove(row);
            audit(em, by, "delete", pid, romOf(plugin), current, null, secretsOf(plugin, pid));
            return true;
        });
        List<Configuration> live = live(pid);
        if (!stored && live.isEmpty()) {
            throw new NotFoundException("configuration", pid);
        }
        for (Configuration c : live) {
            try {
                c.delete();
            } catch (IOException e) {
                throw new IllegalStateException("configuration " + pid + " cannot be deleted: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Writes the stored configuration of these plugins into ConfigurationAdmin where it differs,
     * before they are installed: the start's reconciliation. Afterwards, changes by other means are stored.
     */
    void applyStored(Collection<String> plugins) {
        List<PluginConfigEntity> rows = jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("select c from PluginConfigEntity c order by c.pid", PluginConfigEntity.class).getResultList());
        for (PluginConfigEntity row : rows) {
            if (!plugins.contains(row.plugin())) {
                continue;
            }
            Map<String, Object> stored = ConfigValues.read(row.properties());
            Map<String, Object> live = live(row.pid()).stream().findFirst().map(c -> ConfigValues.of(c.getProperties())).orElse(null);
            if (live == null || !ConfigValues.comparable(live).equals(ConfigValues.comparable(stored))) {
                try {
                    write(row.pid(), stored);
                    LOG.info(() -> "Configured " + row.pid() + " of plugin " + row.plugin() + " as the database records it (keys " + stored.keySet()
                            + ", last changed by " + row.changedBy() + " at " + row.changedAt() + ")");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Cannot write the recorded configuration " + row.pid() + " of plugin " + row.plugin() + ": " + e.getMessage());
                }
            }
        }
    }

    /** From now on, a configuration event is a change of the state. */
    void reconciled() {
        reconciled = true;
    }

    /** A change by other means: stored, unless it is the state already. */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getPid();
        try {
            Optional<String> plugin = ownerOf(pid, event.getFactoryPid());
            if (plugin.isEmpty()) {
                return;
            }
            PluginConfigEntity row = jpa.txExpr(TransactionType.Supports, em -> em.find(PluginConfigEntity.class, pid));
            if (row != null && !reconciled) {
                return;
            }
            Map<String, Object> before = row == null ? null : ConfigValues.read(row.properties());
            String rom = romOf(plugin.get());
            if (event.getType() == ConfigurationEvent.CM_DELETED) {
                if (row != null) {
                    jpa.tx(TransactionType.Required, em -> {
                        PluginConfigEntity gone = em.find(PluginConfigEntity.class, pid);
                        if (gone != null) {
                            em.remove(gone);
                            audit(em, "karaf", "delete", pid, rom, before, null, secretsOf(plugin.get(), pid));
                        }
                    });
                }
                return;
            }
            Optional<Configuration> live = live(pid).stream().findFirst();
            if (live.isEmpty()) {
                return;
            }
            Map<String, Object> now = ConfigValues.of(live.get().getProperties());
            if (before != null && ConfigValues.comparable(before).equals(ConfigValues.comparable(now))) {
                return;
            }
            Set<String> secrets = secretsOf(plugin.get(), pid);
            jpa.tx(TransactionType.Required, em -> store(em, plugin.get(), pid, rom, before, now, "karaf", secrets));
            LOG.info(() -> "Plugin " + plugin.get() + "'s configuration " + pid + " changed by other means: recorded (keys " + now.keySet() + ")");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot record the change of configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    private PluginConfigEntity store(EntityManager em, String plugin, String pid, String rom, Map<String, Object> before, Map<String, Object> after,
            String by, Set<String> secrets) {
        PluginConfigEntity row = em.find(PluginConfigEntity.class, pid);
        boolean created = row == null;
        if (created) {
            row = new PluginConfigEntity(pid, plugin);
        }
        row.changed(ConfigValues.write(after, secrets), by, clock.instant());
        if (created) {
            em.persist(row);
        }
        audit(em, by, created && (before == null || before.isEmpty()) ? "create" : "update", pid, rom, before, after, secrets);
        return row;
    }

    private void audit(EntityManager em, String by, String action, String pid, String rom, Map<String, Object> before, Map<String, Object> after,
            Set<String> secrets) {
        Map<String, Object> afterShown = after == null ? null : shown(after, secrets);
        if (before != null && afterShown != null) {
            // a secret that changed shows as changed, still without its value
            Map<String, Object> was = ConfigValues.comparable(before);
            Map<String, Object> is = ConfigValues.comparable(after);
            afterShown.replaceAll((key, value) -> (Secrets.isSecret(key) || secrets.contains(key)) && value != null && !java.util.Objects.equals(was.get(key), is.get(key))
                    ? Secrets.MASK + " (changed)" : value);
        }
        Audit.record(em, clock.instant(), by, action, KIND, pid, rom == null ? List.of() : List.of(rom), before == null ? null : shown(before, secrets),
                afterShown);
    }

    /** Secrets (by their names, and the metatype's passwords) masked; arrays as lists, so that they show as JSON arrays. */
    private static Map<String, Object> shown(Map<String, Object> properties, Set<String> passwords) {
        Map<String, Object> shown = Secrets.masked(ConfigValues.comparable(properties));
        shown.replaceAll((key, value) -> passwords.contains(key) && value != null ? Secrets.MASK : value);
        return shown;
    }

    /** The password settings of the plugin's metatype for the PID; none without one. */
    private Set<String> secretsOf(String plugin, String pid) {
        return PluginMetatype.of(metatype, bundles(plugin), pid).map(PluginMetatype::secrets).orElse(Set.of());
    }

    /** The installed bundles of a plugin. */
    private List<Bundle> bundles(String plugin) {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (plugin.equals(bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID))) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    private String romOf(String plugin) {
        try {
            return catalog.get(plugin).rom();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private void requireOwned(String plugin, String pid, Map<String, PluginConfigEntity> stored) {
        Set<String> owned = ownedPids(plugin);
        String base = pid == null ? null : pid.contains("~") ? pid.substring(0, pid.indexOf('~')) : pid;
        if (pid == null || !(owned.contains(base) || stored.containsKey(pid))) {
            throw new ValidationException("pid", "plugin " + plugin + " owns " + (owned.isEmpty() ? "no configuration (none of its components is configurable, or it is not installed)"
                    : "the configurations " + String.join(", ", owned)) + ", not '" + pid + "'");
        }
    }

    /** The configuration as stored, else as ConfigurationAdmin holds it; empty when none. */
    private Map<String, Object> current(String pid) {
        PluginConfigEntity row = jpa.txExpr(TransactionType.Supports, em -> em.find(PluginConfigEntity.class, pid));
        if (row != null) {
            return ConfigValues.read(row.properties());
        }
        return live(pid).stream().findFirst().map(c -> ConfigValues.of(c.getProperties())).orElse(Map.of());
    }

    private Map<String, PluginConfigEntity> stored(String plugin) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, PluginConfigEntity> byPid = new TreeMap<>();
            em.createQuery("select c from PluginConfigEntity c where c.plugin = :plugin", PluginConfigEntity.class).setParameter("plugin", plugin)
                    .getResultList().forEach(c -> byPid.put(c.pid(), c));
            return byPid;
        });
    }

    /** The PIDs the plugin's installed bundles' components are configured by. */
    Set<String> ownedPids(String plugin) {
        return ownedPids(plugin::equals).getOrDefault(plugin, Set.of());
    }

    /** The PIDs installed plugin bundles' components are configured by, by plugin: one pass over the bundles. */
    private Map<String, Set<String>> ownedPids(Predicate<String> plugins) {
        Map<String, Set<String>> byPlugin = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            String plugin = bundle.getHeaders().get(PluginProperties.HEADER_PLUGIN_ID);
            if (plugin != null && plugins.test(plugin)) {
                Set<String> pids = byPlugin.computeIfAbsent(plugin, p -> new TreeSet<>());
                for (ComponentDescriptionDTO component : components.getComponentDescriptionDTOs(bundle)) {
                    if (component.configurationPid != null && !"ignore".equals(component.configurationPolicy)) {
                        pids.addAll(List.of(component.configurationPid));
                    }
                }
                // and what its metatype designates, also for a plugin without components
                pids.addAll(PluginMetatype.pids(metatype, List.of(bundle)));
            }
        }
        return byPlugin;
    }

    /** The plugin whose configuration this is: recorded as its, or named by an installed plugin's component. */
    private Optional<String> ownerOf(String pid, String factoryPid) {
        PluginConfigEntity row = jpa.txExpr(TransactionType.Supports, em -> em.find(PluginConfigEntity.class, pid));
        if (row != null) {
            return Optional.of(row.plugin());
        }
        String base = factoryPid != null ? factoryPid : pid;
        return ownedPids(plugin -> true).entrySet().stream().filter(e -> e.getValue().contains(base)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The configurations of these PIDs and the factory configurations ({@code pid~name}) of the
     * owned ones, in one query of ConfigurationAdmin.
     */
    private List<Configuration> liveOf(Set<String> owned, Set<String> stored) {
        if (owned.isEmpty() && stored.isEmpty()) {
            return List.of();
        }
        StringBuilder filter = new StringBuilder("(|");
        owned.forEach(pid -> filter.append("(service.pid=").append(escape(pid)).append(")(service.pid=").append(escape(pid)).append("~*)"));
        stored.forEach(pid -> filter.append("(service.pid=").append(escape(pid)).append(")"));
        return list(filter.append(")").toString(), "the configurations " + owned);
    }

    /** The configurations of a PID, read without binding them to any bundle. */
    private List<Configuration> live(String pid) {
        return list("(service.pid=" + escape(pid) + ")", pid);
    }

    private List<Configuration> list(String filter, String what) {
        try {
            Configuration[] found = configurationAdmin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("ConfigurationAdmin cannot be read for " + what + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    /** Hands the properties to ConfigurationAdmin, for any bundle (location "?"), as a factory configuration for {@code pid~name}. */
    private void write(String pid, Map<String, Object> properties) {
        try {
            int tilde = pid.indexOf('~');
            Configuration configuration = tilde > 0
                    ? configurationAdmin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?")
                    : configurationAdmin.getConfiguration(pid, "?");
            configuration.update(ConfigValues.dictionary(properties));
        } catch (IOException e) {
            throw new IllegalStateException("configuration " + pid + " cannot be written: " + e.getMessage(), e);
        }
    }
}
