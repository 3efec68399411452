package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.core.shared.Caller;

class PluginRegistryTest {

    /** A plugin's service; two equal ones are still two registrations. */
    record Format(String name) {
    }

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        volatile Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final Caller BOM_PLUGIN = Caller.plugin("rom-bom", "BOM");

    private final Hand clock = new Hand();
    private final PluginRegistry<Format> registry = new PluginRegistry<>("report format", "nts.report.format", clock);

    private static Map<String, Object> props(String format, String plugin, long serviceId, Object ranking) {
        Map<String, Object> p = new HashMap<>();
        p.put("nts.report.format", format);
        p.put("nts.plugin.id", plugin);
        p.put("service.id", serviceId);
        if (ranking != null) {
            p.put("service.ranking", ranking);
        }
        return p;
    }

    @Test
    void addsParsesTheCommonPropertiesAndRemoves() {
        Format csv = new Format("csv");
        Map<String, Object> p = props("csv", "report-csv", 7, 3);
        p.put("nts.rom", " BOM ");
        PluginService<Format> added = registry.add(csv, p, BOM_PLUGIN).orElseThrow();

        assertEquals("csv", added.key());
        assertSame(csv, added.service());
        assertEquals("report-csv", added.plugin());
        assertEquals("BOM", added.rom());
        assertEquals(3, added.ranking());
        assertEquals(7, added.serviceId());
        assertEquals(BOM_PLUGIN, added.caller(), "the caller is the one given (its bundle's), not read from the properties");
        assertEquals(added, registry.current("csv").orElseThrow());

        registry.remove(csv, p);
        assertTrue(registry.current("csv").isEmpty());
        assertEquals(List.of(), registry.all());
    }

    @Test
    void aServiceWithoutPluginIdOrRomIsAnUnknownNationalPlugin() {
        PluginService<Format> added = registry.add(new Format("csv"), Map.of("nts.report.format", "csv", "nts.rom", "  "), BOM_PLUGIN).orElseThrow();
        assertEquals(PluginService.UNKNOWN_PLUGIN, added.plugin());
        assertNull(added.rom());
        assertEquals(0, added.ranking());
    }

    @Test
    void aServiceWithoutItsKeyIsIgnored() {
        assertTrue(registry.add(new Format("x"), Map.of("nts.plugin.id", "p"), BOM_PLUGIN).isEmpty());
        assertTrue(registry.add(new Format("x"), Map.of("nts.report.format", " "), BOM_PLUGIN).isEmpty());
        assertEquals(List.of(), registry.all());
    }

    @Test
    void theHighestRankingIsCurrentThenTheLowestServiceId() {
        Format low = new Format("csv");
        Format first = new Format("csv");
        Format second = new Format("csv");
        Format high = new Format("csv");
        registry.add(second, props("csv", "second", 12, 5), BOM_PLUGIN);
        registry.add(low, props("csv", "low", 10, -1), BOM_PLUGIN);
        assertEquals("second", registry.current("csv").orElseThrow().plugin());
        registry.add(first, props("csv", "first", 11, 5), BOM_PLUGIN);
        assertEquals("first", registry.current("csv").orElseThrow().plugin(), "of equal rankings the lowest service.id, as OSGi");
        registry.add(high, props("csv", "high", 13, 6), BOM_PLUGIN);
        assertEquals("high", registry.current("csv").orElseThrow().plugin());

        registry.remove(high, props("csv", "high", 13, 6));
        assertEquals("first", registry.current("csv").orElseThrow().plugin());
        registry.remove(first, props("csv", "first", 11, 5));
        registry.remove(second, props("csv", "second", 12, 5));
        assertEquals("low", registry.current("csv").orElseThrow().plugin());
    }

    @Test
    void aRankingThatIsNoIntegerCountsAsZero() {
        registry.add(new Format("csv"), props("csv", "text-ranking", 20, "100"), BOM_PLUGIN);
        registry.add(new Format("csv"), props("csv", "zero", 10, null), BOM_PLUGIN);
        assertEquals("zero", registry.current("csv").orElseThrow().plugin());
    }

    @Test
    void removingAStaleRegistrationKeepsTheNewerOne() {
        // an update where the new version registers before the old one has left
        Format old = new Format("csv");
        Format updated = new Format("csv"); // equal to the old one, not the same object
        registry.add(old, props("csv", "report-csv", 10, null), BOM_PLUGIN);
        registry.add(updated, props("csv", "report-csv", 11, null), BOM_PLUGIN);
        registry.remove(old, props("csv", "report-csv", 10, null));
        assertSame(updated, registry.current("csv").orElseThrow().service());

        // the framework telling us twice, or about a service we never took in, changes nothing
        registry.remove(old, props("csv", "report-csv", 10, null));
        registry.remove(new Format("csv"), props("csv", "report-csv", 11, null));
        assertSame(updated, registry.current("csv").orElseThrow().service());

        // the same object under another service.id is another registration
        registry.remove(updated, props("csv", "report-csv", 99, null));
        assertSame(updated, registry.current("csv").orElseThrow().service());
    }

