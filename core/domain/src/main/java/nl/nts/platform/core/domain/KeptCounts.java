package nl.nts.platform.core.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.persistence.EntityManager;

import nl.nts.platform.core.shared.Changes;

/**
 * A list's totals, kept by query with the {@link Changes#mark() mark} of the writes read before
 * they were counted, and given again while the mark stays the same: paging through a list, or
 * asking for the same filter again, counts its matches once, not once a page. Any write that
 * commits, on this node or another sharing the database, changes the mark, and the next page
 * counts anew. A read inside a transaction counts itself (its own writes are not committed yet).
 * At most {@value #MOST_KEPT} totals are kept.
 */
final class KeptCounts {

    static final int MOST_KEPT = 256;

    private record Kept(String mark, long total) {
    }

    private final Changes changes;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    KeptCounts(Changes changes) {
        this.changes = changes;
    }

    long total(EntityManager em, String query, LongSupplier count) {
        if (em.isJoinedToTransaction()) {
            return count.getAsLong();
        }
        String mark = changes.mark();
        Kept total = kept.get(query);
        if (total != null && total.mark().equals(mark)) {
            return total.total();
        }
        long counted = count.getAsLong();
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(query, new Kept(mark, counted));
        return counted;
    }
}
