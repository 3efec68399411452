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
 * One run of a connector as stored: its progress so far, the cursor of the next page to read
 * (written after the records of the page before are stored), and the checkpoint the source gave
 * for the next incremental run. {@code runningConnector} holds the connector's id while the run
 * goes and is null once it ended: a unique index on it keeps one run per connector at a time.
 * Holds no secret: what a connector writes into a cursor or a checkpoint must not be one.
 */
@Entity
@Table(name = "NTS_CONNECTOR_RUN", indexes = {@Index(name = "INDEX_NTS_CONNECTOR_RUN_RUNNING", columnList = "RUNNING_CONNECTOR", unique = true),
        @Index(name = "INDEX_NTS_CONNECTOR_RUN_CONNECTOR", columnList = "CONNECTOR_ID, ID")})
public class ConnectorRunEntity {

    /** The longest text a cursor, a checkpoint or an error may be; longer ones are refused or cut. */
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_CONNECTOR_RUN_SEQ")
    @SequenceGenerator(name = "NTS_CONNECTOR_RUN_SEQ", sequenceName = "NTS_CONNECTOR_RUN_SEQ", allocationSize = 1)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CONNECTOR_ID", nullable = false, length = 100)
    private String connector;

    @Column(name = "RUNNING_CONNECTOR", length = 100)
    private String runningConnector;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "STARTED_BY", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "STARTED_AT", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;

    @Column(name = "HEARTBEAT_AT", nullable = false)
    private LocalDateTime heartbeatAt;

    @Column(name = "RUN_OWNER", nullable = false, length = 200)
    private String owner;

    @Column(name = "INCREMENTAL", nullable = false)
    private boolean incremental;

    @Column(name = "CANCEL_ASKED", nullable = false)
    private boolean cancelAsked;

    @Column(name = "PAGES", nullable = false)
    private int pages;

    @Column(name = "READ_COUNT", nullable = false)
    private int read;

    @Column(name = "CREATED_COUNT", nullable = false)
    private int created;

    @Column(name = "UPDATED_COUNT", nullable = false)
    private int updated;

    @Column(name = "UNCHANGED_COUNT", nullable = false)
    private int unchanged;

    @Column(name = "REFUSED_COUNT", nullable = false)
    private int refused;

    @Column(name = "RETRIES", nullable = false)
    private int retries;

    @Column(name = "RESUMES", nullable = false)
    private int resumes;

    /** The problems, one a line. */
    @Lob
    @Column(name = "PROBLEMS")
    private String problems;

    @Column(name = "CAPPED", nullable = false)
    private boolean capped;

    @Column(name = "ERROR", length = TEXT_MAX)
    private String error;

    @Column(name = "NEXT_CURSOR", length = TEXT_MAX)
    private String nextCursor;

    @Column(name = "CHECKPOINT", length = TEXT_MAX)
    private String checkpoint;

    protected ConnectorRunEntity() {
        // for JPA
    }

    /**
     * A new run, {@code RUNNING}, holding its connector's place.
     *
     * @param cursor the cursor of its first page: null, or the checkpoint of the last completed run
     */
    public ConnectorRunEntity(String connector, String startedBy, Instant at, String owner, String cursor) {
        this.connector = connector;
        this.runningConnector = connector;
        this.status = "RUNNING";
        this.startedBy = startedBy;
        this.startedAt = utc(at);
        this.heartbeatAt = utc(at);
        this.owner = owner;
        this.incremental = cursor != null;
        this.nextCursor = cursor;
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    private static String cut(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }

    /** The progress of one more page, with the cursor of the page after it (null: no more pages). */
    public void page(Progress p, String next, String checkpoint, Instant at) {
        this.pages = p.pages();
        this.read = p.read();
        this.created = p.created();
        this.updated = p.updated();
        this.unchanged = p.unchanged();
        this.refused = p.refused();
        this.retries = p.retries();
        this.problems = p.problems();
        this.capped = p.capped();
        this.nextCursor = next;
        if (checkpoint != null) {
            this.checkpoint = checkpoint;
        }
        this.heartbeatAt = utc(at);
    }

    /** Counts of a run, as stored with each page. */
    public record Progress(int pages, int read, int created, int updated, int unchanged, int refused, int retries, String problems,
            boolean capped) {
    }

    public Progress progress() {
        return new Progress(pages, read, created, updated, unchanged, refused, retries, problems, capped);
    }

    public void beat(Instant at, int retries) {
        this.heartbeatAt = utc(at);
        this.retries = retries;
    }

    /** Taken over by another runtime after the one running it stopped. */
    public void resumed(String owner, Instant at) {
        this.owner = owner;
        this.resumes++;
        this.heartbeatAt = utc(at);
    }

    public void finish(String status, String error, Instant at) {
        this.status = status;
        this.error = cut(error);
        this.finishedAt = utc(at);
        this.runningConnector = null;
    }

    public void askCancel() {
        this.cancelAsked = true;
    }

    public Long id() {
        return id;
    }

    public String connector() {
        return connector;
    }

    public String status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return instant(startedAt);
    }

    public Instant finishedAt() {
        return instant(finishedAt);
    }

    public Instant heartbeatAt() {
        return instant(heartbeatAt);
    }

    public String owner() {
        return owner;
    }

    public boolean incremental() {
        return incremental;
    }

    public boolean cancelAsked() {
        return cancelAsked;
    }

    public int resumes() {
        return resumes;
    }

    public String error() {
        return error;
    }

    public String nextCursor() {
        return nextCursor;
    }

    public String checkpoint() {
        return checkpoint;
    }
}
