package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.store.ConnectorRunEntity;
import nl.nts.platform.core.store.ConnectorRunEntity.Progress;

/** The connector runs in the database ({@code NTS_CONNECTOR_RUN}). */
final class JpaRunLedger implements RunLedger {

    private final JpaTemplate jpa;
    private final Clock clock;
    private final String node;
    private final String owner;

    /**
     * @param node this node's name; runs it left are resumed at once by its next start
     * @param boot what tells this start of the node from its earlier ones
     */
    JpaRunLedger(JpaTemplate jpa, Clock clock, String node, String boot) {
        this.jpa = jpa;
        this.clock = clock;
        this.node = node;
        this.owner = node + "/" + boot;
    }

    private static StoredRun stored(ConnectorRunEntity e) {
        return new StoredRun(e.id(), e.connector(), e.status(), e.startedBy(), e.startedAt(), e.finishedAt(), e.heartbeatAt(), e.owner(),
                e.incremental(), e.cancelAsked(), e.resumes(), e.error(), e.nextCursor(), e.checkpoint(), e.progress());
    }

    @Override
    public StoredRun begin(String connector, String by, String cursor) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                ConnectorRunEntity run = new ConnectorRunEntity(connector, by, clock.instant(), owner, cursor);
                em.persist(run);
                em.flush();
                return stored(run);
            });
        } catch (RuntimeException e) {
            Optional<StoredRun> running = recent(connector, 1).stream().filter(StoredRun::running).findFirst();
            if (running.isPresent()) {
                throw new ConflictException("connector", "connector '" + connector + "' is running already: run " + running.get().id()
                        + " (started by " + running.get().by() + "); cancel it or wait until it ends");
            }
            throw e;
        }
    }

    @Override
    public String lastCheckpoint(String connector) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select r from ConnectorRunEntity r where r.connector = :c and r.status = 'DONE' order by r.id desc", ConnectorRunEntity.class)
                .setParameter("c", connector).setMaxResults(1).getResultList().stream().findFirst().map(ConnectorRunEntity::checkpoint).orElse(null));
    }

    @Override
    public Optional<Instant> lastFinished(String connector) {
        return recent(connector, 1).stream().findFirst().filter(r -> !r.running()).map(StoredRun::finished);
    }

    private ConnectorRunEntity locked(EntityManager em, long id) {
        return em.find(ConnectorRunEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The run, locked, if this runtime still owns it: the lease is the owner, renewed by each heartbeat and page. */
    private ConnectorRunEntity owned(EntityManager em, long id) {
        ConnectorRunEntity run = locked(em, id);
        if (run != null && !owner.equals(run.owner())) {
            throw new TakenOver(id, run.owner());
        }
        return run;
    }

    @Override
    public boolean page(long id, Progress progress, String next, String checkpoint) {
        if (next != null && next.length() > ConnectorRunEntity.TEXT_MAX || checkpoint != null && checkpoint.length() > ConnectorRunEntity.TEXT_MAX) {
            throw new ValidationException("cursor", "a connector's cursor or checkpoint is at most " + ConnectorRunEntity.TEXT_MAX + " characters");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ConnectorRunEntity run = owned(em, id);
            run.page(progress, next, checkpoint, clock.instant());
            return run.cancelAsked();
        });
    }

    @Override
    public boolean beat(long id, int retries) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ConnectorRunEntity run = owned(em, id);
            run.beat(clock.instant(), retries);
            return run.cancelAsked();
        });
    }

    @Override
    public void finish(long id, String status, String error, Progress progress) {
        jpa.tx(TransactionType.Required, em -> {
            ConnectorRunEntity run = owned(em, id);
            run.page(progress, run.nextCursor(), null, clock.instant());
            run.finish(status, error, clock.instant());
        });
    }

    @Override
    public Optional<StoredRun> get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(ConnectorRunEntity.class, id)).map(JpaRunLedger::stored));
    }

    @Override
    public List<StoredRun> recent(String connector, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> (connector == null
                ? em.createQuery("select r from ConnectorRunEntity r order by r.id desc", ConnectorRunEntity.class)
                : em.createQuery("select r from ConnectorRunEntity r where r.connector = :c order by r.id desc", ConnectorRunEntity.class)
                        .setParameter("c", connector))
                .setMaxResults(limit).getResultList().stream().map(JpaRunLedger::stored).toList());
    }

    @Override
    public List<StoredRun> orphaned(Duration staleAfter) {
        Instant stale = clock.instant().minus(staleAfter);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select r from ConnectorRunEntity r where r.status = 'RUNNING' order by r.id", ConnectorRunEntity.class).getResultList().stream()
                .filter(r -> orphaned(r, stale)).map(JpaRunLedger::stored).toList());
    }

    private boolean orphaned(ConnectorRunEntity r, Instant stale) {
        // this node's own runs too: the caller knows which of them it still runs
        return r.owner().startsWith(node + "/") || r.heartbeatAt().isBefore(stale);
    }

    @Override
    public Optional<StoredRun> takeOver(long id, Duration staleAfter) {
        Instant stale = clock.instant().minus(staleAfter);
        return jpa.txExpr(TransactionType.Required, em -> {
            ConnectorRunEntity run = locked(em, id);
            if (run == null || !"RUNNING".equals(run.status()) || !orphaned(run, stale)) {
                return Optional.empty();
            }
            run.resumed(owner, clock.instant());
            return Optional.of(stored(run));
        });
    }

    @Override
    public void askCancel(long id) {
        jpa.tx(TransactionType.Required, em -> {
            ConnectorRunEntity run = locked(em, id);
            if (run != null && "RUNNING".equals(run.status())) {
                run.askCancel();
            }
        });
    }
}