    @Test
    void aServiceWhoseKeyChangedIsStillRemoved() {
        Format csv = new Format("csv");
        registry.add(csv, props("csv", "p", 10, null), BOM_PLUGIN);
        registry.remove(csv, props("semicolon", "p", 10, null));
        assertEquals(List.of(), registry.all());
    }

    @Test
    void allListsTheCurrentProviderOfEveryKeyByKey() {
        registry.add(new Format("x"), props("xlsx", "a", 1, null), BOM_PLUGIN);
        registry.add(new Format("c"), props("csv", "b", 2, null), BOM_PLUGIN);
        registry.add(new Format("c2"), props("csv", "c", 3, 9), BOM_PLUGIN);
        assertEquals(List.of("csv:c", "xlsx:a"), registry.all().stream().map(s -> s.key() + ":" + s.plugin()).toList());
    }

    @Test
    void providersListsEveryProviderOfAKeyTheCurrentFirst() {
        registry.add(new Format("a"), props("csv", "a", 1, null), BOM_PLUGIN);
        registry.add(new Format("b"), props("csv", "b", 2, 4), BOM_PLUGIN);
        registry.add(new Format("c"), props("xlsx", "c", 3, null), BOM_PLUGIN);
        assertEquals(List.of("b", "a"), registry.providers("csv").stream().map(PluginService::plugin).toList());
        assertEquals(List.of(), registry.providers("pdf"));
    }

    @Test
    void awaitAnswersAtOnceWhenAProviderIsThere() {
        Format csv = new Format("csv");
        registry.add(csv, props("csv", "p", 1, null), BOM_PLUGIN);
        assertSame(csv, registry.await("csv", Duration.ofSeconds(30)).service());
    }

    @Test
    void awaitFailsAtOnceForAKeyNeverSeen() {
        long started = System.nanoTime();
        NotFoundException e = assertThrows(NotFoundException.class, () -> registry.await("pdf", Duration.ofSeconds(30)));
        assertEquals("report format", e.kind());
        assertEquals("pdf", e.key());
        assertTrue(elapsed(started).compareTo(Duration.ofSeconds(5)) < 0, "never seen: nothing to wait for");
    }

