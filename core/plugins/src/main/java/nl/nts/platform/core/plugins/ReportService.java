package nl.nts.platform.core.plugins;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.RenderedReport;
import nl.nts.platform.api.model.ReportFile;
import nl.nts.platform.api.model.ReportFormatInfo;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.DocumentFormat;
import nl.nts.platform.api.report.ReportDocument;
import nl.nts.platform.api.report.ReportOptions;
import nl.nts.platform.api.service.Actions;
import nl.nts.platform.api.service.Agendas;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.api.service.InputFilter;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.Reports;
import nl.nts.platform.api.service.Workshops;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.core.store.OrganisationEntity;
import nl.nts.platform.core.shared.Durations;

/**
 * Renders reports with the formats plugins register, each call guarded ({@link GuardedCall}):
 * on a worker with a time limit and a size cap, so a plugin that throws or hangs fails only the
 * request that used it.
 */
@Component(service = Reports.class, configurationPid = "nl.nts.platform.reports")
@Designate(ocd = ReportService.Config.class)
public class ReportService implements Reports {

    @ObjectClassDefinition(name = "nts-platform reports", description = "How the core runs the report formats of plugins")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a report format may take before its request fails")
        double timeoutSeconds() default 30;

        @AttributeDefinition(description = "Seconds a request waits for a format that went away while its plugin is being updated; a format whose plugin was removed is not found at once")
        double awaitMissingSeconds() default 10;

