package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * One ConfigurationAdmin configuration a plugin owns, as the platform's state holds it. The
 * properties are JSON with their types ({@code {"timeout":{"type":"Integer","value":5}}}), secrets
 * included: the database is where the platform keeps its state. Exports leave the secrets out.
 */
@Entity
@Table(name = "NTS_PLUGIN_CONFIG")
public class PluginConfigEntity {

    /** The table and its properties column, as backups see them. */
    public static final String TABLE = "NTS_PLUGIN_CONFIG";
    public static final String PROPERTIES_COLUMN = "PROPERTIES";

    @Id
    @Column(name = "PID", length = 200)
    private String pid;

    @Column(name = "PLUGIN_ID", nullable = false, length = 63)
    private String plugin;

    @Lob
    @Column(name = "PROPERTIES", nullable = false)
    private String properties;

    @Column(name = "CHANGED_BY", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;

    protected PluginConfigEntity() {
        // for JPA
    }

    public PluginConfigEntity(String pid, String plugin) {
        this.pid = pid;
        this.plugin = plugin;
    }

    public void changed(String properties, String by, Instant at) {
        this.properties = properties;
        this.changedBy = by;
        this.changedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String pid() {
        return pid;
    }

    public String plugin() {
        return plugin;
    }

    public String properties() {
        return properties;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt.toInstant(ZoneOffset.UTC);
    }
}
