package nl.nts.platform.core.store;

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
import javax.persistence.ManyToOne;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Consortium;

@Entity
@Table(name = "NTS_CONSORTIUM")
public class ConsortiumEntity extends StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_CONSORTIUM_SEQ")
    @SequenceGenerator(name = "NTS_CONSORTIUM_SEQ", sequenceName = "NTS_CONSORTIUM_SEQ", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "CALL_ID", nullable = false)
    private FundingCallEntity call;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "LEAD_ID", nullable = false)
    private OrganisationEntity lead;

    @BatchFetch(BatchFetchType.IN)

    @ElementCollection
    @CollectionTable(name = "NTS_CONSORTIUM_MEMBER", joinColumns = @JoinColumn(name = "CONSORTIUM_ID"))
    @OrderColumn(name = "POSITION")
    private List<MemberValue> members = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne
    @JoinColumn(name = "ROM_CODE")
    private RomEntity rom;

    @Override
    public Long id() {
        return id;
    }

    /** The ROM whose consortium this is; null for a national one. */
    public RomEntity rom() {
        return rom;
    }

    public void assign(Consortium c, FundingCallEntity call, OrganisationEntity lead, List<MemberValue> members, RomEntity rom) {
        this.call = call;
        this.name = c.name();
        this.lead = lead;
        this.members.clear();
        this.members.addAll(members);
        this.rom = rom;
    }

    public Consortium toRecord() {
        return new Consortium(id, call.id(), name, lead.id(), members.stream().map(MemberValue::toRecord).toList(),
                rom == null ? null : rom.code(), version(), stamp().toRecord());
    }
}
