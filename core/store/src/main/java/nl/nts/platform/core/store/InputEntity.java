package nl.nts.platform.core.store;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
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
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;

@Entity
// the list's default order, both ways (H2 reads an index in its own direction only): a page is read off the index
@Table(name = "NTS_INPUT", indexes = {@Index(name = "INDEX_NTS_INPUT_CREATED_AT_ID", columnList = "CREATED_AT, ID"),
        @Index(name = "INDEX_NTS_INPUT_CREATED_AT_ID_DESC", columnList = "CREATED_AT DESC, ID DESC")})
public class InputEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_INPUT_SEQ")
    @SequenceGenerator(name = "NTS_INPUT_SEQ", sequenceName = "NTS_INPUT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "WORKSHOP_ID", nullable = false)
    private WorkshopEntity workshop;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne
    @JoinColumn(name = "ORGANISATION_ID")
    private OrganisationEntity organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private InputKind kind;

    @Column(name = "THEME", nullable = false, length = 40)
    private String theme;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_INPUT_TECHNOLOGY", joinColumns = @JoinColumn(name = "INPUT_ID"),
            inverseJoinColumns = @JoinColumn(name = "TECHNOLOGY_CODE"))
    private List<TechnologyEntity> technologies = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne
    @JoinColumn(name = "VALUE_CHAIN_ID")
    private ValueChainEntity valueChain;

    @Column(name = "TEXT", nullable = false, length = 4000)
    private String text;

    @Column(name = "STATUS", nullable = false, length = 40)
    private String status;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany(mappedBy = "inputs")
    private List<ActionEntity> answeredBy = new ArrayList<>();

    @Override
    public Long id() {
        return id;
    }

    public WorkshopEntity workshop() {
        return workshop;
    }

    public String status() {
        return status;
    }

    /** Only the workflow engine changes a stored input's status. */
    public void status(String status) {
        this.status = status;
    }

    public List<TechnologyEntity> technologies() {
        return java.util.Collections.unmodifiableList(technologies);
    }

    public List<ActionEntity> answeredBy() {
        return answeredBy;
    }

    public void assign(Input input, WorkshopEntity workshop, OrganisationEntity organisation, List<TechnologyEntity> technologies,
            ValueChainEntity valueChain) {
        this.workshop = workshop;
        this.organisation = organisation;
        this.kind = input.kind();
        this.theme = input.theme();
        this.technologies.clear();
        this.technologies.addAll(technologies);
        this.valueChain = valueChain;
        this.text = input.text();
        this.status = input.status();
    }

    public Input toRecord() {
        return new Input(id, workshop.id(), organisation == null ? null : organisation.id(), kind, theme,
                technologies.stream().map(TechnologyEntity::code).sorted().toList(),
                valueChain == null ? null : valueChain.code(), text, status, workshop.rom().code(),
                answeredBy.stream().map(ActionEntity::id).sorted().toList(), version(), stamp().toRecord());
    }
}
