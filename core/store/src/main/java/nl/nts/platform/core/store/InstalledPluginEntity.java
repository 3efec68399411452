package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A plugin the platform has installed: part of its state, so that a new runtime on the same
 * database (a rebuild, an upgraded distribution, another node) installs it too.
 */
@Entity
@Table(name = "NTS_INSTALLED_PLUGIN")
public class InstalledPluginEntity {

    @Id
    @Column(name = "PLUGIN_ID", length = 63)
    private String plugin;

    @Column(name = "FEATURE", nullable = false, length = 100)
    private String feature;

    @Column(name = "VERSION", nullable = false, length = 64)
    private String version;

    @Column(name = "ROM_CODE", length = 20)
    private String rom;

    @Column(name = "INSTALLED_BY", nullable = false, length = 100)
    private String installedBy;

    @Column(name = "INSTALLED_AT", nullable = false)
    private LocalDateTime installedAt;

    protected InstalledPluginEntity() {
        // for JPA
    }

    public InstalledPluginEntity(String plugin) {
        this.plugin = plugin;
    }

    /** Records the version installed now, by whom and when. */
    public void installed(String feature, String version, String rom, String by, Instant at) {
        this.feature = feature;
        this.version = version;
        this.rom = rom;
        this.installedBy = by;
        this.installedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String plugin() {
        return plugin;
    }

    public String feature() {
        return feature;
    }

    public String version() {
        return version;
    }

    public String rom() {
        return rom;
    }

    public String installedBy() {
        return installedBy;
    }

    public Instant installedAt() {
        return installedAt.toInstant(ZoneOffset.UTC);
    }
}
