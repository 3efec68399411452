package nl.nts.platform.core.store;

import java.util.concurrent.atomic.AtomicLong;

import javax.persistence.EntityManager;

/**
 * Marks every write in the transaction that makes it: {@link Audit#record} sets this node's row
 * of {@code NTS_CHANGE_MARK} to a number no other transaction of this node writes, so the rows
 * change when, and only when, a write commits (on any node), and a reader that kept an answer
 * under the rows it read can tell whether it is still right.
 *
 * <p>Each transaction writes its own number (not {@code MARK + 1}): a blind write cannot be lost
 * by two transactions reading the same old value, which embedded H2 allows under a race.
 */
public final class ChangeMarks {

    /** The node's name in {@code NTS_CHANGE_MARK}: {@code nts.node}, else Karaf's instance name. */
    public static final String NODE = node();

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1000);

    private ChangeMarks() {
    }

    private static String node() {
        String node = System.getProperty("nts.node", System.getProperty("karaf.name", "root")).strip();
        return node.length() > 100 ? node.substring(0, 100) : node;
    }

    /** Marks the current transaction's write. */
    static void mark(EntityManager em) {
        long mark = NEXT.incrementAndGet();
        int updated = em.createQuery("UPDATE ChangeMarkEntity c SET c.mark = :mark WHERE c.node = :node")
                .setParameter("mark", mark).setParameter("node", NODE).executeUpdate();
        if (updated == 0) {
            em.persist(new ChangeMarkEntity(NODE, mark));
        }
    }

    /**
     * Makes this node's row, so that writes only ever update it; in a transaction of its own,
     * at start. A row another start made meanwhile is fine.
     */
    public static void ensureRow(EntityManager em) {
        if (em.find(ChangeMarkEntity.class, NODE) == null) {
            em.persist(new ChangeMarkEntity(NODE, NEXT.incrementAndGet()));
        }
    }

    /** The query of every node's mark, in plain SQL: node, mark, in the order of the nodes. */
    public static final String READ = "SELECT NODE, MARK FROM NTS_CHANGE_MARK ORDER BY NODE";
}