    @Test
    void awaitFindsAProviderThatComesBackWithinTheWait() throws Exception {
        Format old = new Format("csv");
        Format updated = new Format("csv");
        registry.add(old, props("csv", "report-csv", 10, null), BOM_PLUGIN);
        registry.remove(old, props("csv", "report-csv", 10, null));

        ExecutorService requests = Executors.newSingleThreadExecutor();
        try {
            Future<PluginService<Format>> found = waiting(requests, registry, Duration.ofSeconds(30));
            assertFalse(found.isDone(), "the request waits for the format that left");

            registry.add(updated, props("csv", "report-csv", 11, null), BOM_PLUGIN);
            assertSame(updated, found.get(10, TimeUnit.SECONDS).service());
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void awaitGivesUpWhenTheProviderDoesNotComeBack() {
        Format old = new Format("csv");
        registry.add(old, props("csv", "report-csv", 10, null), BOM_PLUGIN);
        registry.remove(old, props("csv", "report-csv", 10, null));

        long started = System.nanoTime();
        NotFoundException e = assertThrows(NotFoundException.class, () -> registry.await("csv", Duration.ofMillis(300)));
        assertEquals("no report format 'csv'", e.getMessage());
        assertTrue(elapsed(started).compareTo(Duration.ofMillis(300)) >= 0, "it waited the whole patience: " + elapsed(started));
    }

    @Test
    void awaitForgetsAKeyThatLeftLongAgo() {
        Format old = new Format("csv");
        registry.add(old, props("csv", "report-csv", 10, null), BOM_PLUGIN);
        registry.remove(old, props("csv", "report-csv", 10, null));
        clock.now = clock.now.plus(PluginRegistry.REMEMBER_DEPARTED).plusSeconds(1);

        long started = System.nanoTime();
        assertThrows(NotFoundException.class, () -> registry.await("csv", Duration.ofSeconds(30)));
        assertTrue(elapsed(started).compareTo(Duration.ofSeconds(5)) < 0, "a plugin removed long ago is not waited for");
    }

    @Test
    void aKeyWhosePluginWasRemovedIsNotFoundAtOnceWhenNoUpdateIsUnderWay() {
        List<PluginRegistry.Departure> asked = new ArrayList<>();
        PluginRegistry<Format> removed = new PluginRegistry<>("report format", "nts.report.format", clock, departure -> {
            asked.add(departure);
            return false;
        });
        Format old = new Format("csv");
        Map<String, Object> properties = new HashMap<>(props("csv", "report-csv", 10, null));
        properties.put("service.bundleid", 42L);
        removed.add(old, properties, BOM_PLUGIN);
        removed.remove(old, properties);

        long started = System.nanoTime();
        NotFoundException e = assertThrows(NotFoundException.class, () -> removed.await("csv", Duration.ofSeconds(30)));
        assertEquals("no report format 'csv'", e.getMessage());
        assertTrue(elapsed(started).compareTo(Duration.ofSeconds(5)) < 0, "no update under way: nothing to wait for");
        assertEquals(List.of(new PluginRegistry.Departure("csv", "report-csv", 42L, clock.now)), asked, "asked about the bundle that registered it");
    }

    @Test
    void aWaitEndsAsSoonAsTheUpdateIsOverWithoutTheKey() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean updating = new java.util.concurrent.atomic.AtomicBoolean(true);
        PluginRegistry<Format> registry = new PluginRegistry<>("report format", "nts.report.format", clock, departure -> updating.get());
        Format old = new Format("csv");
        registry.add(old, props("csv", "report-csv", 10, null), BOM_PLUGIN);
        registry.remove(old, props("csv", "report-csv", 10, null));

        ExecutorService requests = Executors.newSingleThreadExecutor();
        try {
            Future<PluginService<Format>> found = waiting(requests, registry, Duration.ofHours(1));
            assertFalse(found.isDone(), "the request waits while the update is under way");

            updating.set(false);
            java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> found.get(10, TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof NotFoundException, String.valueOf(failed.getCause()));
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void anInterruptedWaitFailsAndKeepsTheFlag() {
        Format old = new Format("csv");
        registry.add(old, props("csv", "report-csv", 10, null), BOM_PLUGIN);
        registry.remove(old, props("csv", "report-csv", 10, null));
        Thread.currentThread().interrupt();
        try {
            assertThrows(NotFoundException.class, () -> registry.await("csv", Duration.ofSeconds(30)));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void concurrentAddsAndRemovesLeaveWhatWasNotRemoved() throws Exception {
        int threads = 8;
        int each = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(CompletableFuture.runAsync(() -> {
                    await(start);
                    for (int i = 0; i < each; i++) {
                        long id = thread * 10_000L + i;
                        Format f = new Format("csv");
                        registry.add(f, props("csv", "p" + thread, id, null), BOM_PLUGIN);
                        registry.add(new Format("own"), props("key-" + thread + "-" + i, "p", id + 5_000, null), BOM_PLUGIN);
                        registry.remove(f, props("csv", "p" + thread, id, null));
                    }
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(registry.current("csv").isEmpty(), "every csv registration was removed");
        assertEquals(threads * each, registry.all().size());
    }

    /** A service is asked about itself once, when it registers; the answer is kept with it, or the service refused with the reason. */
    @Test
    void aServiceIsDescribedOnceAtRegistrationAndAdmittedOrRefused() {
        PluginGuard guard = new PluginGuard(new FakeCallerScope());
        try {
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            Format csv = new Format("csv");
            PluginService<Format> added = registry.addDescribed(csv, props("csv", "report-csv", 10, null), guard.call(BOM_PLUGIN, "report format 'csv'"),
                    () -> "CSV " + asked.incrementAndGet(), d -> null).orElseThrow();
            assertEquals("CSV 1", added.description(String.class));
            assertEquals(BOM_PLUGIN, added.caller());
            assertEquals("CSV 1", registry.current("csv").orElseThrow().description(String.class));
            assertEquals(1, asked.get());

            assertTrue(registry.addDescribed(new Format("xlsx"), props("xlsx", "report-xlsx", 11, null), guard.call(BOM_PLUGIN, "report format 'xlsx'"),
                    () -> {
                        throw new IllegalStateException("no name");
                    }, d -> null).isEmpty(), "a service that cannot describe itself is refused");
            assertTrue(registry.addDescribed(new Format("pdf"), props("pdf", "report-pdf", 12, null), guard.call(BOM_PLUGIN, "report format 'pdf'"),
                    () -> "PDF", d -> "unfit").isEmpty(), "an unfit description is refused");
            assertTrue(registry.addDescribed(new Format("none"), Map.of("service.id", 13L), guard.call(BOM_PLUGIN, "report format without a key"),
                    () -> {
                        throw new AssertionError("a service without its key is not asked");
                    }, d -> null).isEmpty());
            assertEquals(List.of("csv"), registry.all().stream().map(PluginService::key).toList());
        } finally {
            guard.stop();
        }
    }

    /** A request for csv on another thread, once it waits. */
    private static Future<PluginService<Format>> waiting(ExecutorService requests, PluginRegistry<Format> registry, Duration patience)
            throws InterruptedException {
        AtomicReference<Thread> request = new AtomicReference<>();
        Future<PluginService<Format>> found = requests.submit(() -> {
            request.set(Thread.currentThread());
            return registry.await("csv", patience);
        });
        waitUntil(() -> request.get() != null && request.get().getState() == Thread.State.TIMED_WAITING, "the request waits");
        return found;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(5);
        }
    }
}
