package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import nl.nts.platform.api.model.AuditEntry;

/**
 * One entry of the audit trail. Written once, in the transaction of the change it describes;
 * the class has no way to change it afterwards and no service deletes it.
 *
 * <p>The owning ROMs are kept as one column {@code ,BOM,LIOF,} so that "any of these ROMs" is
 * a plain {@code like} on an indexed table, without a join.
 */
@Entity
@Table(name = "NTS_AUDIT", indexes = {@Index(columnList = "AT"), @Index(columnList = "ACTOR"), @Index(columnList = "KIND, RECORD_KEY")})
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_AUDIT_SEQ")
    @SequenceGenerator(name = "NTS_AUDIT_SEQ", sequenceName = "NTS_AUDIT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "AT", nullable = false)
    private LocalDateTime at;

    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;

    @Column(name = "KIND", nullable = false, length = 40)
    private String kind;

    @Column(name = "RECORD_KEY", nullable = false, length = 200)
    private String record;

    @Column(name = "ROMS", nullable = false, length = 400)
    private String roms;

    @Column(name = "CHANGED", nullable = false, length = 2000)
    private String changed;

    @Lob
    @Column(name = "BEFORE_JSON")
    private String before;

    @Lob
    @Column(name = "AFTER_JSON")
    private String after;

    protected AuditEntryEntity() {
        // for JPA
    }

    public AuditEntryEntity(Instant at, String actor, String action, String kind, String record, List<String> roms,
            List<String> changed, String before, String after) {
        this.at = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.kind = kind;
        this.record = record;
        this.roms = roms.isEmpty() ? "" : "," + String.join(",", roms) + ",";
        this.changed = String.join(",", changed);
        this.before = before;
        this.after = after;
    }

    /** The {@code like} pattern that finds entries of one ROM's records. */
    public static String romPattern(String rom) {
        return "%," + rom + ",%";
    }

    public AuditEntry toRecord() {
        return new AuditEntry(id, at.toInstant(ZoneOffset.UTC), actor, action, kind, record, split(roms), split(changed), before, after);
    }

    private static List<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
    }
}
