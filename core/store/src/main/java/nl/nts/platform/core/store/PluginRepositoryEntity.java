package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A feature repository added through the platform, with the ROM whose plugins it offers (none for
 * a national one): part of the platform's state, so that a new runtime on the same database adds
 * it again.
 */
@Entity
@Table(name = "NTS_PLUGIN_REPOSITORY")
public class PluginRepositoryEntity {

    @Id
    @Column(name = "URL", length = 500)
    private String url;

    @Column(name = "ROM_CODE", length = 20)
    private String rom;

    @Column(name = "ADDED_BY", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "ADDED_AT", nullable = false)
    private LocalDateTime addedAt;

    protected PluginRepositoryEntity() {
        // for JPA
    }

    public PluginRepositoryEntity(String url, String rom, String by, Instant at) {
        this.url = url;
        this.rom = rom;
        this.addedBy = by;
        this.addedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String url() {
        return url;
    }

    public String rom() {
        return rom;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt.toInstant(ZoneOffset.UTC);
    }
}
