package nl.nts.platform.core.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Roles;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.FundingCallSource;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.service.Connectors;
import nl.nts.platform.api.service.FundingCalls;
import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.plugins.ConnectorJob.Outcome;
import nl.nts.platform.core.plugins.RunLedger.StoredRun;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.store.ChangeMarks;
import nl.nts.platform.core.store.ConnectorRunEntity.Progress;

/**
 * Runs connectors as stored jobs ({@link ConnectorJob}, kept by a {@link RunLedger}): one run per
 * connector at a time, resumed after a restart from the cursor stored with its last page,
 * periodic where the connector's instance says so ({@link Connector#RUN_EVERY_MINUTES}). A job runs
 * on the {@link PluginGuard}'s workers for the connector's plugin, narrowed to the ROM its instance
 * names: what it brings in is written for that plugin and ROM, by the domain's rules.
 *
 * <p>Registered under this class, which only this bundle sees; other bundles get {@link Connectors}
 * through {@link ConnectorsForCaller}, which runs each call for the calling bundle's caller.
 */
@Component(service = ConnectorRunner.class, configurationPid = "nl.nts.platform.connectors")
@Designate(ocd = ConnectorRunner.Config.class)
public class ConnectorRunner implements Connectors {

    @ObjectClassDefinition(name = "Connector runs", description = "How the core runs connectors (etc/nl.nts.platform.connectors.cfg)")
    public @interface Config {
        @AttributeDefinition(description = "How many records the core asks a connector for per page (a hint)")
        int pageSize() default 100;

        @AttributeDefinition(description = "How often one page is tried when the source answers 429 or 5xx, before the run fails")
        int maxAttempts() default 6;

        @AttributeDefinition(description = "The first wait before a retry, in seconds, doubled with each further attempt (unless the source says Retry-After)")
        double firstRetrySeconds() default 1;

        @AttributeDefinition(description = "The longest wait before a retry, in seconds, also when the source asks for longer")
        int longestWaitSeconds() default 300;

        @AttributeDefinition(description = "A run's time limit in minutes, unless the connector's instance sets nts.connector.timeLimitMinutes")
        int runTimeLimitMinutes() default 240;

        @AttributeDefinition(description = "A run another node has not touched for this many seconds is taken over (that node is taken to be down)")
        int staleAfterSeconds() default 120;

        @AttributeDefinition(description = "How often, in seconds, the core looks for runs to resume, periodic runs due and runs past their time limit")
        int tickSeconds() default 15;
    }

    /** The settings a runner works with, read from {@link Config}. */
    record Settings(int pageSize, int maxAttempts, Duration firstRetry, Duration longestWait, Duration timeLimit, Duration staleAfter,
            Duration tick) {

        static Settings of(Config c) {
            return new Settings(Math.max(1, c.pageSize()), Math.max(1, c.maxAttempts()), Duration.ofMillis(Math.max(1, (long) (c.firstRetrySeconds() * 1000))),
                    Duration.ofSeconds(Math.max(0, c.longestWaitSeconds())), Duration.ofMinutes(Math.max(1, c.runTimeLimitMinutes())),
                    Duration.ofSeconds(Math.max(10, c.staleAfterSeconds())), Duration.ofSeconds(Math.max(1, c.tickSeconds())));
        }
    }

    private static final Logger LOG = Logger.getLogger(ConnectorRunner.class.getName());
    static final int RECENT = 100;
    static final String SCHEDULE = "schedule";

    private final Clock clock;
    private final PluginRegistry<Connector> connectors;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final Organisations organisations;
    private final FundingCalls fundingCalls;
    private final ReferenceData referenceData;
    private final CallerScope scope;
    private final PluginGuard guard;
    private final RunLedger ledger;
    private final Settings settings;
    private final ScheduledExecutorService ticker;
    /** How a page's records are stored together: in one transaction of the persistence unit (none for a runner a test makes). */
    private volatile ConnectorJob.PageTransaction pageTransaction;

    /** False for a runner whose rounds a test calls ({@link #tick}). */
    private volatile boolean ticking;

    private record Running(ConnectorJob job, Future<?> future) {
    }