        @AttributeDefinition(description = "The largest report in megabytes")
        int maxMegabytes() default 64;
    }

    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());
    /** A report file not closed after this long is deleted (see {@link ReportFile}). */
    private static final Duration UNCLOSED = Duration.ofHours(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    private final java.util.concurrent.atomic.AtomicLong lastSweep = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    /** ReportFormats and DocumentFormats alike, keyed by format id: one id space, one list. */
    private final PluginRegistry<Object> registry;
    private final PluginGuard guard;
    private final JpaTemplate jpa;
    private final Plans plans;
    private final Workshops workshops;
    private final Inputs inputs;
    private final Agendas agendas;
    private final ReportContents contents;
    private final Duration timeout;
    private final Duration awaitMissing;
    private final long maxBytes;
    /** Where reports too large for memory are written while they pass through. */
    private final Path folder;

    @Activate
    public ReportService(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference Plans plans,
            @Reference Workshops workshops, @Reference Inputs inputs, @Reference Agendas agendas, @Reference Actions actions,
            @Reference ValueChains valueChains, @Reference ReferenceData referenceData, @Reference PluginGuard guard, @Reference PluginUpdates updates, Config config,
            BundleContext context) {
        // a format that left is waited for only while its plugin is being updated
        Duration patience = Durations.seconds(config.awaitMissingSeconds());
        this.registry = new PluginRegistry<>("report format", ReportFormat.FORMAT, Clock.systemUTC(),
                d -> updates.updating(d.bundleId(), d.at(), patience));
        this.jpa = jpa;
        this.guard = guard;
        this.plans = plans;
        this.workshops = workshops;
        this.inputs = inputs;
        this.agendas = agendas;
        this.contents = new ReportContents(new ReportContents.Sources() {
            public Plans plans() {
                return plans;
            }

            public Actions actions() {
                return actions;
            }

            public Agendas agendas() {
                return agendas;
            }

            public Workshops workshops() {
                return workshops;
            }

            public Inputs inputs() {
                return inputs;
            }

            public ValueChains valueChains() {
                return valueChains;
            }

            public ReferenceData referenceData() {
                return referenceData;
            }

            public List<Organisation> organisations(java.util.Collection<Long> ids) {
                return ReportService.this.organisations(new LinkedHashSet<>(ids));
            }
        }, Clock.systemUTC());
        this.timeout = Durations.seconds(config.timeoutSeconds());
        this.awaitMissing = Durations.seconds(config.awaitMissingSeconds());
        this.maxBytes = config.maxMegabytes() * 1024L * 1024;
        String data = context.getProperty("karaf.data");
        this.folder = (data != null ? Path.of(data, "tmp") : Path.of(System.getProperty("java.io.tmpdir"))).resolve("nts-reports").toAbsolutePath();
        // what a platform that stopped mid-download left behind
        ReportSpool.sweep(folder, Duration.ZERO);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeFormat")
    void addFormat(ReportFormat format, Map<String, Object> properties, ServiceReference<ReportFormat> reference) {
        add(format, properties, reference, () -> Described.of(format));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeDocumentFormat")
    void addDocumentFormat(DocumentFormat format, Map<String, Object> properties, ServiceReference<DocumentFormat> reference) {
        add(format, properties, reference, () -> Described.of(format));
    }

    void removeDocumentFormat(DocumentFormat format, Map<String, Object> properties) {
        registry.remove(format, properties);
    }

    private void add(Object format, Map<String, Object> properties, ServiceReference<?> reference, java.util.concurrent.Callable<Described> describe) {
        String id = PluginService.text(properties.get(ReportFormat.FORMAT));
        String plugin = String.valueOf(properties.getOrDefault(PluginProperties.PLUGIN_ID, PluginService.UNKNOWN_PLUGIN));
        registry.addDescribed(format, properties, guard.call(PluginCaller.of(reference, properties), "report format '" + id + "' of plugin " + plugin),
                describe, d -> null);
    }

    /**
     * What a format tells about itself, asked once when its service registers: listing formats
     * and rendering read this, never the plugin's code, so a plugin slow to answer holds up no
     * request but the render it was asked for.
     */
    record Described(String name, String mediaType, String fileExtension, Set<ReportKind> kinds) {
        /** A format of the records renders the kinds that have a {@link Report}: not the overview, whatever it lists. */
        static Described of(ReportFormat format) {
            Set<ReportKind> kinds = java.util.EnumSet.noneOf(ReportKind.class);
            kinds.addAll(format.kinds());
            kinds.remove(ReportKind.OVERVIEW);
            return new Described(Objects.requireNonNull(format.name(), "name"), Objects.requireNonNull(format.mediaType(), "mediaType"),
                    Objects.requireNonNull(format.fileExtension(), "fileExtension"), Set.copyOf(kinds));
        }

        static Described of(DocumentFormat format) {
            return new Described(Objects.requireNonNull(format.name(), "name"), Objects.requireNonNull(format.mediaType(), "mediaType"),
                    Objects.requireNonNull(format.fileExtension(), "fileExtension"), Set.copyOf(format.kinds()));
        }
    }

    void removeFormat(ReportFormat format, Map<String, Object> properties) {
        registry.remove(format, properties);
    }

    @Override
    public List<ReportFormatInfo> formats() {
        List<ReportFormatInfo> infos = new ArrayList<>();
        for (PluginService<Object> r : registry.all()) {
            Described f = r.description(Described.class);
            infos.add(new ReportFormatInfo(r.key(), f.name(), f.mediaType(), f.fileExtension(),
                    f.kinds().stream().map(Enum::name).sorted().toList(), r.plugin(), r.rom()));
        }
        return infos;
    }

    @Override
    public RenderedReport render(ReportKind kind, String key, String formatId) {
        return render(kind, key, formatId, ReportOptions.DEFAULTS);
    }

    @Override
    public RenderedReport render(ReportKind kind, String key, String formatId, ReportOptions options) {
        try (ReportFile report = renderToFile(kind, key, formatId, options)) {
            byte[] content;
            try (java.io.InputStream in = report.open()) {
                content = in.readAllBytes();
            }
            return new RenderedReport(report.mediaType(), report.fileName(), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read the rendered report back", e);
        }
    }

    @Override
    public ReportFile renderToFile(ReportKind kind, String key, String formatId, ReportOptions options) {
        Objects.requireNonNull(options, "options");
        // a format that left moments ago (its plugin being updated) is waited for
        PluginService<Object> format;
        try {
            format = registry.await(formatId, awaitMissing);
        } catch (NotFoundException e) {
            List<String> installed = formats().stream().filter(f -> f.kinds().contains(kind.name())).map(ReportFormatInfo::id).sorted().toList();
            throw new NotFoundException("report format", formatId, installed.isEmpty() ? "none is installed for " + kind.name().toLowerCase() + " reports"
                    : "installed for " + kind.name().toLowerCase() + " reports: " + String.join(", ", installed));
        }
        GuardedCall call = call(format);
        Described described = format.description(Described.class);
        if (!described.kinds().contains(kind)) {
            throw new ValidationException("format", "report format '" + formatId + "' does not render " + kind.name().toLowerCase() + " reports");
        }
        if (format.rom() != null) {
            // a ROM's format and a record of other ROMs: refused before anything is read or built
            List<String> roms = owners(kind, key);
            if (!roms.contains(format.rom())) {
                throw new ConflictException("format", "report format '" + formatId + "' belongs to ROM " + format.rom() + "; "
                        + (roms.isEmpty() ? "this is a national report" : "this report belongs to " + String.join(", ", roms)));
            }
        }
        Renderable renderable;
        RequestedReport context = new RequestedReport(options);
        if (format.service() instanceof DocumentFormat documents) {
            ReportDocument document = contents.build(kind, key, options);
            renderable = out -> documents.render(document, context, out);
        } else {
            Report report = read(kind, key);
            renderable = out -> ((ReportFormat) format.service()).render(report, context, out);
        }
        String mediaType = described.mediaType();
        String fileName = kind.name().toLowerCase() + "-" + key + "." + described.fileExtension();
        long now = System.nanoTime();
        long last = lastSweep.get();
        if (now - last > SWEEP_EVERY.toNanos() && lastSweep.compareAndSet(last, now)) {
            // reports a caller never closed
            ReportSpool.sweep(folder, UNCLOSED);
        }
        ReportSpool spool = new ReportSpool(folder, maxBytes);
        try {
            return call.within(timeout).get(() -> {
                // the format's small writes gathered before they take the spool's lock
                java.io.BufferedOutputStream out = new java.io.BufferedOutputStream(spool, 65536);
                renderable.render(out);
                out.flush();
                return spool.finish(mediaType, fileName);
            });
        } catch (RuntimeException e) {
            spool.discard();
            throw e;
        }
    }

    /** The ROMs that own the record reported on; none for a national report. */
    private List<String> owners(ReportKind kind, String key) {
        return switch (kind) {
            case PLAN -> plans.get(id("plan", key)).roms();
            case WORKSHOP -> {
                Workshop workshop = workshops.get(id("workshop", key));
                List<String> roms = new ArrayList<>();
                roms.add(workshop.rom());
                roms.addAll(workshop.coOrganisers());
                yield roms;
            }
            case AGENDA, OVERVIEW -> List.of();
        };
    }

    /** A format's render of one report, either kind of format. */
    private interface Renderable {
        void render(java.io.OutputStream out) throws java.io.IOException;
    }

    private GuardedCall call(PluginService<Object> format) {
        return guard.call(format.caller(), "report format '" + format.key() + "' of plugin " + format.plugin());
    }

    private Report read(ReportKind kind, String key) {
        return switch (kind) {
            case PLAN -> {
                PlanOverview overview = plans.overview(id("plan", key));
                Set<Long> ids = new LinkedHashSet<>();
                for (PlanOverview.ActionWithInputs a : overview.actions()) {
                    Action action = a.action();
                    if (action.owner() != null) {
                        ids.add(action.owner());
                    }
                    ids.addAll(action.partners());
                }
                yield new Report.PlanReport(overview, organisations(ids));
            }
            case AGENDA -> new Report.AgendaReport(agendas.get(key));
            // no format of the records' kind lists it, so the kinds check refuses it before this
            case OVERVIEW -> throw new ValidationException("format", "the national overview is rendered only by document formats");
            case WORKSHOP -> {
                Workshop workshop = workshops.get(id("workshop", key));
                List<Input> brought = allInputsOf(workshop.id());
                Set<Long> ids = new LinkedHashSet<>(workshop.organisations());
                brought.stream().map(Input::organisation).filter(java.util.Objects::nonNull).forEach(ids::add);
                yield new Report.WorkshopReport(workshop, brought, organisations(ids));
            }
        };
    }

    /** Every input of the workshop, page by page: a report holds them all, not the first page. */
    private List<Input> allInputsOf(long workshop) {
        InputFilter filter = new InputFilter(workshop, null, null, null, null, null, null, null, null);
        return ReportContents.all(page -> inputs.find(filter, page));
    }

    private List<Organisation> organisations(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select o from OrganisationEntity o where o.id in :ids order by o.id", OrganisationEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream().map(OrganisationEntity::toRecord).toList());
    }

    private static long id(String kind, String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, key);
        }
    }
}
