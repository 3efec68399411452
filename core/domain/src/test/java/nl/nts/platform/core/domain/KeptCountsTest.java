package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import javax.persistence.EntityManager;

import org.junit.jupiter.api.Test;

class KeptCountsTest {

    private String mark = "root:1;";
    private boolean inTransaction;
    private final AtomicInteger counted = new AtomicInteger();
    private final KeptCounts counts = new KeptCounts(() -> mark);

    /** An entity manager that only says whether it is in a transaction. */
    private final EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> method.getName().equals("isJoinedToTransaction") ? inTransaction : null);

    private long total(String query, long rows) {
        LongSupplier count = () -> {
            counted.incrementAndGet();
            return rows;
        };
        return counts.total(em, query, count);
    }

    @Test
    void aTotalIsCountedOnceUntilAWriteChangesTheMark() {
        assertEquals(100_000, total("q1", 100_000));
        assertEquals(100_000, total("q1", 99));
        assertEquals(1, counted.get(), "the next page of the same filter: not counted again");
        assertEquals(7, total("q2", 7), "another filter is counted for itself");
        mark = "root:2;";
        assertEquals(100_001, total("q1", 100_001), "after a write: counted anew");
        assertEquals(3, counted.get());
    }

    @Test
    void aReadInsideATransactionCountsItself() {
        assertEquals(5, total("q", 5));
        inTransaction = true;
        assertEquals(6, total("q", 6), "its own writes are not in the mark yet");
        inTransaction = false;
        assertEquals(5, total("q", 6), "and it left the kept total alone");
    }

    @Test
    void atMostSoManyTotalsAreKept() {
        for (int i = 0; i <= KeptCounts.MOST_KEPT; i++) {
            total("q" + i, i);
        }
        int before = counted.get();
        total("q" + KeptCounts.MOST_KEPT, 0);
        assertEquals(before, counted.get(), "the newest is kept");
        total("q0", 0);
        assertEquals(before + 1, counted.get(), "the oldest were let go");
    }
}
