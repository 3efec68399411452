package nl.nts.platform.core.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Records that a set of sample data was loaded once, so that deleting it all and restarting
 * does not bring it back.
 */
@Entity
@Table(name = "NTS_SEED_MARKER")
public class SeedMarker {

    @Id
    @Column(name = "NAME", length = 100)
    private String name;

    @Column(name = "LOADED_AT", nullable = false)
    private LocalDateTime loadedAt;

    protected SeedMarker() {
        // for JPA
    }

    public SeedMarker(String name, LocalDateTime loadedAt) {
        this.name = name;
        this.loadedAt = loadedAt;
    }
}
