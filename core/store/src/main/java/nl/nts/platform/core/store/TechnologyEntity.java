package nl.nts.platform.core.store;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import nl.nts.platform.api.model.KeyTechnology;

/** Reference data: shipped with the core, changed only by an upgrade of it, so shared between transactions. */
@Entity
@Cacheable
@Table(name = "NTS_TECHNOLOGY")
public class TechnologyEntity {

    @Id
    @Column(name = "CODE", length = 20)
    private String code;

    @Column(name = "NAME_EN", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "NAME_NL", nullable = false, length = 200)
    private String nameNl;

    protected TechnologyEntity() {
        // for JPA
    }

    public TechnologyEntity(KeyTechnology technology) {
        this.code = technology.code();
        this.nameEn = technology.nameEn();
        this.nameNl = technology.nameNl();
    }

    public String code() {
        return code;
    }

    public KeyTechnology toRecord() {
        return new KeyTechnology(code, nameEn, nameNl);
    }
}
