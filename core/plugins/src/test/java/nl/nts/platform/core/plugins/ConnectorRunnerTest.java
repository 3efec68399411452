package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.FundingCallSource;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.RetryableSourceException;
import nl.nts.platform.api.plugin.SourcePage;
import nl.nts.platform.api.service.FundingCalls;
import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.shared.Caller;

/**
 * The connector runner on a ledger in memory and organisations in a map that keeps the domain's
 * rule "an update that changes nothing writes nothing": paging to the end, unchanged records not
 * written, refusals reported without ending the run, retries, a run stopped mid-page (as by kill -9)
 * resumed without a duplicate or a gap, one run per connector, cancelling, incremental runs,
 * clearing fields, and a ROM's instance writing for its ROM.
 */
class ConnectorRunnerTest {

    private static final Caller INTEGRATOR = Caller.user("ina", Set.of("integrator"));
    private static final Caller PLUGIN = Caller.plugin("connector-test", null);

    private final FakeCallerScope scope = new FakeCallerScope();
    private final PluginGuard guard = new PluginGuard(scope);
    private final Fakes fakes = new Fakes();
    private final OrganisationTable table = new OrganisationTable();
    private final MemoryRunLedger ledger = new MemoryRunLedger();
    private final ReferenceData referenceData = fakes.fake(ReferenceData.class, (method, args) -> switch (method) {
        case "rom" -> Optional.of("LIOF".equals(args[0]) ? new Rom("LIOF", "LIOF", List.of(new Region("Limburg", "NL42", "NL42", "NL-LI")))
                : new Rom(String.valueOf(args[0]), "?", List.of(new Region("Gelderland", "NL22", "NL22", "NL-GE"),
                        new Region("Overijssel", "NL21", "NL21", "NL-OV"))));
        default -> null;
    });
    private final List<ConnectorRunner> runners = new ArrayList<>();
    private final ConnectorRunner runner = runner();

    private ConnectorRunner runner() {
        ConnectorRunner r = new ConnectorRunner(table.organisations, null, referenceData, scope, guard, ledger,
                new ConnectorRunner.Settings(2, 4, Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMinutes(5), Duration.ofMinutes(2),
                        Duration.ofSeconds(15)),
                Clock.systemUTC());
        runners.add(r);
        return r;
    }

    @AfterEach
    void stop() {
        runners.forEach(ConnectorRunner::stop);
        guard.stop();
    }

    private static Map<String, Object> props(String id) {
        return new HashMap<>(Map.of(Connector.ID, id, Connector.SYSTEM, "crm", PluginProperties.PLUGIN_ID, "connector-test", "service.id",
                AtomicIds.next()));
    }

    private static final class AtomicIds {
        private static final AtomicLong IDS = new AtomicLong(100);

        static long next() {
            return IDS.incrementAndGet();
        }
    }

    private static Organisation company(String id, String name) {
        return Organisation.builder().name(name).kind(OrganisationKind.SME).country("DE").city("Aachen").externalIds(Map.of("crm", id)).build();
    }

    /** A source of pages of two: the cursor is the index of the next page. */
    private static final class PagedSource implements OrganisationSource {
        final List<List<Organisation>> pages = new CopyOnWriteArrayList<>();
        final List<String> cursors = new CopyOnWriteArrayList<>();
        volatile String checkpoint;
        volatile Set<String> fields = Set.of();
        volatile Failure failure = cursor -> { };

        interface Failure {
            void before(String cursor) throws IOException;
        }

        PagedSource(Organisation... records) {
            for (int i = 0; i < records.length; i += 2) {
                pages.add(List.of(records).subList(i, Math.min(records.length, i + 2)));
            }
        }

        @Override
        public String name() {
            return "test source";
        }

        @Override
        public SourcePage<Organisation> read(String cursor, int pageSize) throws IOException {
            cursors.add(String.valueOf(cursor));
            failure.before(cursor);
            int page = cursor == null || cursor.startsWith("since") ? 0 : Integer.parseInt(cursor);
            String next = page + 1 < pages.size() ? String.valueOf(page + 1) : null;
            return new SourcePage<>(pages.isEmpty() ? List.of() : pages.get(page), next, next == null ? checkpoint : null, fields);
        }
    }

