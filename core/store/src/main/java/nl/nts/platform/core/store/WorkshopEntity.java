package nl.nts.platform.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
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

import nl.nts.platform.api.model.Workshop;

@Entity
@Table(name = "NTS_WORKSHOP")
public class WorkshopEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_WORKSHOP_SEQ")
    @SequenceGenerator(name = "NTS_WORKSHOP_SEQ", sequenceName = "NTS_WORKSHOP_SEQ", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate date;

    @Column(name = "PLACE", length = 200)
    private String place;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "ROM_CODE", nullable = false)
    private RomEntity rom;

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_WORKSHOP_CO_ORGANISER", joinColumns = @JoinColumn(name = "WORKSHOP_ID"),
            inverseJoinColumns = @JoinColumn(name = "ROM_CODE"))
    @OrderColumn(name = "POSITION")
    private List<RomEntity> coOrganisers = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_WORKSHOP_TECHNOLOGY", joinColumns = @JoinColumn(name = "WORKSHOP_ID"),
            inverseJoinColumns = @JoinColumn(name = "TECHNOLOGY_CODE"))
    private List<TechnologyEntity> technologies = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_WORKSHOP_VALUE_CHAIN", joinColumns = @JoinColumn(name = "WORKSHOP_ID"),
            inverseJoinColumns = @JoinColumn(name = "VALUE_CHAIN_ID"))
    private List<ValueChainEntity> valueChains = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToMany
    @JoinTable(name = "NTS_WORKSHOP_ORGANISATION", joinColumns = @JoinColumn(name = "WORKSHOP_ID"),
            inverseJoinColumns = @JoinColumn(name = "ORGANISATION_ID"))
    @OrderColumn(name = "POSITION")
    private List<OrganisationEntity> organisations = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ElementCollection
    @CollectionTable(name = "NTS_WORKSHOP_PARTICIPANT", joinColumns = @JoinColumn(name = "WORKSHOP_ID"))
    @OrderColumn(name = "POSITION")
    private List<ParticipantValue> participants = new ArrayList<>();

    @Override
    public Long id() {
        return id;
    }

    public RomEntity rom() {
        return rom;
    }

    /** The ROMs organising it besides its own. */
    public List<RomEntity> coOrganisers() {
        return java.util.Collections.unmodifiableList(coOrganisers);
    }

    public String title() {
        return title;
    }

    public void assign(Workshop w, RomEntity rom, List<RomEntity> coOrganisers, List<TechnologyEntity> technologies,
            List<ValueChainEntity> valueChains, List<OrganisationEntity> organisations, List<ParticipantValue> participants) {
        this.title = w.title();
        this.date = w.date();
        this.place = w.place();
        this.rom = rom;
        replace(this.coOrganisers, coOrganisers);
        replace(this.technologies, technologies);
        replace(this.valueChains, valueChains);
        replace(this.organisations, organisations);
        replace(this.participants, participants);
    }

    private static <T> void replace(List<T> current, List<T> next) {
        current.clear();
        current.addAll(next);
    }

    /** The workshop as anyone may read it: the participants without their e-mail addresses (see {@link #toRecord(boolean)}). */
    public Workshop toRecord() {
        return toRecord(false);
    }

    /** @param withEmails whether the participants' e-mail addresses are in it: only for those who act for its ROMs */
    public Workshop toRecord(boolean withEmails) {
        return new Workshop(id, title, date, place, rom.code(),
                coOrganisers.stream().map(RomEntity::code).toList(),
                technologies.stream().map(TechnologyEntity::code).sorted().toList(),
                valueChains.stream().map(ValueChainEntity::code).sorted().toList(),
                organisations.stream().map(OrganisationEntity::id).toList(),
                participants.stream().map(ParticipantValue::toRecord).map(p -> withEmails || p.email() == null ? p : p.toBuilder().email(null).emailBasis(null).build()).toList(),
                version(), stamp().toRecord());
    }
}
