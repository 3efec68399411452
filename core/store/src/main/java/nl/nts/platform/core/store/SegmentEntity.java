package nl.nts.platform.core.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Segment;
import nl.nts.platform.api.model.SegmentRef;

@Entity
@Table(name = "NTS_SEGMENT", uniqueConstraints = @UniqueConstraint(columnNames = {"VALUE_CHAIN_ID", "CODE"}))
public class SegmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_SEGMENT_SEQ")
    @SequenceGenerator(name = "NTS_SEGMENT_SEQ", sequenceName = "NTS_SEGMENT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "VALUE_CHAIN_ID", nullable = false)
    private ValueChainEntity valueChain;

    @Column(name = "CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "POSITION", nullable = false)
    private int position;

    protected SegmentEntity() {
        // for JPA
    }

    public SegmentEntity(ValueChainEntity valueChain, String code) {
        this.valueChain = valueChain;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public ValueChainEntity valueChain() {
        return valueChain;
    }

    public void assign(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public Segment toRecord() {
        return new Segment(code, name);
    }

    public SegmentRef toRef() {
        return new SegmentRef(valueChain.code(), code);
    }
}
