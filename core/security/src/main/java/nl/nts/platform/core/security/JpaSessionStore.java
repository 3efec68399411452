package nl.nts.platform.core.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.core.shared.SessionStore;
import nl.nts.platform.core.store.RowLocks;
import nl.nts.platform.core.store.WebSessionEntity;

/**
 * Web sessions in the database ({@code NTS_WEB_SESSION}), by the hash of their secret: every node
 * sharing the database knows them, so a user whose requests go to any node stays logged in, a
 * logout on one node ends the session on all, and a restart keeps them.
 */
@Component(service = SessionStore.class)
public class JpaSessionStore implements SessionStore {

    private final JpaTemplate jpa;

    @Activate
    public JpaSessionStore(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public void put(String key, StoredSession session) {
        jpa.tx(TransactionType.Required, em -> em.persist(entity(key, session)));
    }

    @Override
    public Optional<StoredSession> get(String key) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(WebSessionEntity.class, key)).map(JpaSessionStore::stored));
    }

    @Override
    public Optional<StoredSession> update(String key, UnaryOperator<StoredSession> change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            // locked: a logout on any node either came first (nothing to change) or waits for this
            WebSessionEntity entity = RowLocks.find(em, WebSessionEntity.class, key, "web session");
            if (entity == null) {
                return Optional.<StoredSession>empty();
            }
            StoredSession changed = change.apply(stored(entity));
            entity.seen(changed.lastSeen());
            return Optional.of(changed);
        });
    }

    @Override
    public void remove(String key) {
        jpa.tx(TransactionType.Required, em -> em.createQuery("delete from WebSessionEntity s where s.key = :key")
                .setParameter("key", key).executeUpdate());
    }

    @Override
    public int removeStale(Instant lastSeenBefore, Instant startedBefore) {
        return jpa.txExpr(TransactionType.Required, em -> em
                .createQuery("delete from WebSessionEntity s where s.lastSeen < :seen or s.startedAt < :started")
                .setParameter("seen", WebSessionEntity.utc(lastSeenBefore)).setParameter("started", WebSessionEntity.utc(startedBefore))
                .executeUpdate());
    }

    private static WebSessionEntity entity(String key, StoredSession s) {
        return new WebSessionEntity(key, s.user(), s.roles(), s.csrfToken(), s.startedAt(), s.lastSeen());
    }

    private static StoredSession stored(WebSessionEntity e) {
        return new StoredSession(e.user(), new HashSet<>(e.roles()), e.csrfToken(), e.startedAt(), e.lastSeen());
    }
}
