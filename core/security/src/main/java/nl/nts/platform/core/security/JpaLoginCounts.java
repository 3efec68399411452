package nl.nts.platform.core.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.core.store.LoginFailureEntity;
import nl.nts.platform.core.store.RowLocks;
import nl.nts.platform.core.store.WebSessionEntity;

/**
 * The login lock's counts in the database ({@code NTS_LOGIN_FAILURE}): failures on any node of a
 * cluster count toward one lock, and the lock holds on every node. An account's row is locked
 * while a failure is counted, so failures counted at once on two nodes are both counted. Series
 * that ended long ago go at most once a minute, when a failure is counted.
 */
@Component(service = LoginCounts.class)
public class JpaLoginCounts implements LoginCounts {

    private final JpaTemplate jpa;
    private final Clock clock;
    private volatile Instant lastSweep = Instant.EPOCH;

    @Activate
    public JpaLoginCounts(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    /** @param clock the throttle's, for the sweep of ended series */
    JpaLoginCounts(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public Optional<Series> get(String account) {
        String key = key(account);
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(LoginFailureEntity.class, key)).map(JpaLoginCounts::series));
    }

    @Override
    public Series count(String account, UnaryOperator<Series> next) {
        sweep();
        String key = key(account);
        try {
            return countOnce(key, next);
        } catch (PersistenceException e) {
            // another node stored the account's first failure at the same moment: its row is there now
            return countOnce(key, next);
        }
    }

    private Series countOnce(String key, UnaryOperator<Series> next) {
        return jpa.txExpr(TransactionType.Required, em -> {
            LoginFailureEntity row = RowLocks.find(em, LoginFailureEntity.class, key, "login series");
            Series counted = next.apply(row == null ? null : series(row));
            if (row == null) {
                row = new LoginFailureEntity(key);
                row.set(counted.failures(), counted.last(), counted.lockedUntil());
                em.persist(row);
                em.flush();
            } else {
                row.set(counted.failures(), counted.last(), counted.lockedUntil());
            }
            return counted;
        });
    }

    @Override
    public void forget(String account) {
        String key = key(account);
        jpa.tx(TransactionType.Required, em -> em.createQuery("delete from LoginFailureEntity f where f.account = :account")
                .setParameter("account", key).executeUpdate());
    }

    private void sweep() {
        Instant now = clock.instant();
        if (lastSweep.plusSeconds(60).isBefore(now)) {
            lastSweep = now;
            jpa.tx(TransactionType.Required, em -> em.createQuery(
                    "delete from LoginFailureEntity f where f.lastFailedAt < :forgotten and (f.lockedUntil is null or f.lockedUntil < :now)")
                    .setParameter("forgotten", WebSessionEntity.utc(now.minus(LoginThrottle.FORGET)))
                    .setParameter("now", WebSessionEntity.utc(now)).executeUpdate());
        }
    }

    /** The account as stored: the name as typed, a name too long for the column by its hash. */
    static String key(String account) {
        return account.length() <= LoginFailureEntity.ACCOUNT_MAX ? account : "sha256:" + RealmWebSessions.hash(account);
    }

    private static Series series(LoginFailureEntity e) {
        return new Series(e.failures(), e.lastFailedAt(), e.lockedUntil());
    }
}