    private <T> T as(Caller who, Supplier<T> work) {
        return scope.call(who, work);
    }

    private ConnectorRun runToEnd(ConnectorRunner r, String connector, boolean full) {
        ConnectorRun started = as(INTEGRATOR, () -> r.start(connector, full));
        return awaitEnd(r, started.id());
    }

    private static ConnectorRun awaitEnd(ConnectorRunner r, long id) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            ConnectorRun run = r.run(id);
            if (!"RUNNING".equals(run.status())) {
                return run;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("run did not end: " + run);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aRunReadsEveryPageAndASecondRunOverUnchangedDataWritesNothing() {
        PagedSource source = new PagedSource(company("1", "Alpha"), company("2", "Beta"), company("3", "Gamma"), company("4", "Delta"),
                company("5", "Epsilon"));
        runner.add(source, props("crm-test"), PLUGIN);

        ConnectorRun first = runToEnd(runner, "crm-test", false);
        assertEquals("DONE", first.status(), first.summary());
        assertEquals(List.of(3, 5, 5, 0, 0), List.of(first.pages(), first.read(), first.created(), first.updated(), first.unchanged()));
        assertEquals(5, table.writes.get());

        ConnectorRun second = runToEnd(runner, "crm-test", false);
        assertEquals("DONE", second.status(), second.summary());
        assertEquals(List.of(5, 0, 0, 5), List.of(second.read(), second.created(), second.updated(), second.unchanged()));
        assertEquals(5, table.writes.get(), "an unchanged record is not written");
        assertEquals(5, table.rows.size());
        assertTrue(second.summary().startsWith("DONE: 3 pages, 5 read, 0 created, 0 updated, 5 unchanged, 0 refused"), second.summary());

        source.pages.set(1, List.of(company("3", "Gamma GmbH"), company("4", "Delta")));
        ConnectorRun third = runToEnd(runner, "crm-test", false);
        assertEquals(List.of(0, 1, 4), List.of(third.created(), third.updated(), third.unchanged()), third.summary());
        assertEquals("Gamma GmbH", table.byExternal("3").name());
        assertEquals(3, runner.runs("crm-test").size());
    }

    @Test
    void aRecordTheSourceListsTwiceInAPageIsCreatedOnce() {
        runner.add(new PagedSource(company("1", "Alpha"), company("1", "Alpha AG")), props("crm-test"), PLUGIN);
        ConnectorRun run = runToEnd(runner, "crm-test", false);
        assertEquals(List.of(2, 1, 1), List.of(run.read(), run.created(), run.updated()), run.summary());
        assertEquals(1, table.rows.size());
        assertEquals("Alpha AG", table.byExternal("1").name());
    }

    @Test
    void aPageIsStoredInOneTransactionAndAPageWithARefusalRecordByRecordAfterItsRollback() {
        List<String> transactions = new CopyOnWriteArrayList<>();
        runner.pageTransaction(work -> {
            // a transaction of the fake table: what the work stored goes again when it throws
            Map<Long, Organisation> before;
            synchronized (table) {
                before = new LinkedHashMap<>(table.rows);
            }
            try {
                List<ConnectorJob.Outcome> done = work.get();
                transactions.add("committed " + done.size());
                return done;
            } catch (RuntimeException e) {
                synchronized (table) {
                    table.rows.clear();
                    table.rows.putAll(before);
                }
                transactions.add("rolled back");
                throw e;
            }
        });
        // pages of two: [Alpha, Beta] [Gamma, no name] [Delta]
        runner.add(new PagedSource(company("1", "Alpha"), company("2", "Beta"), company("3", "Gamma"), company("4", null), company("5", "Delta")),
                props("crm-test"), PLUGIN);
        ConnectorRun run = runToEnd(runner, "crm-test", false);
        assertEquals("DONE", run.status());
        assertEquals(List.of(5, 4, 1), List.of(run.read(), run.created(), run.refused()), run.summary());
        assertEquals(List.of("committed 2", "rolled back"), transactions, "a page of one needs no transaction of its own");
        assertEquals(List.of("crm 4: name: is required"), run.problems());
        assertEquals("Gamma", table.byExternal("3").name(), "stored once, by the record's own transaction after the rollback");
        assertEquals(4, table.rows.size());
    }

    @Test
    void aNameAnErasureMadeAPseudonymIsNotBroughtBackByTheSource() {
        Organisation stored = company("1", "person-0123456789abcdef Advies").toBuilder().id(7L).version(3L).build();
        Organisation merged = OrganisationMerge.merge(stored, company("1", "Jan de Vries Advies").toBuilder().city("Venlo").build(), Set.of());
        assertEquals("person-0123456789abcdef Advies", merged.name());
        assertEquals("Venlo", merged.city(), "the rest of the record as the source has it");
        assertEquals("Jan de Vries Advies", OrganisationMerge.merge(company("1", "Vries Advies").toBuilder().id(8L).version(1L).build(),
                company("1", "Jan de Vries Advies"), Set.of()).name(), "another name is the source's to change");
    }

    @Test
    void aRefusedRecordIsReportedWithItsReasonAndTheRunGoesOn() {
        PagedSource source = new PagedSource(company("1", "Alpha"), company("2", null), company("3", "Gamma"),
                Organisation.builder().name("No id").kind(OrganisationKind.SME).country("DE").build());
        runner.add(source, props("crm-test"), PLUGIN);
        ConnectorRun run = runToEnd(runner, "crm-test", false);
        assertEquals("DONE", run.status());
        assertEquals(List.of(4, 2, 2), List.of(run.read(), run.created(), run.refused()));
        assertEquals(List.of("crm 2: name: is required", "crm (no id): externalIds.crm: the connector gave no crm id"), run.problems());
        assertFalse(run.capped());
    }

    @Test
    void aReadWorthRetryingIsTriedAgainAfterTheSourcesRetryAfterAndABoundedBackOff() {
        PagedSource source = new PagedSource(company("1", "Alpha"), company("2", "Beta"), company("3", "Gamma"));
        AtomicInteger failures = new AtomicInteger();
        source.failure = cursor -> {
            if ("1".equals(cursor) && failures.getAndIncrement() < 2) {
                throw failures.get() == 1 ? new RetryableSourceException("429 too many requests", Duration.ofMillis(20))
                        : new RetryableSourceException("500 server error", null);
            }
        };
        runner.add(source, props("crm-test"), PLUGIN);
        ConnectorRun run = runToEnd(runner, "crm-test", false);
        assertEquals("DONE", run.status(), run.summary());
        assertEquals(2, run.retries());
        assertEquals(3, run.created());
        assertEquals(List.of("null", "1", "1", "1"), source.cursors, "the same page is read again");

        ConnectorJob job = new ConnectorJob(ledger.begin("other", "t", null), ledger, c -> null, null,
                new ConnectorJob.Limits(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1)), Clock.systemUTC());
        assertEquals(Duration.ofSeconds(7), job.waitBefore(1, Duration.ofSeconds(7)), "Retry-After is honoured");
        assertEquals(Duration.ofSeconds(30), job.waitBefore(1, Duration.ofHours(1)), "but bounded");
        long third = job.waitBefore(3, null).toMillis();
        assertTrue(third >= 4000 && third <= 4800, "1 s, 2 s, 4 s with up to 20 % more: " + third);
        assertEquals(Duration.ofSeconds(30), job.waitBefore(12, null));
    }

