package nl.nts.platform.core.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.FundingCall;

@Entity
@Table(name = "NTS_FUNDING_CALL", uniqueConstraints = @UniqueConstraint(columnNames = {"SOURCE", "IDENTIFIER"}))
public class FundingCallEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_FUNDING_CALL_SEQ")
    @SequenceGenerator(name = "NTS_FUNDING_CALL_SEQ", sequenceName = "NTS_FUNDING_CALL_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SOURCE", nullable = false, length = 50)
    private String source;

    @Column(name = "IDENTIFIER", nullable = false, length = 100)
    private String identifier;

    @Column(name = "PROGRAMME", length = 200)
    private String programme;

    @Column(name = "TITLE", nullable = false, length = 300)
    private String title;

    /** UTC */
    @Column(name = "OPENING")
    private LocalDateTime opening;

    /** UTC */
    @Column(name = "DEADLINE")
    private LocalDateTime deadline;

    @Column(name = "BUDGET", precision = 15, scale = 2)
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private CallStatus status;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_FUNDING_CALL_TECHNOLOGY", joinColumns = @JoinColumn(name = "CALL_ID"),
            inverseJoinColumns = @JoinColumn(name = "TECHNOLOGY_CODE"))
    private List<TechnologyEntity> technologies = new ArrayList<>();

    @Column(name = "URL", length = 500)
    private String url;

    @Column(name = "TRL_MIN")
    private Integer trlMin;

    @Column(name = "TRL_MAX")
    private Integer trlMax;

    @Column(name = "CROSS_REGIONAL")
    private Boolean crossRegional;

    @Override
    public Long id() {
        return id;
    }

    public String identifier() {
        return identifier;
    }

    public void assign(FundingCall c, List<TechnologyEntity> technologies) {
        this.source = c.source();
        this.identifier = c.identifier();
        this.programme = c.programme();
        this.title = c.title();
        this.opening = utc(c.opening());
        this.deadline = utc(c.deadline());
        this.budget = c.budget();
        this.status = c.status();
        this.technologies.clear();
        this.technologies.addAll(technologies);
        this.url = c.url();
        this.trlMin = c.trlMin();
        this.trlMax = c.trlMax();
        this.crossRegional = c.crossRegional();
    }

    public FundingCall toRecord() {
        return new FundingCall(id, source, identifier, programme, title, instant(opening), instant(deadline), budget, status,
                technologies.stream().map(TechnologyEntity::code).sorted().toList(), url, version(), stamp().toRecord(),
                trlMin, trlMax, crossRegional);
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
