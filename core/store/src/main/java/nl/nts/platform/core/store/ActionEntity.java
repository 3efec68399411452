package nl.nts.platform.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
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
import javax.persistence.OneToMany;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Horizon;

@Entity
// the list's default order, both ways (H2 reads an index in its own direction only): a page is read off the index
@Table(name = "NTS_ACTION", indexes = {@Index(name = "INDEX_NTS_ACTION_TITLE_ID", columnList = "TITLE, ID"),
        @Index(name = "INDEX_NTS_ACTION_TITLE_ID_DESC", columnList = "TITLE DESC, ID DESC")})
public class ActionEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_ACTION_SEQ")
    @SequenceGenerator(name = "NTS_ACTION_SEQ", sequenceName = "NTS_ACTION_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "PLAN_ID", nullable = false)
    private PlanEntity plan;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne
    @JoinColumn(name = "OWNER_ID")
    private OrganisationEntity owner;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_ACTION_PARTNER", joinColumns = @JoinColumn(name = "ACTION_ID"),
            inverseJoinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @OrderColumn(name = "POSITION")
    private List<OrganisationEntity> partners = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "HORIZON", nullable = false, length = 20)
    private Horizon horizon;

    @Column(name = "START_DATE")
    private LocalDate start;

    @Column(name = "END_DATE")
    private LocalDate end;

    @Embedded
    private BudgetValue budget = new BudgetValue();

    @BatchFetch(BatchFetchType.IN)

    @ElementCollection
    @CollectionTable(name = "NTS_ACTION_KPI", joinColumns = @JoinColumn(name = "ACTION_ID"))
    @OrderColumn(name = "POSITION")
    private List<KpiValue> kpis = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ActionStatus status;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_ACTION_TECHNOLOGY", joinColumns = @JoinColumn(name = "ACTION_ID"),
            inverseJoinColumns = @JoinColumn(name = "TECHNOLOGY_CODE"))
    private List<TechnologyEntity> technologies = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_ACTION_INPUT", joinColumns = @JoinColumn(name = "ACTION_ID"),
            inverseJoinColumns = @JoinColumn(name = "INPUT_ID"))
    @OrderColumn(name = "POSITION")
    private List<InputEntity> inputs = new ArrayList<>();

    /** Read for the action's progress; removed with it. */
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "action", cascade = CascadeType.REMOVE)
    private List<ProgressUpdateEntity> progress = new ArrayList<>();

    /** Read for its KPIs' realised values; removed with it. */
    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "action", cascade = CascadeType.REMOVE)
    private List<KpiMeasurementEntity> measurements = new ArrayList<>();

    @Override
    public Long id() {
        return id;
    }

    /** Its progress updates, in no order; add to it when one is persisted, so this transaction sees it. */
    public List<ProgressUpdateEntity> progress() {
        return progress;
    }

    /** Its KPI measurements, in no order; add to it when one is persisted. */
    public List<KpiMeasurementEntity> measurements() {
        return measurements;
    }

    /** The indicators of its KPIs, as they are spelled. */
    public List<String> indicators() {
        return kpis.stream().map(KpiValue::indicator).toList();
    }

    public ActionStatus status() {
        return status;
    }

    /** Only the workflow engine changes a stored action's status. */
    public void status(ActionStatus status) {
        this.status = status;
    }

    public PlanEntity plan() {
        return plan;
    }

    public List<InputEntity> inputs() {
        return inputs;
    }

    public void assign(Action a, PlanEntity plan, OrganisationEntity owner, List<OrganisationEntity> partners,
            List<TechnologyEntity> technologies, List<InputEntity> inputs) {
        this.plan = plan;
        this.title = a.title();
        this.description = a.description();
        this.owner = owner;
        this.partners.clear();
        this.partners.addAll(partners);
        this.horizon = a.horizon();
        this.start = a.start();
        this.end = a.end();
        // JPA reads an embedded budget whose columns are all null as no budget at all
        if (this.budget == null) {
            this.budget = new BudgetValue();
        }
        this.budget.assign(a.budget());
        this.kpis.clear();
        a.kpis().forEach(k -> this.kpis.add(new KpiValue(k)));
        this.status = a.status();
        this.technologies.clear();
        this.technologies.addAll(technologies);
        // keep both sides of the link in step, so inputs read in this transaction list this action
        this.inputs.forEach(i -> i.answeredBy().remove(this));
        this.inputs.clear();
        this.inputs.addAll(inputs);
        inputs.forEach(i -> i.answeredBy().add(this));
    }

    public Action toRecord() {
        ProgressUpdateEntity newest = progress.stream().min(ProgressUpdateEntity.NEWEST_FIRST).orElse(null);
        return new Action(id, plan.id(), title, description, owner == null ? null : owner.id(),
                partners.stream().map(OrganisationEntity::id).toList(), horizon, start, end, budget == null ? null : budget.toRecord(),
                kpis.stream().map(k -> k.toRecord(newestOf(k.indicator()))).toList(), status,
                technologies.stream().map(TechnologyEntity::code).sorted().toList(),
                inputs.stream().map(InputEntity::id).toList(),
                plan.roms().stream().map(RomEntity::code).toList(), version(), stamp().toRecord(),
                newest == null ? null : newest.toRecord());
    }

    private KpiMeasurementEntity newestOf(String indicator) {
        return measurements.stream().filter(m -> m.indicator().equals(indicator)).min(KpiMeasurementEntity.NEWEST_FIRST).orElse(null);
    }
}