    @Test
    void aSourceThatKeepsFailingEndsTheRunFailedNamingWhy() {
        PagedSource source = new PagedSource(company("1", "Alpha"));
        source.failure = cursor -> {
            throw new RetryableSourceException("503 service unavailable", null);
        };
        runner.add(source, props("crm-test"), PLUGIN);
        ConnectorRun run = runToEnd(runner, "crm-test", false);
        assertEquals("FAILED", run.status());
        assertEquals("gave up after 4 attempts: 503 service unavailable", run.error());

        source.failure = cursor -> {
            throw new IOException("HubSpot refused the access token (401): check accessToken");
        };
        ConnectorRun refused = runToEnd(runner, "crm-test", false);
        assertEquals("HubSpot refused the access token (401): check accessToken", refused.error());
        assertEquals(0, refused.retries(), "a failure not worth retrying is not retried");
    }

    /**
     * As by kill -9 in the middle of a page: the runtime dies after the page's first record is stored
     * and before its cursor is. The next runtime on the same database resumes the run from the stored
     * cursor: the page is read again, its stored record found unchanged, and every record is there once.
     */
    @Test
    void aRunKilledMidPageIsResumedByTheNextRuntimeWithNoDuplicateAndNothingMissing() {
        PagedSource source = new PagedSource(company("1", "Alpha"), company("2", "Beta"), company("3", "Gamma"), company("4", "Delta"),
                company("5", "Epsilon"));
        table.dieAt = "4";
        runner.add(source, props("crm-test"), PLUGIN);
        long id = as(INTEGRATOR, () -> runner.start("crm-test", false)).id();
        Instant deadline = Instant.now().plusSeconds(20);
        while (table.died.getCount() > 0) {
            assertTrue(Instant.now().isBefore(deadline), "the runtime did not die");
            Thread.onSpinWait();
        }
        runner.stop();
        assertEquals("RUNNING", ledger.get(id).orElseThrow().status(), "nothing ended the run");
        assertEquals("1", ledger.get(id).orElseThrow().nextCursor(), "the second page (records 3 and 4) had not been stored whole");

        table.dieAt = null;
        ConnectorRunner next = runner();
        next.add(source, props("crm-test"), PLUGIN);
        next.tick();
        ConnectorRun resumed = awaitEnd(next, id);
        assertEquals("DONE", resumed.status(), resumed.summary());
        assertEquals(1, resumed.resumes());
        assertEquals(List.of("1", "2", "3", "4", "5"), table.rows.values().stream().map(o -> o.externalIds().get("crm")).sorted().toList());
        assertEquals(List.of(5, 4, 1), List.of(resumed.read(), resumed.created(), resumed.unchanged()),
                "record 3, stored before the kill (whose count died with it), is found unchanged");
        assertEquals(List.of("null", "1", "1", "2"), source.cursors);
    }

