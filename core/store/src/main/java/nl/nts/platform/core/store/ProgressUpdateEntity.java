package nl.nts.platform.core.store;

import java.time.LocalDate;
import java.util.Comparator;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import nl.nts.platform.api.model.ProgressUpdate;

/** A progress update of an action; never changed once written, deleted with its action. */
@Entity
@Table(name = "NTS_PROGRESS_UPDATE")
public class ProgressUpdateEntity {

    /** Newest first: by date, then by id (the later recorded). */
    public static final Comparator<ProgressUpdateEntity> NEWEST_FIRST = Comparator.comparing((ProgressUpdateEntity p) -> p.date)
            .thenComparing(p -> p.id).reversed();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_PROGRESS_UPDATE_SEQ")
    @SequenceGenerator(name = "NTS_PROGRESS_UPDATE_SEQ", sequenceName = "NTS_PROGRESS_UPDATE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACTION_ID", nullable = false)
    private ActionEntity action;

    @Column(name = "PROGRESS_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "PERCENT_DONE")
    private Integer percent;

    @Column(name = "MILESTONE", length = 200)
    private String milestone;

    @Column(name = "NOTE", length = 4000)
    private String note;

    @Embedded
    private StampValue stamp = new StampValue();

    protected ProgressUpdateEntity() {
        // for JPA
    }

    public ProgressUpdateEntity(ActionEntity action, ProgressUpdate update) {
        this.action = action;
        this.date = update.date();
        this.percent = update.percent();
        this.milestone = update.milestone();
        this.note = update.note();
    }

    public Long id() {
        return id;
    }

    public ActionEntity action() {
        return action;
    }

    public StampValue stamp() {
        return stamp;
    }

    public ProgressUpdate toRecord() {
        return new ProgressUpdate(id, action.id(), date, percent, milestone, note, stamp.toRecord());
    }
}
