package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * An account's failed logins in a row and its lock, kept in the database so that every node
 * sharing it counts the same failures and refuses a locked account alike. The account is the
 * name as typed (a longer one by its hash), known to the realm or not. Not a record of the
 * platform: neither backed up nor restored.
 */
@Entity
@Table(name = "NTS_LOGIN_FAILURE")
public class LoginFailureEntity {

    public static final int ACCOUNT_MAX = 200;

    @Id
    @Column(name = "ACCOUNT", length = ACCOUNT_MAX)
    private String account;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "LAST_FAILED_AT", nullable = false)
    private LocalDateTime lastFailedAt;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    protected LoginFailureEntity() {
        // for JPA
    }

    public LoginFailureEntity(String account) {
        this.account = account;
        this.lastFailedAt = WebSessionEntity.utc(Instant.EPOCH);
    }

    public int failures() {
        return failures;
    }

    public Instant lastFailedAt() {
        return lastFailedAt.toInstant(ZoneOffset.UTC);
    }

    /** @return null when there is no lock */
    public Instant lockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant(ZoneOffset.UTC);
    }

    public void set(int failures, Instant last, Instant lockedUntil) {
        this.failures = failures;
        this.lastFailedAt = WebSessionEntity.utc(last);
        this.lockedUntil = lockedUntil == null ? null : WebSessionEntity.utc(lockedUntil);
    }
}
