package nl.nts.platform.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Segment;
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

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_VALUE_CHAIN_TECHNOLOGY",
            joinColumns = @JoinColumn(name = "VALUE_CHAIN_ID"),
            inverseJoinColumns = @JoinColumn(name = "TECHNOLOGY_CODE"))
    @OrderBy("code")
    private List<TechnologyEntity> technologies = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_VALUE_CHAIN_ROM",
            joinColumns = @JoinColumn(name = "VALUE_CHAIN_ID"),
            inverseJoinColumns = @JoinColumn(name = "ROM_CODE"))
    @OrderBy("code")
    private List<RomEntity> roms = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @OneToMany(mappedBy = "valueChain", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SegmentEntity> segments = new ArrayList<>();

    @Embedded
    private StampValue stamp = new StampValue();

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

    public String code() {
        return code;
    }

    public List<TechnologyEntity> technologies() {
        return technologies;
    }

    public List<RomEntity> roms() {
        return roms;
    }

    public List<SegmentEntity> segments() {
        return segments;
    }

    public StampValue stamp() {
        return stamp;
    }

    /**
     * Makes the chain's segments these, in this order: segments whose code stays keep their
     * identity (and the organisations working in them); others are added or dropped.
     */
    public void assignSegments(List<Segment> wanted) {
        Map<String, SegmentEntity> current = new HashMap<>();
        segments.forEach(s -> current.put(s.code(), s));
        List<SegmentEntity> next = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Segment segment = wanted.get(i);
            SegmentEntity entity = current.getOrDefault(segment.code(), new SegmentEntity(this, segment.code()));
            entity.assign(segment.name(), i);
            next.add(entity);
        }
        segments.clear();
        segments.addAll(next);
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
                segments.stream().map(SegmentEntity::toRecord).toList(),
                version, stamp.toRecord());
    }
}
