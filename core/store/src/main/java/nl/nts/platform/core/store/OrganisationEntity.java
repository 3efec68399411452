package nl.nts.platform.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.ManyToOne;
import javax.persistence.MapKeyColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.SegmentRef;

@Entity
// the list's default order, both ways (H2 reads an index in its own direction only): a page is read off the index
@Table(name = "NTS_ORGANISATION", indexes = {@Index(name = "INDEX_NTS_ORGANISATION_NAME_ID", columnList = "NAME, ID"),
        @Index(name = "INDEX_NTS_ORGANISATION_NAME_ID_DESC", columnList = "NAME DESC, ID DESC")})
public class OrganisationEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_ORGANISATION_SEQ")
    @SequenceGenerator(name = "NTS_ORGANISATION_SEQ", sequenceName = "NTS_ORGANISATION_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private OrganisationKind kind;

    @Column(name = "KVK_NUMBER", unique = true, length = 8)
    private String kvkNumber;

    @Column(name = "SBI_CODE", length = 10)
    private String sbiCode;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "COUNTRY", nullable = false, length = 2)
    private String country;

    @Column(name = "PROVINCE", length = 100)
    private String province;

    @Column(name = "NUTS2", length = 10)
    private String nuts2;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne
    @JoinColumn(name = "ROM_CODE")
    private RomEntity rom;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_ORGANISATION_TECHNOLOGY",
            joinColumns = @JoinColumn(name = "ORGANISATION_ID"),
            inverseJoinColumns = @JoinColumn(name = "TECHNOLOGY_CODE"))
    private List<TechnologyEntity> technologies = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_ORGANISATION_SEGMENT",
            joinColumns = @JoinColumn(name = "ORGANISATION_ID"),
            inverseJoinColumns = @JoinColumn(name = "SEGMENT_ID"))
    private List<SegmentEntity> segments = new ArrayList<>();

    @Column(name = "TRL")
    private Integer trl;

    @BatchFetch(BatchFetchType.IN)

    @ElementCollection
    @CollectionTable(name = "NTS_ORGANISATION_EXTERNAL_ID", joinColumns = @JoinColumn(name = "ORGANISATION_ID"),
            indexes = @javax.persistence.Index(name = "INDEX_NTS_ORGANISATION_EXTERNAL_ID_SYSTEM", columnList = "SOURCE_SYSTEM, EXTERNAL_ID"))
    @MapKeyColumn(name = "SOURCE_SYSTEM", length = 50)
    @Column(name = "EXTERNAL_ID", nullable = false, length = 100)
    private Map<String, String> externalIds = new HashMap<>();

    @BatchFetch(BatchFetchType.IN)

    @ElementCollection
    @CollectionTable(name = "NTS_ORGANISATION_EU_PROJECT", joinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    private List<EuProjectValue> euProjects = new ArrayList<>();

    @Override
    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public RomEntity rom() {
        return rom;
    }

    public String country() {
        return country;
    }

    public List<SegmentEntity> segments() {
        return segments;
    }

    public void assign(Organisation o, RomEntity rom, List<TechnologyEntity> technologies, List<SegmentEntity> segments) {
        this.name = o.name();
        this.kind = o.kind();
        this.kvkNumber = o.kvkNumber();
        this.sbiCode = o.sbiCode();
        this.city = o.city();
        this.country = o.country();
        this.province = o.province();
        this.nuts2 = o.nuts2();
        this.rom = rom;
        this.trl = o.trl();
        this.technologies.clear();
        this.technologies.addAll(technologies);
        this.segments.clear();
        this.segments.addAll(segments);
        this.externalIds.clear();
        this.externalIds.putAll(o.externalIds());
        this.euProjects.clear();
        o.euProjects().forEach(p -> this.euProjects.add(new EuProjectValue(p)));
    }

    public Organisation toRecord() {
        return new Organisation(id, name, kind, kvkNumber, sbiCode, city, country, province, nuts2,
                rom == null ? null : rom.code(),
                technologies.stream().map(TechnologyEntity::code).sorted().toList(),
                segments.stream().map(SegmentEntity::toRef)
                        .sorted(java.util.Comparator.comparing(SegmentRef::valueChain).thenComparing(SegmentRef::segment)).toList(),
                trl, externalIds, version(), stamp().toRecord(),
                euProjects.stream().map(EuProjectValue::toRecord).sorted(java.util.Comparator.comparing(nl.nts.platform.api.model.EuProject::id)).toList());
    }
}
