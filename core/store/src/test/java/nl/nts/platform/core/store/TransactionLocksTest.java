package nl.nts.platform.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.Transaction;
import javax.transaction.xa.XAResource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ConflictException;

class TransactionLocksTest {

    /** The transaction of the calling thread, as a transaction manager binds it. */
    private final ThreadLocal<FakeTransaction> current = new ThreadLocal<>();
    private final TransactionLocks locks = new TransactionLocks(current::get, 300);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void withoutTransactionNothingIsLocked() {
        assertFalse(locks.lock("R#1", "record 1"));
        assertEquals(0, locks.held());
    }

    @Test
    void theHolderGetsItsLockAgainAndReleasesItWhenItCompletes() {
        FakeTransaction tx = begin();
        assertTrue(locks.lock("R#1", "record 1"));
        assertTrue(locks.lock("R#1", "record 1"));
        assertEquals(1, locks.held());
        tx.complete(Status.STATUS_COMMITTED);
        assertEquals(0, locks.held());
    }

    @Test
    void aSecondTransactionWaitsForTheFirstToCompleteWhicheverThreadEndsIt() throws Exception {
        FakeTransaction first = begin();
        java.util.concurrent.atomic.AtomicReference<Thread> asking = new java.util.concurrent.atomic.AtomicReference<>();
        TransactionLocks patient = new TransactionLocks(current::get, 10_000);
        patient.lock("R#1", "record 1");
        Future<Boolean> second = pool.submit(() -> {
            begin();
            asking.set(Thread.currentThread());
            return patient.lock("R#1", "record 1");
        });
        // the second transaction waits on the lock, not by chance of timing
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (asking.get() == null || asking.get().getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < end, "the second transaction never waited");
            Thread.onSpinWait();
        }
        assertFalse(second.isDone(), "the second transaction must wait while the first holds the lock");
        // a rollback by the transaction manager's timer thread releases it too
        pool.submit(() -> first.complete(Status.STATUS_ROLLEDBACK)).get();
        assertTrue(second.get(2, TimeUnit.SECONDS));
    }

    @Test
    void otherKeysDoNotWait() throws Exception {
        begin();
        locks.lock("R#1", "record 1");
        assertTrue(pool.submit(() -> {
            begin();
            return locks.lock("R#2", "record 2");
        }).get(1, TimeUnit.SECONDS));
    }

    @Test
    void waitingLongerThanTheTimeoutIsAConflictNamingTheRecord() throws Exception {
        begin();
        locks.lock("R#1", "organisation 1");
        Future<?> second = pool.submit(() -> {
            begin();
            return locks.lock("R#1", "organisation 1");
        });
        Exception e = assertThrows(Exception.class, () -> second.get(2, TimeUnit.SECONDS));
        ConflictException conflict = (ConflictException) e.getCause();
        assertTrue(conflict.getMessage().contains("organisation 1"), conflict.getMessage());
        assertEquals(1, locks.held());
    }

    @Test
    void aTransactionThatCannotTakeASynchronizationHoldsNothing() {
        FakeTransaction tx = begin();
        tx.refuse = true;
        assertThrows(IllegalStateException.class, () -> locks.lock("R#1", "record 1"));
        assertEquals(0, locks.held());
    }

    @Test
    void manyTransactionsOnOneKeyHoldItOneAtATime() throws Exception {
        TransactionLocks patient = new TransactionLocks(current::get, 10_000);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            all.add(pool.submit(() -> {
                for (int round = 0; round < 50; round++) {
                    FakeTransaction tx = begin();
                    patient.lock("R#1", "record 1");
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    inside.decrementAndGet();
                    tx.complete(Status.STATUS_COMMITTED);
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get(30, TimeUnit.SECONDS);
        }
        assertEquals(1, most.get());
        assertEquals(0, patient.held());
    }

    private FakeTransaction begin() {
        FakeTransaction tx = new FakeTransaction();
        current.set(tx);
        return tx;
    }
}
