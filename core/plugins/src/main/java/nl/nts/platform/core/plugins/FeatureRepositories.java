package nl.nts.platform.core.plugins;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Roles;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.PluginRepositories;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.PluginRepositoryEntity;

/**
 * Feature repositories added through the platform, each a Karaf feature repository
 * ({@code features.xml}) whose {@code nts-plugin-*} features the catalog then offers. The operator
 * decides in {@code etc/nl.nts.platform.plugins.repositories.cfg} where each ROM's repositories may
 * be, as URL prefixes by ROM code ({@code BOM = https://maven.bom.example/nts/, file:/srv/nts/bom/});
 * a ROM's admin adds and removes repositories only there, and a ROM's repository may offer only
 * that ROM's plugins: features named {@code nts-plugin-<id>} whose plugin bundle declares the ROM,
 * for ids no other repository offers for another ROM or nationally, and no further repositories.
 * So a ROM's repository can neither shadow a national plugin nor a feature the core installs.
 */
@Component(service = {PluginRepositories.class, FeatureRepositories.class}, configurationPid = FeatureRepositories.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class FeatureRepositories implements PluginRepositories {

    static final String PID = "nl.nts.platform.plugins.repositories";
    static final String KIND = "plugin-repository";
    private static final Set<String> SCHEMES = Set.of("file", "http", "https", "mvn");
    private static final Logger LOG = Logger.getLogger(FeatureRepositories.class.getName());

    private final FeaturesService features;
    private final JpaTemplate jpa;
    private final CallerScope scope;
    private final ReferenceData referenceData;
    private final Clock clock = Clock.systemUTC();
    private volatile Map<String, List<String>> allowed = Map.of();

    @Activate
    public FeatureRepositories(@Reference FeaturesService features, @Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa,
            @Reference CallerScope scope, @Reference ReferenceData referenceData, Map<String, Object> configuration) {
        this.features = features;
        this.jpa = jpa;
        this.scope = scope;
        this.referenceData = referenceData;
        configure(configuration);
    }

    /** The allowance by ROM: each key a ROM code, each value its URL prefixes, separated by commas. */
    @Modified
    void configure(Map<String, Object> configuration) {
        Map<String, List<String>> byRom = new TreeMap<>();
        configuration.forEach((key, value) -> {
            if (key.matches("[A-Z][A-Z0-9]{1,19}") && value != null) {
                List<String> prefixes = new ArrayList<>();
                for (String prefix : String.valueOf(value).split(",")) {
                    if (!prefix.isBlank()) {
                        prefixes.add(prefix.strip());
                    }
                }
                byRom.put(key, List.copyOf(prefixes));
            }
        });
        allowed = Map.copyOf(byRom);
    }

    private Caller caller() {
        return scope.current().orElseThrow(() -> new SecurityException("no caller is known for managing plugin repositories"));
    }

    @Override
    public Map<String, List<String>> allowed() {
        Caller who = caller();
        Map<String, List<String>> shown = new TreeMap<>(allowed);
        if (!who.national()) {
            shown.keySet().retainAll(who.administeredRoms());
            if (who.administeredRoms().isEmpty()) {
                who.requireRole("see the allowed plugin repositories");
            }
        }
        return shown;
    }

    @Override
    public List<Repository> list() {
        Caller who = caller();
        if (!who.national() && who.administeredRoms().isEmpty()) {
            who.requireRole("see the plugin repositories");
        }
        List<Repository> shown = new ArrayList<>();
        for (PluginRepositoryEntity row : recorded()) {
            if (who.national() || row.rom() != null && who.administeredRoms().contains(row.rom())) {
                shown.add(describe(row));
            }
        }
        return shown;
    }

    @Override
    public Repository add(String url, String rom) {
        Caller who = caller();
        String owner = owner(who, rom);
        URI uri = checkedUrl(url);
        String key = uri.toString();
        if (!who.national() || owner != null) {
            List<String> prefixes = allowed.getOrDefault(owner, List.of());
            if (!who.national() && prefixes.stream().noneMatch(key::startsWith)) {
                throw new SecurityException(who + " may not add the plugin repository " + key + ": " + (prefixes.isEmpty()
                        ? "the operator allows ROM " + owner + " no plugin repositories (etc/" + PID + ".cfg)"
                        : "it is not within the locations the operator allows ROM " + owner + ": " + String.join(", ", prefixes)));
            }
        }
        if (jpa.txExpr(TransactionType.Supports, em -> em.find(PluginRepositoryEntity.class, key)) != null || known(uri)) {
            throw new ConflictException("url", "the plugin repository " + key + " is added already");
        }
        try {
            features.addRepository(uri, false);
        } catch (Exception e) {
            throw new ValidationException("url", "Karaf cannot read a feature repository at " + key + ": " + e.getMessage());
        }
        try {
            List<String> plugins = checkOffer(uri, owner);
            PluginRepositoryEntity row = new PluginRepositoryEntity(key, owner, who.actor(), clock.instant());
            jpa.tx(TransactionType.Required, em -> {
                em.persist(row);
                Audit.record(em, clock.instant(), who.actor(), "add", KIND, key, owner == null ? List.of() : List.of(owner), null, audited(key, owner, plugins));
            });
            LOG.info(() -> "Plugin repository " + key + (owner == null ? " (national)" : " of ROM " + owner) + " added by " + who.actor() + ": " + plugins);
            return describe(row);
        } catch (RuntimeException e) {
            removeQuietly(uri);
            throw e;
        }
    }

    @Override
    public void remove(String url) {
        Caller who = caller();
        String key = url == null ? null : url.strip();
        PluginRepositoryEntity row = key == null ? null : jpa.txExpr(TransactionType.Supports, em -> em.find(PluginRepositoryEntity.class, key));
        if (row == null) {
            throw new NotFoundException("plugin repository", String.valueOf(url));
        }
        if (row.rom() == null) {
            who.requireRole("remove the national plugin repository " + key);
        } else {
            who.requireRole("remove the plugin repository " + key + " of ROM " + row.rom(), Roles.romAdmin(row.rom()));
        }
        URI uri = URI.create(key);
        List<String> installed = new ArrayList<>();
        for (Feature f : provided(uri)) {
            if (features.isInstalled(f)) {
                installed.add(f.getName() + " " + f.getVersion());
            }
        }
        if (!installed.isEmpty()) {
            throw new ConflictException("url", "installed from this repository: " + String.join(", ", installed) + "; remove the plugin first");
        }
        List<String> plugins = plugins(uri);
        try {
            if (known(uri)) {
                features.removeRepository(uri, false);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the plugin repository " + key + " cannot be removed: " + e.getMessage(), e);
        }
        jpa.tx(TransactionType.Required, em -> {
            em.remove(em.find(PluginRepositoryEntity.class, key));
            Audit.record(em, clock.instant(), who.actor(), "remove", KIND, key, row.rom() == null ? List.of() : List.of(row.rom()),
                    audited(key, row.rom(), plugins), null);
        });
        LOG.info(() -> "Plugin repository " + key + " removed by " + who.actor());
    }

    /**
     * Adds the recorded repositories this runtime lacks, checked as when they were added, before the
     * start installs the recorded plugins: the database is the state. One that cannot be read or no
     * longer passes stays recorded and is left out, with a warning.
     */
    void restore() {
        for (PluginRepositoryEntity row : recorded()) {
            URI uri = URI.create(row.url());
            if (known(uri)) {
                continue;
            }
            try {
                features.addRepository(uri, false);
                checkOffer(uri, row.rom());
                LOG.info(() -> "Plugin repository " + row.url() + " added as the database records it (by " + row.addedBy() + ")");
            } catch (Exception e) {
                removeQuietly(uri);
                LOG.log(Level.WARNING, "The recorded plugin repository " + row.url() + " is left out: " + e.getMessage());
            }
        }
    }

    /** The ROM the repository is for: the one named (which the caller must administer), or the caller's only ROM. */
    private String owner(Caller who, String rom) {
        String named = rom == null || rom.isBlank() ? null : rom.strip().toUpperCase(java.util.Locale.ROOT);
        if (named != null && referenceData.roms().stream().noneMatch(r -> r.code().equals(named))) {
            throw new ValidationException("rom", "'" + rom + "' is no ROM code");
        }
        if (named == null && !who.national()) {
            Set<String> mine = who.administeredRoms();
            if (mine.size() != 1) {
                if (mine.isEmpty()) {
                    who.requireRole("add a plugin repository");
                }
                throw new ValidationException("rom", "is required: the ROM whose plugins the repository offers (" + String.join(", ", new java.util.TreeSet<>(mine)) + ")");
            }
            return mine.iterator().next();
        }
        if (named != null) {
            who.requireRole("add a plugin repository for ROM " + named, Roles.romAdmin(named));
        } else {
            who.requireRole("add a national plugin repository");
        }
        return named;
    }

    private static URI checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new ValidationException("url", "is required: where Karaf reads the feature repository, e.g. https://maven.bom.example/nts/plugins-features.xml");
        }
        if (url.length() > 500) {
            throw new ValidationException("url", "is longer than 500 characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "is no URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!SCHEMES.contains(scheme) || !uri.isAbsolute()) {
            throw new ValidationException("url", "is a file:, http:, https: or mvn: URL of a feature repository");
        }
        // a prefix of the allowance must hold for the place itself, not for a path that climbs out of it
        String text = uri.toString();
        if (text.contains("/../") || text.contains("/./") || text.endsWith("/..") || text.contains("%2e") || text.contains("%2E")) {
            throw new ValidationException("url", "has '.' or '..' segments: name the repository's own location");
        }
        return uri;
    }

    /**
     * What a repository just added offers, checked: for a ROM, only {@code nts-plugin-*} features
     * whose plugin bundle declares that ROM, for ids not offered elsewhere for another owner, and no
     * further repositories; a national repository any plugin features.
     *
     * @return the plugins it offers, as {@code id version}
     * @throws ValidationException naming {@code url} when it offers what it may not
     */
    private List<String> checkOffer(URI uri, String rom) {
        org.apache.karaf.features.Repository repository = repository(uri);
        if (repository == null) {
            throw new ValidationException("url", "Karaf lists no feature repository at " + uri);
        }
        List<String> plugins = new ArrayList<>();
        try {
            if (rom != null && repository.getRepositories() != null && repository.getRepositories().length > 0) {
                throw new ValidationException("url", "a ROM's plugin repository names no further repositories; this one names "
                        + java.util.Arrays.toString(repository.getRepositories()));
            }
            Map<String, Optional<String>> romsElsewhere = romsOfferedElsewhere(uri);
            for (Feature f : repository.getFeatures()) {
                if (!f.getName().startsWith(PluginProperties.FEATURE_PREFIX)) {
                    if (rom != null) {
                        throw new ValidationException("url", "a ROM's plugin repository offers plugin features (nts-plugin-<id>) only; this one offers " + f.getName());
                    }
                    continue;
                }
                String id = f.getName().substring(PluginProperties.FEATURE_PREFIX.length());
                Optional<String> declared = FeaturePluginCatalog.romOf(id, f);
                if (rom != null && !declared.equals(Optional.of(rom))) {
                    throw new ValidationException("url", "plugin " + id + " " + f.getVersion() + " in it declares "
                            + declared.map(r -> "ROM " + r).orElse("no ROM (a national plugin)") + ", not " + rom + " (header " + PluginProperties.HEADER_ROM + " of the bundle with "
                            + PluginProperties.HEADER_PLUGIN_ID + ": " + id + ")");
                }
                Optional<String> elsewhere = romsElsewhere.get(id);
                if (elsewhere != null && !elsewhere.equals(declared)) {
                    throw new ValidationException("url", "plugin " + id + " is offered already as " + elsewhere.map(r -> "ROM " + r + "'s").orElse("a national plugin")
                            + " by another repository");
                }
                plugins.add(id + " " + f.getVersion());
            }
        } catch (ValidationException e) {
            throw e;
        } catch (Exception e) {
            throw new ValidationException("url", "the feature repository at " + uri + " cannot be read: " + e.getMessage());
        }
        return plugins;
    }

    /** The ROM (empty: national) of each plugin id the other repositories offer, read from the newest version. */
    private Map<String, Optional<String>> romsOfferedElsewhere(URI except) throws Exception {
        Map<String, Feature> newest = new TreeMap<>();
        for (org.apache.karaf.features.Repository other : features.listRepositories()) {
            if (other.getURI().equals(except)) {
                continue;
            }
            for (Feature f : other.getFeatures()) {
                if (f.getName().startsWith(PluginProperties.FEATURE_PREFIX)) {
                    newest.merge(f.getName().substring(PluginProperties.FEATURE_PREFIX.length()), f,
                            (a, b) -> Reconciliation.compare(a.getVersion(), b.getVersion()) >= 0 ? a : b);
                }
            }
        }
        Map<String, Optional<String>> roms = new TreeMap<>();
        newest.forEach((id, f) -> roms.put(id, FeaturePluginCatalog.romOf(id, f)));
        return roms;
    }

    private org.apache.karaf.features.Repository repository(URI uri) {
        try {
            return features.getRepository(uri);
        } catch (Exception e) {
            return null;
        }
    }

    private boolean known(URI uri) {
        return repository(uri) != null;
    }

    private List<Feature> provided(URI uri) {
        org.apache.karaf.features.Repository repository = repository(uri);
        try {
            return repository == null ? List.of() : List.of(repository.getFeatures());
        } catch (Exception e) {
            return List.of();
        }
    }

    private List<String> plugins(URI uri) {
        return provided(uri).stream().filter(f -> f.getName().startsWith(PluginProperties.FEATURE_PREFIX))
                .map(f -> f.getName().substring(PluginProperties.FEATURE_PREFIX.length()) + " " + f.getVersion()).toList();
    }

    private void removeQuietly(URI uri) {
        try {
            if (known(uri)) {
                features.removeRepository(uri, false);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Cannot take the refused plugin repository " + uri + " out again: " + e.getMessage());
        }
    }

    private List<PluginRepositoryEntity> recorded() {
        return jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("select r from PluginRepositoryEntity r order by r.url", PluginRepositoryEntity.class).getResultList());
    }

    private Repository describe(PluginRepositoryEntity row) {
        org.apache.karaf.features.Repository karaf = repository(URI.create(row.url()));
        return new Repository(row.url(), row.rom(), karaf == null ? null : karaf.getName(), plugins(URI.create(row.url())), row.addedBy(), row.addedAt());
    }

    private static Map<String, Object> audited(String url, String rom, List<String> plugins) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("url", url);
        shown.put("rom", rom);
        shown.put("plugins", plugins);
        return shown;
    }
}
