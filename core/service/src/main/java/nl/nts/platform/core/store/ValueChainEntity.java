package nl.nts.platform.core.store;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.OrderBy;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import nl.nts.platform.api.model.ValueChain;

@Entity
@Table(name = "NTS_VALUE_CHAIN")
public class ValueChainEntity {

    // SEQUENCE, not IDENTITY: EclipseLink 2.7's IDENTITY DDL is rejected by H2 2.x
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_VALUE_CHAIN_SEQ")
    @SequenceGenerator(name = "NTS_VALUE_CHAIN_SEQ", sequenceName = "NTS_VALUE_CHAIN_SEQ", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @ManyToMany
    @JoinTable(name = "NTS_VALUE_CHAIN_TECHNOLOGY",
            joinColumns = @JoinColumn(name = "VALUE_CHAIN_ID"),
            inverseJoinColumns = @JoinColumn(name = "TECHNOLOGY_CODE"))
    @OrderBy("code")
    private List<TechnologyEntity> technologies = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "NTS_VALUE_CHAIN_ROM",
            joinColumns = @JoinColumn(name = "VALUE_CHAIN_ID"),
            inverseJoinColumns = @JoinColumn(name = "ROM_CODE"))
    @OrderBy("code")
    private List<RomEntity> roms = new ArrayList<>();

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ValueChainEntity() {
        // for JPA
    }

    public ValueChainEntity(String code) {
        this.code = code;
    }

    public long version() {
        return version;
    }

    public void assign(String name, String description, List<TechnologyEntity> technologies, List<RomEntity> roms) {
        this.name = name;
        this.description = description;
        this.technologies.clear();
        this.technologies.addAll(technologies);
        this.roms.clear();
        this.roms.addAll(roms);
    }

    public ValueChain toRecord() {
        return new ValueChain(code, name, description,
                technologies.stream().map(TechnologyEntity::code).sorted().toList(),
                roms.stream().map(RomEntity::code).sorted().toList(),
                version);
    }
}
