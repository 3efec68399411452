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
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * One run of the personal data's retention as stored: when, by whom, whether it only counted,
 * and its report as JSON (kinds, periods, counts and the ids of the records changed: no personal
 * data). A periodic run holds its turn, the number of its interval since the epoch, unique: of the
 * nodes sharing the database, the one that stores the turn first runs it.
 */
@Entity
@Table(name = "NTS_RETENTION_RUN", indexes = @Index(name = "INDEX_NTS_RETENTION_RUN_TURN", columnList = "TURN", unique = true))
public class RetentionRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_RETENTION_RUN_SEQ")
    @SequenceGenerator(name = "NTS_RETENTION_RUN_SEQ", sequenceName = "NTS_RETENTION_RUN_SEQ", allocationSize = 1)
    @Column(name = "ID")
    private Long id;

    @Column(name = "RAN_AT", nullable = false)
    private LocalDateTime ranAt;

    @Column(name = "RAN_BY", nullable = false, length = 100)
    private String ranBy;

    @Column(name = "DRY_RUN", nullable = false)
    private boolean dryRun;

    @Column(name = "TURN")
    private Long turn;

    @Lob
    @Column(name = "REPORT_JSON", nullable = false)
    private String report;

    protected RetentionRunEntity() {
        // for JPA
    }

    public RetentionRunEntity(Instant ranAt, String ranBy, boolean dryRun, Long turn, String report) {
        this.ranAt = LocalDateTime.ofInstant(ranAt, ZoneOffset.UTC);
        this.ranBy = ranBy;
        this.dryRun = dryRun;
        this.turn = turn;
        this.report = report;
    }

    public Long id() {
        return id;
    }

    public Instant ranAt() {
        return ranAt.toInstant(ZoneOffset.UTC);
    }

    public String ranBy() {
        return ranBy;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public Long turn() {
        return turn;
    }

    public String report() {
        return report;
    }

    public void report(String report) {
        this.report = report;
    }
}
