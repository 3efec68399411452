package nl.nts.platform.core.store;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.Cacheable;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Rom;

/** Reference data: shipped with the core, changed only by an upgrade of it, so shared between transactions. */
@Entity
@Cacheable
@Table(name = "NTS_ROM")
public class RomEntity {

    @Id
    @Column(name = "CODE", length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @BatchFetch(BatchFetchType.IN)

    @ElementCollection
    @CollectionTable(name = "NTS_ROM_REGION", joinColumns = @JoinColumn(name = "ROM_CODE"))
    @OrderColumn(name = "POSITION")
    private List<RegionValue> regions = new ArrayList<>();

    protected RomEntity() {
        // for JPA
    }

    public RomEntity(Rom rom) {
        this.code = rom.code();
        this.name = rom.name();
        rom.regions().forEach(r -> regions.add(new RegionValue(r)));
    }

    public String code() {
        return code;
    }

    public Rom toRecord() {
        return new Rom(code, name, regions.stream().map(RegionValue::toRecord).toList());
    }
}
