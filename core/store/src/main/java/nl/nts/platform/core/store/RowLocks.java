package nl.nts.platform.core.store;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.transaction.Transaction;

/**
 * Takes a record to change: locked until the transaction ends, then read again from the
 * database. Every write that is decided on what a record holds now (its version, its state,
 * who answers it) takes the record this way, so that of two writers the second waits for the
 * first to commit and then decides on what the first wrote.
 *
 * <p>The lock is taken twice: in this JVM, held by the JTA transaction until it completes, and
 * at the database ({@code SELECT ... FOR UPDATE}). The database's lock is what several nodes
 * on one PostgreSQL rely on. The JVM's lock is there because H2 (the embedded database, one JVM
 * by construction) does not keep its promise under load: at READ COMMITTED a transaction that
 * waited for a row lock while the holder committed can go on with the row as it was before that
 * commit, and an {@code UPDATE ... WHERE VERSION = ?} of the old version then succeeds a second
 * time (seen with H2 2.2.224 to 2.5.252 in plain JDBC: a few lost updates in 50,000 racing
 * writes). With the JVM's lock, writers in this JVM never race at the database's lock.
 */
public final class RowLocks {

    /** Longer than any write takes; a transaction that waits longer gets a conflict (409). */
    private static final long TIMEOUT_MILLIS = 10_000;

    private static final TransactionLocks LOCKS = new TransactionLocks(RowLocks::currentTransaction, TIMEOUT_MILLIS);

    private RowLocks() {
    }

    /**
     * The entity with this id, locked until the transaction ends (null when there is none).
     *
     * @param what the record in words, for a refusal
     */
    public static <E> E find(EntityManager em, Class<E> type, Object id, String what) {
        LOCKS.lock(type.getName() + "#" + id, what);
        return em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The entity, locked until the transaction ends and read again from the database. */
    public static void refresh(EntityManager em, Object entity, String what) {
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        LOCKS.lock(entity.getClass().getName() + "#" + id, what);
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The JTA transaction of this thread. Outside a framework (a unit test of the entities) there
     * is none and nothing is locked in the JVM; inside, a change without a transaction is a bug:
     * its lock would hold nothing, so it is refused rather than done unguarded.
     */
    private static Transaction currentTransaction() {
        if (!Transactions.inFramework()) {
            return null;
        }
        Transaction current = Transactions.current();
        if (current == null) {
            throw new IllegalStateException("a record is taken for a change outside a transaction"
                    + (Transactions.manager() == null ? " (no transaction manager is registered)" : ""));
        }
        return current;
    }
}
