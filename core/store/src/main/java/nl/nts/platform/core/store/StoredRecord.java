package nl.nts.platform.core.store;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/**
 * What every record the API changes keeps besides its own fields: a version for optimistic
 * concurrency and the stamp of who created and changed it when.
 */
@MappedSuperclass
public abstract class StoredRecord implements Versioned {

    @Embedded
    private StampValue stamp = new StampValue();

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Override
    public long version() {
        return version;
    }

    @Override
    public StampValue stamp() {
        return stamp;
    }
}
