package nl.nts.platform.core.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A web session of the web application, kept in the database so that every node sharing it
 * knows the session: the key is the SHA-256 hash of the session's secret (the secret itself is
 * never stored). Not a record of the platform: neither backed up nor restored.
 */
@Entity
@Table(name = "NTS_WEB_SESSION", indexes = @Index(name = "INDEX_NTS_WEB_SESSION_LAST_SEEN", columnList = "LAST_SEEN"))
public class WebSessionEntity {

    @Id
    @Column(name = "SESSION_KEY", length = 64)
    private String key;

    @Column(name = "USER_NAME", nullable = false, length = 200)
    private String user;

    @Column(name = "ROLES", nullable = false, length = 4000)
    private String roles;

    @Column(name = "CSRF_TOKEN", nullable = false, length = 100)
    private String csrfToken;

    @Column(name = "STARTED_AT", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "LAST_SEEN", nullable = false)
    private LocalDateTime lastSeen;

    protected WebSessionEntity() {
        // for JPA
    }

    public WebSessionEntity(String key, String user, Collection<String> roles, String csrfToken, Instant startedAt, Instant lastSeen) {
        this.key = key;
        this.user = user;
        // role names never hold a line break (the realm's files and directories cannot write one)
        this.roles = String.join("\n", roles);
        this.csrfToken = csrfToken;
        this.startedAt = utc(startedAt);
        this.lastSeen = utc(lastSeen);
    }

    public String user() {
        return user;
    }

    public List<String> roles() {
        return Arrays.stream(roles.split("\n")).filter(r -> !r.isEmpty()).toList();
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant startedAt() {
        return startedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant lastSeen() {
        return lastSeen.toInstant(ZoneOffset.UTC);
    }

    public void seen(Instant at) {
        this.lastSeen = utc(at);
    }

    public static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
