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
import nl.nts.platform.api.model.PublicSubmission;
import nl.nts.platform.api.model.InputKind;

@Entity
// the list's default order, both ways (H2 reads an index in its own direction only): a page is read off the index
@Table(name = "NTS_INPUT", indexes = {@Index(name = "INDEX_NTS_INPUT_CREATED_AT_ID", columnList = "CREATED_AT, ID"),
        @Index(name = "INDEX_NTS_INPUT_CREATED_AT_ID_DESC", columnList = "CREATED_AT DESC, ID DESC"),
        @Index(name = "INDEX_NTS_INPUT_ROM_STATUS", columnList = "ROM_CODE, STATUS")})
public class InputEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_INPUT_SEQ")
    @SequenceGenerator(name = "NTS_INPUT_SEQ", sequenceName = "NTS_INPUT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @BatchFetch(BatchFetchType.IN)

    // none for input left on a ROM's public page
    @ManyToOne
    @JoinColumn(name = "WORKSHOP_ID")
    private WorkshopEntity workshop;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "ROM_CODE", nullable = false)
    private RomEntity rom;

    // what its author left on the public page besides the input; all null for a workshop's input
    @Column(name = "SUBMITTED_ORGANISATION", length = 200)
    private String submittedOrganisation;

    @Column(name = "CONTACT_NAME", length = 200)
    private String contactName;

    @Column(name = "CONTACT_EMAIL", length = 254)
    private String contactEmail;

    @Column(name = "CONTACT_CONSENT")
    private Boolean contactConsent;

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

    public RomEntity rom() {
        return rom;
    }

    public String status() {
        return status;
    }

    /** What its author left on a ROM's public page; null for input brought in at a workshop. */
    public PublicSubmission submission() {
        return submittedOrganisation == null ? null : new PublicSubmission(submittedOrganisation, contactName, contactEmail,
                Boolean.TRUE.equals(contactConsent));
    }

    /** Set once, when the input is left on the public page; no later write changes it. */
    public void submission(PublicSubmission submission) {
        this.submittedOrganisation = submission.organisation();
        this.contactName = submission.contactName();
        this.contactEmail = submission.contactEmail();
        this.contactConsent = submission.contactConsent();
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

    public void assign(Input input, RomEntity rom, WorkshopEntity workshop, OrganisationEntity organisation, List<TechnologyEntity> technologies,
            ValueChainEntity valueChain) {
        this.rom = rom;
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

    /** The input as anyone may read it: without the contact left on the public page (see {@link #toRecord(boolean)}). */
    public Input toRecord() {
        return toRecord(false);
    }

    /** @param withContact whether the contact left on the public page is in it: only for those who act for its ROM */
    public Input toRecord(boolean withContact) {
        PublicSubmission submission = submission();
        return new Input(id, workshop == null ? null : workshop.id(), organisation == null ? null : organisation.id(), kind, theme,
                technologies.stream().map(TechnologyEntity::code).sorted().toList(),
                valueChain == null ? null : valueChain.code(), text, status, rom.code(),
                answeredBy.stream().map(ActionEntity::id).sorted().toList(), version(), stamp().toRecord(),
                submission == null || withContact ? submission : submission.withoutContact());
    }
}
