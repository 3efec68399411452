package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FreshReadsTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aCallerAfterAReadEndedGetsANewRead() {
        AtomicInteger reads = new AtomicInteger();
        FreshReads<Integer> fresh = new FreshReads<>(reads::incrementAndGet);
        assertEquals(1, fresh.get());
        assertEquals(2, fresh.get());
    }

    /** The write committed before the caller asked may be missing from a read that was running: it waits for the next. */
    @Test
    void aCallerWhoAsksDuringAReadDoesNotTakeThatReadsAnswer() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        FreshReads<Integer> fresh = firstReadWaits(reads, firstRunning, releaseFirst);
        Future<Integer> first = pool.submit(fresh::get);
        assertTrue(firstRunning.await(5, TimeUnit.SECONDS));
        List<Thread> callers = new java.util.concurrent.CopyOnWriteArrayList<>();
        Future<Integer> later = pool.submit(() -> {
            callers.add(Thread.currentThread());
            return fresh.get();
        });
        awaitParked(callers, 1);
        assertFalse(later.isDone());
        releaseFirst.countDown();
        assertEquals(1, first.get(5, TimeUnit.SECONDS));
        assertEquals(2, later.get(5, TimeUnit.SECONDS));
    }

    @Test
    void callersArrivingDuringOneReadShareTheNext() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        FreshReads<Integer> fresh = firstReadWaits(reads, firstRunning, releaseFirst);
        pool.submit(fresh::get);
        assertTrue(firstRunning.await(5, TimeUnit.SECONDS));
        List<Future<Integer>> waiting = new ArrayList<>();
        List<Thread> callers = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            waiting.add(pool.submit(() -> {
                callers.add(Thread.currentThread());
                return fresh.get();
            }));
        }
        // every caller has asked and waits for the running read to end
        awaitParked(callers, 20);
        releaseFirst.countDown();
        for (Future<Integer> f : waiting) {
            assertEquals(2, f.get(5, TimeUnit.SECONDS));
        }
        assertEquals(2, reads.get());
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallerReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        FreshReads<Integer> fresh = new FreshReads<>(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database gone");
            }
            return reads.get();
        });
        assertEquals("database gone", assertThrows(IllegalStateException.class, fresh::get).getMessage());
        assertEquals(2, fresh.get());
    }

    /** Reads count up; the first read says it runs, then waits to be released. */
    private static FreshReads<Integer> firstReadWaits(AtomicInteger reads, CountDownLatch firstRunning, CountDownLatch releaseFirst) {
        return new FreshReads<>(() -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                firstRunning.countDown();
                await(releaseFirst);
            }
            return n;
        });
    }

    /** Waits until this many callers have asked and each waits (parked), at most 10 s. */
    static void awaitParked(List<Thread> threads, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (threads.size() < count || threads.stream().anyMatch(t -> t.getState() != Thread.State.WAITING
                && t.getState() != Thread.State.TIMED_WAITING)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the callers did not all wait: " + threads.stream().map(Thread::getState).toList());
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
