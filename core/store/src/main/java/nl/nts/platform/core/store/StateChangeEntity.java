package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import nl.nts.platform.api.model.StateChange;

/** One recorded workflow state change; never changed after it is written. */
@Entity
@Table(name = "NTS_STATE_CHANGE", indexes = @Index(columnList = "SUBJECT, RECORD_ID"))
public class StateChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_STATE_CHANGE_SEQ")
    @SequenceGenerator(name = "NTS_STATE_CHANGE_SEQ", sequenceName = "NTS_STATE_CHANGE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SUBJECT", nullable = false, length = 40)
    private String subject;

    @Column(name = "RECORD_ID", nullable = false)
    private long recordId;

    @Column(name = "FROM_STATE", nullable = false, length = 40)
    private String from;

    @Column(name = "TO_STATE", nullable = false, length = 40)
    private String to;

    @Column(name = "TRANSITION", nullable = false, length = 40)
    private String transition;

    @Column(name = "WORKFLOW", nullable = false, length = 200)
    private String workflow;

    @Column(name = "CHANGED_BY", nullable = false, length = 100)
    private String by;

    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime at;

    @Column(name = "REASON", length = 1000)
    private String reason;

    protected StateChangeEntity() {
        // for JPA
    }

    public StateChangeEntity(StateChange change) {
        this.subject = change.subject();
        this.recordId = change.id();
        this.from = change.from();
        this.to = change.to();
        this.transition = change.transition();
        this.workflow = change.workflow();
        this.by = change.by();
        this.at = LocalDateTime.ofInstant(change.at(), ZoneOffset.UTC);
        this.reason = change.reason();
    }

    public StateChange toRecord() {
        return new StateChange(subject, recordId, from, to, transition, workflow, by, at.toInstant(ZoneOffset.UTC), reason);
    }
}
