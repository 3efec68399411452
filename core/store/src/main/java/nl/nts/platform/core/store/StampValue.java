package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import nl.nts.platform.api.model.Stamp;

/** Who created and last changed a record, and when (stored in UTC). */
@Embeddable
public class StampValue {

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    private String updatedBy;

    public void created(Instant at, String by) {
        createdAt = utc(at);
        createdBy = by;
        updated(at, by);
    }

    public void updated(Instant at, String by) {
        updatedAt = utc(at);
        updatedBy = by;
    }

    public Stamp toRecord() {
        return createdAt == null ? null
                : new Stamp(createdAt.toInstant(ZoneOffset.UTC), createdBy, updatedAt.toInstant(ZoneOffset.UTC), updatedBy);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
