package nl.nts.platform.core.store;

import java.time.LocalDate;
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
import javax.persistence.ManyToOne;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanStatus;

@Entity
@Table(name = "NTS_PLAN")
public class PlanEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_PLAN_SEQ")
    @SequenceGenerator(name = "NTS_PLAN_SEQ", sequenceName = "NTS_PLAN_SEQ", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "VALUE_CHAIN_ID", nullable = false)
    private ValueChainEntity valueChain;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_PLAN_ROM", joinColumns = @JoinColumn(name = "PLAN_ID"), inverseJoinColumns = @JoinColumn(name = "ROM_CODE"))
    @OrderColumn(name = "POSITION")
    private List<RomEntity> roms = new ArrayList<>();

    @Column(name = "PERIOD_START", nullable = false)
    private LocalDate periodStart;

    @Column(name = "PERIOD_END", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "EDITION", nullable = false)
    private int edition;

    @Column(name = "SUMMARY", length = 4000)
    private String summary;

    @Override
    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ValueChainEntity valueChain() {
        return valueChain;
    }

    public PlanStatus status() {
        return status;
    }

    /** Only the workflow engine changes a stored plan's status. */
    public void status(PlanStatus status) {
        this.status = status;
    }

    public List<RomEntity> roms() {
        return roms;
    }

    public void assign(Plan plan, ValueChainEntity valueChain, List<RomEntity> roms) {
        this.title = plan.title();
        this.valueChain = valueChain;
        this.roms.clear();
        this.roms.addAll(roms);
        this.periodStart = plan.periodStart();
        this.periodEnd = plan.periodEnd();
        this.status = plan.status();
        this.edition = plan.edition();
        this.summary = plan.summary();
    }

    public Plan toRecord() {
        return new Plan(id, title, valueChain.code(), roms.stream().map(RomEntity::code).toList(), periodStart, periodEnd, status,
                edition, summary, version(), stamp().toRecord());
    }
}
