package nl.nts.platform.core.plugins;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.NtsException;
import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.FundingCallSource;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.SourcePage;
import nl.nts.platform.api.service.Connectors;
import nl.nts.platform.api.service.FundingCalls;
import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.Roles;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;

/**
 * Runs connectors as background jobs: page after page, every record upserted by its external
 * id in a transaction of its own, so a record the rules refuse is reported and skipped while
 * the rest is stored. Runs are kept in memory since the core started. A job runs on the
 * {@link PluginGuard}'s workers for the connector's plugin: what it brings in is written for
 * that plugin and its ROM.
 *
 * <p>Registered under this class, which only this bundle sees; other bundles get {@link Connectors}
 * through {@link ConnectorsForCaller}, which runs each call for the calling bundle's caller.
 */
@Component(service = ConnectorRunner.class)
public class ConnectorRunner implements Connectors {

    private static final Logger LOG = Logger.getLogger(ConnectorRunner.class.getName());
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PROBLEMS = 50;

    private final Clock clock = Clock.systemUTC();
    private final PluginRegistry<Connector> connectors = new PluginRegistry<>("connector", Connector.ID, clock);
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Organisations organisations;
    private final FundingCalls fundingCalls;
    private final CallerScope scope;
    private final PluginGuard guard;

    @Activate
    public ConnectorRunner(@Reference Organisations organisations, @Reference FundingCalls fundingCalls, @Reference CallerScope scope,
            @Reference PluginGuard guard) {
        this.scope = scope;
        this.guard = guard;
        this.organisations = organisations;
        this.fundingCalls = fundingCalls;
    }

    /** Interrupts the runs still going: the workers are shared, so ending ours is our job. */
    @Deactivate
    void stop() {
        runs.values().forEach(Run::cancel);
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
        if (PluginService.text(properties.get(Connector.SYSTEM)) == null) {
            LOG.warning(() -> "A connector without " + Connector.ID + " or " + Connector.SYSTEM + " is ignored: " + properties);
            return;
        }
        String what = "connector '" + PluginService.text(properties.get(Connector.ID)) + "' of plugin "
                + properties.getOrDefault(PluginProperties.PLUGIN_ID, PluginService.UNKNOWN_PLUGIN);
        connectors.addDescribed(connector, properties, guard.call(PluginCaller.of(reference, properties), what),
                () -> Objects.requireNonNull(connector.name(), "name"), name -> null);
    }

    private void remove(Connector connector, Map<String, Object> properties) {
        connectors.remove(connector, properties);
    }

    /** Reads what each connector told when it registered: listing them runs no plugin code. */
    @Override
    public List<ConnectorInfo> list() {
        return connectors.all().stream()
                .map(r -> new ConnectorInfo(r.key(), r.description(String.class), r.service() instanceof OrganisationSource ? "organisations" : "funding-calls",
                        system(r), r.plugin()))
                .toList();
    }

    private static String system(PluginService<Connector> r) {
        return r.property(Connector.SYSTEM);
    }

    private GuardedCall call(PluginService<Connector> r) {
        return guard.call(r.caller(), "connector '" + r.key() + "' of plugin " + r.plugin());
    }

    @Override
    public synchronized ConnectorRun start(String connector) {
        Caller who = scope.current().orElseThrow(() -> new SecurityException("no caller is known for starting a connector"));
        who.requireRole("run connectors", Roles.INTEGRATOR);
        String by = who.actor();
        PluginService<Connector> registered = connectors.current(connector).orElseThrow(() -> new NotFoundException("connector", connector));
        for (Run run : runs.values()) {
            if (run.connector.equals(connector) && run.finished == null) {
                throw new ConflictException("connector", "connector '" + connector + "' is running already: run " + run.id);
            }
        }
        Run run = new Run(ids.incrementAndGet(), connector, by, clock.instant());
        // what a connector brings in is written for its plugin and ROM (its bundle's): a ROM's connector changes only that ROM's records
        run.job = call(registered).start(() -> execute(registered, run));
        runs.put(run.id, run);
        return run.snapshot();
    }

    @Override
    public ConnectorRun run(long id) {
        return Optional.ofNullable(runs.get(id)).orElseThrow(() -> new NotFoundException("connector run", String.valueOf(id))).snapshot();
    }