    @Activate
    public ConnectorRunner(@Reference Organisations organisations, @Reference FundingCalls fundingCalls, @Reference ReferenceData referenceData,
            @Reference CallerScope scope, @Reference PluginGuard guard, @Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, Config config) {
        this(organisations, fundingCalls, referenceData, scope, guard,
                new JpaRunLedger(jpa, Clock.systemUTC(), ChangeMarks.NODE, UUID.randomUUID().toString()), Settings.of(config), Clock.systemUTC());
        pageTransaction(work -> jpa.txExpr(org.apache.aries.jpa.template.TransactionType.Required, em -> work.get()));
        Duration tick = settings.tick();
        ticking = true;
        ticker.scheduleWithFixedDelay(this::tick, Math.min(2000, tick.toMillis()), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stores each page in one transaction (see {@link ConnectorJob.PageTransaction}); a runner made without one stores each record in its own. */
    void pageTransaction(ConnectorJob.PageTransaction transaction) {
        this.pageTransaction = transaction;
    }

    /** A runner that ticks only when {@link #tick} is called. */
    ConnectorRunner(Organisations organisations, FundingCalls fundingCalls, ReferenceData referenceData, CallerScope scope, PluginGuard guard,
            RunLedger ledger, Settings settings, Clock clock) {
        this.organisations = organisations;
        this.fundingCalls = fundingCalls;
        this.referenceData = referenceData;
        this.scope = scope;
        this.guard = guard;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.connectors = new PluginRegistry<>("connector", Connector.ID, clock);
        this.ticker = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread t = new Thread(work, "nts-connector-runs");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Stops the runs going here without ending them: they stay {@code RUNNING} in the database, and
     * the next start (or this node's next runner) resumes them from their last stored page.
     */
    @Deactivate
    void stop() {
        ticker.shutdownNow();
        running.values().forEach(r -> {
            r.job().shutdown();
            r.future().cancel(true);
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeOrganisationSource")
    void addOrganisationSource(OrganisationSource source, Map<String, Object> properties, ServiceReference<OrganisationSource> reference) {
        add(source, properties, reference);
    }

    void removeOrganisationSource(OrganisationSource source, Map<String, Object> properties) {
        remove(source, properties);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeFundingCallSource")
    void addFundingCallSource(FundingCallSource source, Map<String, Object> properties, ServiceReference<FundingCallSource> reference) {
        add(source, properties, reference);
    }

    void removeFundingCallSource(FundingCallSource source, Map<String, Object> properties) {
        remove(source, properties);
    }

    private void add(Connector connector, Map<String, Object> properties, ServiceReference<?> reference) {
        add(connector, properties, PluginCaller.of(reference, properties));
    }

    /** @param plugin who the connector's plugin is, as its bundle says */
    void add(Connector connector, Map<String, Object> properties, Caller plugin) {
        if (PluginService.text(properties.get(Connector.SYSTEM)) == null) {
            LOG.warning(() -> "A connector without " + Connector.ID + " or " + Connector.SYSTEM + " is ignored: " + properties);
            return;
        }
        String what = "connector '" + PluginService.text(properties.get(Connector.ID)) + "' of plugin "
                + properties.getOrDefault(PluginProperties.PLUGIN_ID, PluginService.UNKNOWN_PLUGIN);
        Caller caller = forInstance(plugin, PluginService.text(properties.get(PluginProperties.ROM)), what);
        if (caller == null) {
            return;
        }
        connectors.addDescribed(connector, properties, guard.call(caller, what), () -> Objects.requireNonNull(connector.name(), "name"), name -> null);
        // a run the connector left when it went (an update of its plugin, a restart) goes on
        if (ticking && !ticker.isShutdown()) {
            ticker.execute(this::tick);
        }
    }

    /**
     * Who an instance runs as: its plugin's caller, narrowed to the ROM the instance is configured for
     * when the plugin is national. A ROM's plugin runs for its own ROM only; an instance naming another
     * is ignored, with a warning.
     *
     * @return the caller; null when the instance is ignored
     */
    private Caller forInstance(Caller plugin, String instanceRom, String what) {
        if (instanceRom == null || instanceRom.equals(plugin.rom())) {
            return plugin;
        }
        if (plugin.kind() != Caller.Kind.PLUGIN || plugin.rom() != null) {
            LOG.warning(() -> what + " is ignored: it is configured for " + instanceRom + " but its plugin belongs to " + plugin.rom());
            return null;
        }
        if (referenceData != null && referenceData.rom(instanceRom).isEmpty()) {
            LOG.warning(() -> what + " is ignored: it is configured for ROM '" + instanceRom + "', which does not exist");
            return null;
        }
        return Caller.plugin(plugin.name(), instanceRom);
    }

    void remove(Connector connector, Map<String, Object> properties) {
        String id = PluginService.text(properties.get(Connector.ID));
        Optional<PluginService<Connector>> before = id == null ? Optional.empty() : connectors.current(id);
        connectors.remove(connector, properties);
        if (before.isPresent() && before.get().service() == connector && connectors.current(id).isEmpty()) {
            // the run stays RUNNING, resumed when the connector is back (a plugin update), or cancelled by a user
            running.values().stream().filter(r -> r.job().connector().equals(id)).forEach(r -> {
                r.job().shutdown();
                r.future().cancel(true);
            });
        }
    }

    /** Reads what each connector told when it registered: listing them runs no plugin code. */
    @Override
    public List<ConnectorInfo> list() {
        return connectors.all().stream()
                .map(r -> new ConnectorInfo(r.key(), r.description(String.class), r.service() instanceof OrganisationSource ? "organisations" : "funding-calls",
                        r.property(Connector.SYSTEM), r.plugin(), r.caller().rom(), runEvery(r)))
                .toList();
    }

    private static Integer runEvery(PluginService<Connector> r) {
        Integer minutes = positive(r.properties().get(Connector.RUN_EVERY_MINUTES));
        return minutes;
    }

    private static Integer positive(Object value) {
        if (value == null) {
            return null;
        }
        try {
            int n = value instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(value).strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Duration timeLimit(PluginService<Connector> r) {
        Integer minutes = positive(r.properties().get(Connector.TIME_LIMIT_MINUTES));
        return minutes == null ? settings.timeLimit() : Duration.ofMinutes(minutes);
    }

    private GuardedCall call(PluginService<Connector> r) {
        return guard.call(r.caller(), "connector '" + r.key() + "' of plugin " + r.plugin());
    }

    private Caller caller() {
        return scope.current().orElseThrow(() -> new SecurityException("no caller is known for running a connector"));
    }

    /** An operator or integrator runs any connector; a ROM's admin those that run for that ROM. */
    private static void requireRunner(Caller who, String connector, String rom) {
        if (rom == null) {
            who.requireRole("run connector '" + connector + "'", Roles.INTEGRATOR);
        } else {
            who.requireRole("run connector '" + connector + "' of " + rom, Roles.INTEGRATOR, Roles.romAdmin(rom));
        }
    }

    @Override
    public ConnectorRun start(String connector) {
        return start(connector, false);
    }

    @Override
    public ConnectorRun start(String connector, boolean full) {
        Caller who = caller();
        if (who.administeredRoms().isEmpty()) {
            // who may run no connector at all is told so before whether this one exists
            who.requireRole("run connectors", Roles.INTEGRATOR);
        }
        PluginService<Connector> registered = connectors.current(connector).orElseThrow(() -> new NotFoundException("connector", connector));
        requireRunner(who, connector, registered.caller().rom());
        return begin(registered, who.actor(), full);
    }

    private synchronized ConnectorRun begin(PluginService<Connector> registered, String by, boolean full) {
        String cursor = full ? null : ledger.lastCheckpoint(registered.key());
        StoredRun run = ledger.begin(registered.key(), by, cursor);
        launch(registered, run);
        LOG.info(() -> "Connector run " + run.id() + " of " + registered.key() + " started by " + by + (run.incremental() ? " (incremental)" : " (full)"));
        return run(run.id());
    }

    /** Runs the stored run's job on a worker for the connector's plugin. */
    private synchronized void launch(PluginService<Connector> registered, StoredRun run) {
        ConnectorJob job = new ConnectorJob(run, ledger, reader(registered), upserter(registered),
                new ConnectorJob.Limits(settings.maxAttempts(), settings.firstRetry(), settings.longestWait(), timeLimit(registered)), clock,
                pageTransaction);
        try {
            Future<?> future = call(registered).start(() -> {
                try {
                    job.run();
                } finally {
                    running.remove(job.id());
                }
            });
            running.put(job.id(), new Running(job, future));
            if (job.ended()) {
                // it ended before it was put
                running.remove(job.id());
            }
        } catch (RuntimeException e) {
            ledger.finish(run.id(), "FAILED", "could not be started: " + e.getMessage(), run.progress());
            throw e;
        }
    }

    private ConnectorJob.PageReader reader(PluginService<Connector> registered) {
        int pageSize = settings.pageSize();
        if (registered.service() instanceof OrganisationSource source) {
            return cursor -> source.read(cursor, pageSize);
        }
        FundingCallSource source = (FundingCallSource) registered.service();
        return cursor -> source.read(cursor, pageSize);
    }

    private ConnectorJob.Upserter upserter(PluginService<Connector> registered) {
        String system = registered.property(Connector.SYSTEM);
        String rom = registered.caller().rom();
        if (registered.service() instanceof OrganisationSource) {
            return new ConnectorJob.Upserter() {
                /** What is stored of this page's records, by their id in the system: one read a page, not one a record. */
                private final Map<String, Organisation> stored = new java.util.HashMap<>();

                @Override
                public void prepare(List<?> records) {
                    stored.clear();
                    stored.putAll(organisations.byExternalIds(system, records.stream().filter(Organisation.class::isInstance)
                            .map(r -> ((Organisation) r).externalIds().get(system)).filter(Objects::nonNull).toList()));
                }

                @Override
                public Outcome upsert(Object record, Set<String> fields) {
                    return upsertOrganisation((Organisation) record, fields, system, rom, stored);
                }

                @Override
                public String key(Object record) {
                    return record instanceof Organisation o ? system + " " + o.externalIds().getOrDefault(system, "(no id)") : String.valueOf(record);
                }
            };
        }
        return new ConnectorJob.Upserter() {
            @Override
            public Outcome upsert(Object record, Set<String> fields) {
                return upsertCall((FundingCall) record);
            }

            @Override
            public String key(Object record) {
                return record instanceof FundingCall c ? c.source() + " " + c.identifier() : String.valueOf(record);
            }
        };
    }

    /**
     * @param stored what is stored of the page's records, by their id in the system; kept up to date
     *               here, so that a record the source lists twice is created once
     */
    Outcome upsertOrganisation(Organisation o, Set<String> fields, String system, String rom, Map<String, Organisation> stored) {
        Set<String> unknown = OrganisationMerge.unknown(fields);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the connector's page names fields an organisation does not have: " + unknown);
        }
        String externalId = o.externalIds().get(system);
        if (externalId == null) {
            throw new ValidationException("externalIds." + system, "the connector gave no " + system + " id");
        }
        Organisation current = stored.get(externalId);
        if (current == null) {
            stored.put(externalId, organisations.create(inRom(o, rom)));
            return Outcome.CREATED;
        }
        Organisation merged = inRom(OrganisationMerge.merge(current, o, fields), rom);
        if (merged.equals(current.toBuilder().stamp(null).build())) {
            // what is stored already, field for field: no write to ask for (the domain would find it unchanged too, at a transaction's cost)
            return Outcome.UNCHANGED;
        }
        Organisation updated = organisations.update(current.id(), merged, current.version());
        stored.put(externalId, updated);
        return Objects.equals(updated.version(), current.version()) ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    /**
     * A ROM's connector brings in its ROM's organisations: a Dutch one that names no province gets its
     * ROM's, when the ROM works in one province. One in another ROM's province the domain refuses.
     */
    private Organisation inRom(Organisation o, String rom) {
        if (rom == null || o.province() != null || !"NL".equals(o.country()) || referenceData == null) {
            return o;
        }
        List<String> provinces = referenceData.rom(rom).map(r -> r.regions().stream().map(Region::province).distinct().toList()).orElse(List.of());
        return provinces.size() == 1 ? o.toBuilder().province(provinces.get(0)).build() : o;
    }

    private Outcome upsertCall(FundingCall c) {
        Optional<FundingCall> existing = fundingCalls.bySourceIdentifier(c.source(), c.identifier());
        if (existing.isEmpty()) {
            fundingCalls.create(c);
            return Outcome.CREATED;
        }
        // a source that knows no technologies, TRL range or regional condition leaves those the operator gave the call
        FundingCall stored0 = existing.get();
        FundingCall incoming = c.toBuilder()
                .technologies(c.technologies().isEmpty() ? stored0.technologies() : c.technologies())
                .trlMin(c.trlMin() == null && c.trlMax() == null ? stored0.trlMin() : c.trlMin())
                .trlMax(c.trlMin() == null && c.trlMax() == null ? stored0.trlMax() : c.trlMax())
                .crossRegional(c.crossRegional() == null ? stored0.crossRegional() : c.crossRegional())
                .build();
        FundingCall stored = fundingCalls.update(existing.get().id(), incoming, existing.get().version());
        return Objects.equals(stored.version(), existing.get().version()) ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    @Override
    public ConnectorRun cancel(long id) {
        Caller who = caller();
        StoredRun run = ledger.get(id).orElseThrow(() -> new NotFoundException("connector run", String.valueOf(id)));
        requireRunner(who, run.connector(), connectors.current(run.connector()).map(r -> r.caller().rom()).orElse(null));
        if (!run.running()) {
            return run(id);
        }
        Running here = running.get(id);
        if (here != null) {
            here.job().cancel();
            awaitEnd(here, Duration.ofSeconds(5));
        } else if (ledger.orphaned(settings.staleAfter()).stream().anyMatch(r -> r.id() == id)) {
            // no runtime runs it (its connector is gone, or its node is down): it ends here
            ledger.finish(id, "CANCELLED", "cancelled by " + who.actor() + " while no runtime ran it", run.progress());
        } else {
            ledger.askCancel(id);
        }
        LOG.info(() -> "Connector run " + id + " of " + run.connector() + " cancelled by " + who.actor());
        return run(id);
    }

    private static void awaitEnd(Running r, Duration patience) {
        try {
            r.future().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException | java.util.concurrent.CancellationException e) {
            // the answer shows the run as it is now
        }
    }

    @Override
    public ConnectorRun run(long id) {
        StoredRun stored = ledger.get(id).orElseThrow(() -> new NotFoundException("connector run", String.valueOf(id)));
        return view(stored);
    }

    private ConnectorRun view(StoredRun stored) {
        Running here = running.get(stored.id());
        return here != null && stored.running() ? here.job().live(stored) : snapshot(stored, stored.progress());
    }

    @Override
    public List<ConnectorRun> runs() {
        return ledger.recent(null, RECENT).stream().map(this::view).toList();
    }

    @Override
    public List<ConnectorRun> runs(String connector) {
        return ledger.recent(connector, RECENT).stream().map(this::view).toList();
    }

    /** A stored run with these counts, as the API shows it. */
    static ConnectorRun snapshot(StoredRun s, Progress p) {
        List<String> problems = p.problems() == null || p.problems().isEmpty() ? List.of() : List.of(p.problems().split("\n"));
        String summary = s.status() + ": " + p.pages() + (p.pages() == 1 ? " page, " : " pages, ") + p.read() + " read, " + p.created() + " created, "
                + p.updated() + " updated, " + p.unchanged() + " unchanged, " + p.refused() + " refused"
                + (p.retries() > 0 ? ", " + p.retries() + (p.retries() == 1 ? " retry" : " retries") : "")
                + (s.resumes() > 0 ? ", resumed " + s.resumes() + "x" : "") + (s.incremental() ? " (incremental)" : " (full)")
                + (s.error() == null ? "" : " - " + s.error());
        return new ConnectorRun(s.id(), s.connector(), s.status(), s.by(), s.started(), s.finished(), p.pages(), p.read(), p.created(), p.updated(),
                p.refused(), problems, s.error(), p.unchanged(), p.capped(), p.retries(), s.resumes(), s.incremental(), summary);
    }

    /**
     * The runner's round: resumes the runs no runtime runs whose connector is here, says the runs going
     * here are alive (and cancels those someone asked to cancel on another node), stops those past
     * their time limit, and starts the periodic runs that are due.
     */
    void tick() {
        try {
            for (StoredRun orphan : ledger.orphaned(settings.staleAfter())) {
                Optional<PluginService<Connector>> registered = connectors.current(orphan.connector());
                if (registered.isEmpty()) {
                    continue;
                }
                synchronized (this) {
                    if (running.containsKey(orphan.id())) {
                        continue;
                    }
                    ledger.takeOver(orphan.id(), settings.staleAfter()).ifPresent(taken -> {
                        LOG.info(() -> "Connector run " + taken.id() + " of " + taken.connector() + " resumes from its last stored page (page "
                                + (taken.progress().pages() + 1) + ")");
                        launch(registered.get(), taken);
                    });
                }
            }
            Instant now = clock.instant();
            for (Running r : running.values()) {
                if (r.job().ended()) {
                    continue;
                }
                if (now.isAfter(r.job().deadline())) {
                    r.job().timeUp();
                    r.future().cancel(true);
                } else {
                    try {
                        if (ledger.beat(r.job().id(), r.job().progress().retries())) {
                            r.job().cancel();
                        }
                    } catch (RunLedger.TakenOver e) {
                        r.job().lost(e);
                        r.future().cancel(true);
                    }
                }
            }
            for (PluginService<Connector> r : connectors.all()) {
                Integer every = runEvery(r);
                if (every == null || running.values().stream().anyMatch(x -> x.job().connector().equals(r.key()))) {
                    continue;
                }
                Optional<Instant> last = ledger.lastFinished(r.key());
                boolean due = last.map(at -> !at.plus(Duration.ofMinutes(every)).isAfter(now))
                        .orElse(ledger.recent(r.key(), 1).isEmpty());
                if (due) {
                    try {
                        begin(r, SCHEDULE, false);
                    } catch (nl.nts.platform.api.ConflictException e) {
                        // another node runs it
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The connector runner's round failed (tried again in " + settings.tick().toSeconds() + " s): " + e.getMessage(), e);
        }
    }
}
