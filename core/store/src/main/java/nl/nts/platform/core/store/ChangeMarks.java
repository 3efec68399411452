package nl.nts.platform.core.store;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;
import javax.transaction.RollbackException;
import javax.transaction.SystemException;
import javax.transaction.Transaction;

/**
 * Marks every write in the transaction that makes it: {@link Audit#record} sets this node's row
 * of {@code NTS_CHANGE_MARK} to a fresh random number, so the rows
 * change when, and only when, a write commits (on any node), and a reader that kept an answer
 * under the rows it read can tell whether it is still right.
 *
 * <p>Each transaction writes a random 64-bit number (not {@code MARK + 1}): a blind write cannot
 * be lost by two transactions reading the same old value, which embedded H2 allows under a race,
 * and no two writes on any node write the same number but by a chance of one in 2<sup>64</sup>.
 * Nodes sharing a database should have names of their own ({@code nts.node}), so that their
 * writes do not queue on one row; with one name they are still told apart.
 *
 * <p>This JVM also counts the transactions that marked a write, once each has ended
 * ({@link #endedHere()}): where no other process can write the database (embedded H2), that
 * count tells a reader as much as the rows do, without a query.
 */
public final class ChangeMarks {

    /** The node's name in {@code NTS_CHANGE_MARK}: {@code nts.node}, else Karaf's instance name. */
    public static final String NODE = node();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong ENDED_HERE = new AtomicLong();

    private ChangeMarks() {
    }

    private static String node() {
        String node = System.getProperty("nts.node", System.getProperty("karaf.name", "root")).strip();
        return node.length() > 100 ? node.substring(0, 100) : node;
    }

    /** Marks the current transaction's write. */
    static void mark(EntityManager em) {
        long mark = RANDOM.nextLong();
        int updated = em.createQuery("UPDATE ChangeMarkEntity c SET c.mark = :mark WHERE c.node = :node")
                .setParameter("mark", mark).setParameter("node", NODE).executeUpdate();
        if (updated == 0) {
            em.persist(new ChangeMarkEntity(NODE, mark));
        }
        countWhenEnded(Transactions.inFramework() ? Transactions.current() : null);
    }

    /**
     * How many transactions of this JVM that marked a write have ended (committed or rolled
     * back), counted after their end: a reader that read this count before reading the records
     * has seen every write counted in it, and any write it may have missed changes the count
     * afterwards. Outside a framework (a unit test) a write is counted when it is marked.
     */
    public static long endedHere() {
        return ENDED_HERE.get();
    }

    /** Counts the write of this transaction once it has ended; at once when there is none. */
    static void countWhenEnded(Transaction tx) {
        if (tx == null) {
            ENDED_HERE.incrementAndGet();
            return;
        }
        try {
            Transactions.whenEnded(tx, ENDED_HERE::incrementAndGet);
        } catch (RollbackException | SystemException | IllegalStateException e) {
            // ending already (marked for rollback): nothing it wrote will be read; counted anyway
            ENDED_HERE.incrementAndGet();
        }
    }

    /**
     * Makes this node's row, so that writes only ever update it; in a transaction of its own,
     * at start. A row another start made meanwhile is fine.
     */
    public static void ensureRow(EntityManager em) {
        if (em.find(ChangeMarkEntity.class, NODE) == null) {
            em.persist(new ChangeMarkEntity(NODE, RANDOM.nextLong()));
        }
    }

    /** The query of every node's mark, in plain SQL: node, mark, in the order of the nodes. */
    public static final String READ = "SELECT NODE, MARK FROM NTS_CHANGE_MARK ORDER BY NODE";
}