    @Override
    public List<ConnectorRun> runs() {
        return runs.values().stream().sorted(Comparator.comparingLong((Run r) -> r.id).reversed()).map(Run::snapshot).toList();
    }

    private void execute(PluginService<Connector> registered, Run run) {
        String system = system(registered);
        try {
            String cursor = null;
            do {
                if (registered.service() instanceof OrganisationSource source) {
                    SourcePage<Organisation> page = source.read(cursor, PAGE_SIZE);
                    page.records().forEach(o -> run.record(() -> upsert(o, system), externalId(o, system)));
                    cursor = run.page(page.next());
                } else if (registered.service() instanceof FundingCallSource source) {
                    SourcePage<FundingCall> page = source.read(cursor, PAGE_SIZE);
                    page.records().forEach(c -> run.record(() -> upsert(c), c.source() + " " + c.identifier()));
                    cursor = run.page(page.next());
                }
            } while (cursor != null && !Thread.currentThread().isInterrupted());
            run.finish(null, clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Connector " + registered.key() + " failed", e);
            run.finish(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        }
    }

    private static String externalId(Organisation o, String system) {
        return system + " " + o.externalIds().getOrDefault(system, "(no id)");
    }

    /** @return true when created, false when updated */
    private boolean upsert(Organisation o, String system) {
        String externalId = o.externalIds().get(system);
        if (externalId == null) {
            throw new nl.nts.platform.api.ValidationException("externalIds." + system, "the connector gave no " + system + " id");
        }
        Optional<Organisation> existing = organisations.byExternalId(system, externalId);
        if (existing.isEmpty()) {
            organisations.create(o);
            return true;
        }
        Organisation current = existing.get();
        // what the source does not know (segments, TRL, other systems' ids) stays as it is
        java.util.Map<String, String> ids = new java.util.LinkedHashMap<>(current.externalIds());
        ids.putAll(o.externalIds());
        Organisation merged = new Organisation(current.id(), o.name(), o.kind(), o.kvkNumber() != null ? o.kvkNumber() : current.kvkNumber(),
                o.sbiCode() != null ? o.sbiCode() : current.sbiCode(), o.city(), o.country(), o.province(), null, null,
                o.technologies().isEmpty() ? current.technologies() : o.technologies(), current.segments(),
                o.trl() != null ? o.trl() : current.trl(), ids, current.version(), null);
        organisations.update(current.id(), merged, current.version());
        return false;
    }

    private boolean upsert(FundingCall c) {
        Optional<FundingCall> existing = fundingCalls.bySourceIdentifier(c.source(), c.identifier());
        if (existing.isEmpty()) {
            fundingCalls.create(c);
            return true;
        }
        fundingCalls.update(existing.get().id(), c, existing.get().version());
        return false;
    }

    /** A run's progress, updated by its job thread and read by anyone. */
    private static final class Run {
        final long id;
        final String connector;
        final String by;
        final Instant started;
        volatile Instant finished;
        volatile String error;
        volatile int pages;
        volatile int read;
        volatile int created;
        volatile int updated;
        volatile int refused;
        volatile Future<?> job;
        final List<String> problems = new ArrayList<>();

        Run(long id, String connector, String by, Instant started) {
            this.id = id;
            this.connector = connector;
            this.by = by;
            this.started = started;
        }

        interface Upsert {
            boolean apply();
        }

        void record(Upsert upsert, String key) {
            read++;
            try {
                if (upsert.apply()) {
                    created++;
                } else {
                    updated++;
                }
            } catch (NtsException | SecurityException e) {
                refused++;
                synchronized (problems) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(key + ": " + e.getMessage());
                    }
                }
            }
        }

        String page(String next) {
            pages++;
            return next;
        }

        void finish(String failure, Instant at) {
            error = failure;
            finished = at;
        }

        void cancel() {
            Future<?> running = job;
            if (running != null && finished == null) {
                running.cancel(true);
            }
        }

        ConnectorRun snapshot() {
            List<String> copy;
            synchronized (problems) {
                copy = List.copyOf(problems);
            }
            String status = finished == null ? "RUNNING" : error == null ? "DONE" : "FAILED";
            return new ConnectorRun(id, connector, status, by, started, finished, pages, read, created, updated, refused, copy, error);
        }
    }
}
