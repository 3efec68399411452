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
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import nl.nts.platform.core.shared.ApiToken;

/** A personal API token: the SHA-256 hash of its secret, never the secret. */
@Entity
@Table(name = "NTS_API_TOKEN", indexes = {@Index(columnList = "SECRET_HASH", unique = true), @Index(columnList = "USER_NAME")})
public class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_API_TOKEN_SEQ")
    @SequenceGenerator(name = "NTS_API_TOKEN_SEQ", sequenceName = "NTS_API_TOKEN_SEQ", allocationSize = 10)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "USER_NAME", nullable = false, length = 100)
    private String user;

    @Column(name = "HINT", nullable = false, length = 20)
    private String hint;

    @Column(name = "SECRET_HASH", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "ROLES", nullable = false, length = 2000)
    private String roles;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "EXPIRES_AT")
    private LocalDateTime expiresAt;

    @Column(name = "LAST_USED")
    private LocalDateTime lastUsed;

    @Column(name = "REVOKED_AT")
    private LocalDateTime revokedAt;

    @Column(name = "REVOKED_BY", length = 100)
    private String revokedBy;

    protected ApiTokenEntity() {
        // for JPA
    }

    public ApiTokenEntity(String name, String user, String hint, String secretHash, List<String> roles, Instant createdAt, Instant expiresAt) {
        this.name = name;
        this.user = user;
        this.hint = hint;
        this.secretHash = secretHash;
        this.roles = String.join(",", roles);
        this.createdAt = utc(createdAt);
        this.expiresAt = utc(expiresAt);
    }

    public Long id() {
        return id;
    }

    public String user() {
        return user;
    }

    public String name() {
        return name;
    }

    public List<String> roles() {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isEmpty()).toList();
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || utc(now).isBefore(expiresAt));
    }

    public Instant lastUsed() {
        return instant(lastUsed);
    }

    public void used(Instant at) {
        this.lastUsed = utc(at);
    }

    public void revoke(Instant at, String by) {
        this.revokedAt = utc(at);
        this.revokedBy = by;
    }

    public ApiToken toRecord(Instant now) {
        String status = revokedAt != null ? "revoked" : activeAt(now) ? "active" : "expired";
        return new ApiToken(id, name, user, hint, roles(), instant(createdAt), instant(expiresAt), instant(lastUsed), instant(revokedAt),
                revokedBy, status);
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }
}