    @Test
    void oneRunPerConnectorAtATimeAndACancelledRunEndsCancelled() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        PagedSource source = new PagedSource(company("1", "Alpha"), company("2", "Beta"), company("3", "Gamma"));
        source.failure = cursor -> {
            if ("1".equals(cursor)) {
                reading.countDown();
                throw new RetryableSourceException("429", Duration.ofMinutes(10));
            }
        };
        runner.add(source, props("crm-test"), PLUGIN);
        ConnectorRunner slow = new ConnectorRunner(table.organisations, null, referenceData, scope, guard, ledger,
                new ConnectorRunner.Settings(2, 4, Duration.ofMillis(5), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMinutes(2),
                        Duration.ofSeconds(15)), Clock.systemUTC());
        runners.add(slow);
        slow.add(source, props("crm-test"), PLUGIN);
        long id = as(INTEGRATOR, () -> slow.start("crm-test", false)).id();
        assertTrue(reading.await(20, TimeUnit.SECONDS));
        ConflictException twice = assertThrows(ConflictException.class, () -> as(INTEGRATOR, () -> slow.start("crm-test", false)));
        assertTrue(twice.getMessage().contains("running already: run " + id), twice.getMessage());

        ConnectorRun cancelled = as(INTEGRATOR, () -> slow.cancel(id));
        assertEquals("CANCELLED", awaitEnd(slow, id).status(), String.valueOf(cancelled));
        assertEquals(2, awaitEnd(slow, id).created(), "what it stored stays");
        source.failure = cursor -> { };
        ConnectorRun again = runToEnd(runner, "crm-test", false);
        assertEquals(List.of("DONE", 1, 2), List.of(again.status(), again.created(), again.unchanged()), again.summary());
    }

    @Test
    void aRunPastItsTimeLimitEndsFailedAlsoWhileItWaitsToRetry() {
        ConnectorRunner hurried = new ConnectorRunner(table.organisations, null, referenceData, scope, guard, ledger,
                new ConnectorRunner.Settings(2, 10, Duration.ofMillis(5), Duration.ofMinutes(10), Duration.ofMillis(300), Duration.ofMinutes(2),
                        Duration.ofSeconds(15)), Clock.systemUTC());
        runners.add(hurried);
        PagedSource source = new PagedSource(company("1", "Alpha"), company("2", "Beta"), company("3", "Gamma"));
        source.failure = cursor -> {
            if ("1".equals(cursor)) {
                throw new RetryableSourceException("429", Duration.ofMinutes(5));
            }
        };
        hurried.add(source, props("crm-test"), PLUGIN);
        ConnectorRun run = runToEnd(hurried, "crm-test", false);
        assertEquals("FAILED", run.status());
        assertTrue(run.error().startsWith("the run's time limit of ") && run.error().contains("ran out"), run.error());
        assertEquals(2, run.created(), "what it stored before stays");
    }

    @Test
    void aConnectorInstanceWithRunEveryMinutesIsRunByTheScheduleWhenDue() {
        Map<String, Object> properties = props("crm-test");
        properties.put(Connector.RUN_EVERY_MINUTES, 60);
        runner.add(new PagedSource(company("1", "Alpha")), properties, PLUGIN);
        assertEquals(Integer.valueOf(60), runner.list().get(0).runEveryMinutes());
        runner.tick();
        List<ConnectorRun> runs = runner.runs("crm-test");
        assertEquals(1, runs.size(), "never run: due at once");
        ConnectorRun scheduled = awaitEnd(runner, runs.get(0).id());
        assertEquals(List.of("schedule", "DONE"), List.of(scheduled.by(), scheduled.status()));
        runner.tick();
        assertEquals(1, runner.runs("crm-test").size(), "not due again within the hour");

        runner.add(new PagedSource(company("2", "Beta")), props("crm-manual"), PLUGIN);
        runner.tick();
        assertEquals(List.of(), runner.runs("crm-manual"), "without runEveryMinutes only when asked");
    }

    @Test
    void theNextRunStartsFromTheCheckpointTheLastCompletedRunLeftUnlessAFullRunIsAsked() {
        PagedSource source = new PagedSource(company("1", "Alpha"), company("2", "Beta"), company("3", "Gamma"));
        source.checkpoint = "since=2025-10-01T10:00:00Z";
        runner.add(source, props("crm-test"), PLUGIN);
        ConnectorRun full = runToEnd(runner, "crm-test", false);
        assertFalse(full.incremental());
        source.cursors.clear();
        ConnectorRun incremental = runToEnd(runner, "crm-test", false);
        assertTrue(incremental.incremental());
        assertEquals("since=2025-10-01T10:00:00Z", source.cursors.get(0));
        source.cursors.clear();
        assertFalse(runToEnd(runner, "crm-test", true).incremental());
        assertEquals("null", source.cursors.get(0));
    }

    @Test
    void aFieldThePageKeepsIsClearedByANullOthersStayAsStored() {
        Organisation withKvk = Organisation.builder().name("Alpha").kind(OrganisationKind.SME).country("DE").city("Aachen").sbiCode("26.11")
                .trl(6).externalIds(Map.of("crm", "1")).build();
        PagedSource source = new PagedSource(withKvk);
        runner.add(source, props("crm-test"), PLUGIN);
        runToEnd(runner, "crm-test", false);

        source.pages.set(0, List.of(company("1", "Alpha")));
        ConnectorRun defaults = runToEnd(runner, "crm-test", false);
        assertEquals(1, defaults.unchanged(), "by default a source's null keeps sbiCode and trl: " + defaults.summary());
        assertEquals("26.11", table.byExternal("1").sbiCode());

        source.fields = Set.of("name", "kind", "city", "country", "province", "sbiCode");
        ConnectorRun cleared = runToEnd(runner, "crm-test", false);
        assertEquals(1, cleared.updated(), cleared.summary());
        assertNull(table.byExternal("1").sbiCode(), "a kept field given as null is cleared");
        assertEquals(6, table.byExternal("1").trl(), "a field the page does not keep stays");

        source.fields = Set.of("name", "website");
        ConnectorRun wrong = runToEnd(runner, "crm-test", false);
        assertEquals("FAILED", wrong.status());
        assertTrue(wrong.error().contains("[website]"), wrong.error());
    }

    @Test
    void anInstanceConfiguredForARomRunsForThatRomAndItsAdminMayRunIt() {
        Organisation noProvince = Organisation.builder().name("Maas Quantum").kind(OrganisationKind.SME).country("NL").externalIds(Map.of("crm", "9"))
                .build();
        Map<String, Object> properties = props("crm-liof");
        properties.put(PluginProperties.ROM, "LIOF");
        runner.add(new PagedSource(noProvince), properties, PLUGIN);
        ConnectorInfo info = runner.list().get(0);
        assertEquals("LIOF", info.rom());

        assertThrows(SecurityException.class, () -> as(Caller.user("mo", Set.of("rom-member:LIOF")), () -> runner.start("no-such-connector", false)),
                "who may run no connector is refused before being told whether it exists");
        SecurityException bom = assertThrows(SecurityException.class,
                () -> as(Caller.user("bea", Set.of("rom-admin:BOM")), () -> runner.start("crm-liof", false)));
        assertTrue(bom.getMessage().contains("rom-admin:LIOF"), bom.getMessage());
        ConnectorRun run = as(Caller.user("lia", Set.of("rom-admin:LIOF")), () -> runner.start("crm-liof", false));
        assertEquals("DONE", awaitEnd(runner, run.id()).status());
        assertEquals("Limburg", table.byExternal("9").province(), "a Dutch record with no province gets its ROM's one province");
        assertEquals("plugin connector-test of LIOF", table.writers.get(0), "written as the plugin for LIOF");

        Map<String, Object> wrongRom = props("crm-bom");
        wrongRom.put(PluginProperties.ROM, "BOM");
        runner.add(new PagedSource(), wrongRom, Caller.plugin("rom-liof-crm", "LIOF"));
        assertEquals(List.of("crm-liof"), runner.list().stream().map(ConnectorInfo::id).toList(), "a ROM's plugin runs for its own ROM only");
    }

    @Test
    void aFundingCallReplacesTheStoredOneButKeepsTheTechnologiesItsSourceDoesNotGive() {
        java.util.Map<String, FundingCall> calls = new java.util.concurrent.ConcurrentHashMap<>();
        FundingCalls store = fakes.fake(FundingCalls.class, (method, args) -> switch (method) {
            case "bySourceIdentifier" -> Optional.ofNullable(calls.get((String) args[1]));
            case "create" -> {
                FundingCall c = ((FundingCall) args[0]).toBuilder().id(1L).version(1L).build();
                calls.put(c.identifier(), c);
                yield c;
            }
            case "update" -> {
                FundingCall current = calls.get(((FundingCall) args[1]).identifier());
                FundingCall next = ((FundingCall) args[1]).toBuilder().id(current.id()).version(current.version()).build();
                FundingCall stored = next.equals(current) ? current : next.toBuilder().version(current.version() + 1).build();
                calls.put(stored.identifier(), stored);
                yield stored;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        ConnectorRunner withCalls = new ConnectorRunner(table.organisations, store, referenceData, scope, guard, ledger,
                new ConnectorRunner.Settings(2, 4, Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMinutes(5), Duration.ofMinutes(2),
                        Duration.ofSeconds(15)), Clock.systemUTC());
        runners.add(withCalls);
        FundingCall edf = FundingCall.builder().source("SEDIA").identifier("EDF-1").title("Sensor packaging").build();
        List<FundingCall> page = new CopyOnWriteArrayList<>(List.of(edf));
        withCalls.add(new FundingCallSource() {
            @Override
            public String name() {
                return "calls";
            }

            @Override
            public SourcePage<FundingCall> read(String cursor, int pageSize) {
                return new SourcePage<>(page, null);
            }
        }, props("calls"), PLUGIN);
        assertEquals(1, runToEnd(withCalls, "calls", false).created());
        calls.put("EDF-1", calls.get("EDF-1").toBuilder().technologies(List.of("NTS09")).version(2L).build());
        ConnectorRun same = runToEnd(withCalls, "calls", false);
        assertEquals(1, same.unchanged(), "the operator's technologies are not the source's to clear: " + same.summary());
        page.set(0, edf.toBuilder().title("Sensor packaging for defence platforms").build());
        ConnectorRun changed = runToEnd(withCalls, "calls", false);
        assertEquals(1, changed.updated());
        assertEquals(List.of("NTS09"), calls.get("EDF-1").technologies());
        assertEquals("Sensor packaging for defence platforms", calls.get("EDF-1").title());
    }

    /** A connector tells its name once, when it registers: listing connectors runs no plugin code. */
    @Test
    void aConnectorIsDescribedOnceAtRegistrationNotOnEveryList() {
        AtomicInteger asked = new AtomicInteger();
        OrganisationSource cordis = new OrganisationSource() {
            @Override
            public String name() {
                asked.incrementAndGet();
                return "CORDIS organisations";
            }

            @Override
            public SourcePage<Organisation> read(String cursor, int pageSize) {
                throw new UnsupportedOperationException();
            }
        };
        runner.add(cordis, Map.of(Connector.ID, "cordis", Connector.SYSTEM, "cordis", "nts.plugin.id", "connector-cordis", "service.id", 7L), PLUGIN);
        for (int i = 0; i < 3; i++) {
            List<ConnectorInfo> listed = runner.list();
            assertEquals(1, listed.size());
            assertEquals("CORDIS organisations", listed.get(0).name());
        }
        assertEquals(1, asked.get());
    }

    /** A connector that cannot tell its name is refused, with the reason logged, as every plugin kind's service is. */
    @Test
    void aConnectorThatCannotDescribeItselfIsNotListed() {
        OrganisationSource broken = new OrganisationSource() {
            @Override
            public String name() {
                throw new IllegalStateException("no name");
            }

            @Override
            public SourcePage<Organisation> read(String cursor, int pageSize) {
                throw new UnsupportedOperationException();
            }
        };
        runner.addOrganisationSource(broken, Map.of(Connector.ID, "broken", Connector.SYSTEM, "x", "service.id", 8L), null);
        assertEquals(List.of(), runner.list());
    }

    /**
     * Organisations in a map with the domain's rules that matter here: a name is required, and an
     * update equal to the stored record writes nothing and keeps its version. {@code dieAt} makes the
     * runtime die (an Error no one catches, as kill -9 leaves no code running) when that record comes.
     */
    private final class OrganisationTable {
        final Map<Long, Organisation> rows = new LinkedHashMap<>();
        final AtomicInteger writes = new AtomicInteger();
        final List<String> writers = new CopyOnWriteArrayList<>();
        final CountDownLatch died = new CountDownLatch(1);
        volatile String dieAt;
        private long ids;

        final Organisations organisations = fakes.fake(Organisations.class, (method, args) -> switch (method) {
            case "byExternalIds" -> found((java.util.Collection<?>) args[1]);
            case "create" -> create((Organisation) args[0]);
            case "update" -> update((Long) args[0], (Organisation) args[1]);
            default -> throw new UnsupportedOperationException(method);
        });

        synchronized Organisation byExternal(String id) {
            return find(id).orElseThrow();
        }

        private synchronized Map<String, Organisation> found(java.util.Collection<?> ids) {
            Map<String, Organisation> found = new HashMap<>();
            for (Organisation o : rows.values()) {
                if (ids.contains(o.externalIds().get("crm"))) {
                    found.put(o.externalIds().get("crm"), o);
                }
            }
            return found;
        }

        private synchronized Optional<Organisation> find(String id) {
            return rows.values().stream().filter(o -> id.equals(o.externalIds().get("crm"))).findFirst();
        }

        private void check(Organisation o) {
            if (dieAt != null && dieAt.equals(o.externalIds().get("crm"))) {
                died.countDown();
                throw new ThreadDeath();
            }
            if (o.name() == null) {
                throw new ValidationException("name", "is required");
            }
            writers.add(String.valueOf(scope.current().orElse(null)));
        }

        private synchronized Organisation create(Organisation o) {
            check(o);
            long id = ++ids;
            Organisation stored = o.toBuilder().id(id).version(1L).build();
            rows.put(id, stored);
            writes.incrementAndGet();
            return stored;
        }

        private synchronized Organisation update(long id, Organisation o) {
            check(o);
            Organisation current = rows.get(id);
            Organisation next = o.toBuilder().id(id).version(current.version()).stamp(current.stamp()).build();
            if (next.equals(current)) {
                return current;
            }
            Organisation stored = next.toBuilder().version(current.version() + 1).build();
            rows.put(id, stored);
            writes.incrementAndGet();
            return stored;
        }
    }
}
