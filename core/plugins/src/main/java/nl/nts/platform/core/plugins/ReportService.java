package nl.nts.platform.core.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
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

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.PluginException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.RenderedReport;
import nl.nts.platform.api.model.ReportFormatInfo;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.service.Agendas;
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
 * Renders reports with the formats plugins register, each on a thread of its own with a time
 * limit, so a plugin that throws or hangs fails only the request that used it.
 */
@Component(service = Reports.class, configurationPid = "nl.nts.platform.reports")
@Designate(ocd = ReportService.Config.class)
public class ReportService implements Reports {

    @ObjectClassDefinition(name = "nts-platform reports", description = "How the core runs the report formats of plugins")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a report format may take before its request fails")
        double timeoutSeconds() default 30;

        @AttributeDefinition(description = "Seconds a request waits for a format that went away moments ago (its plugin being updated)")
        double awaitMissingSeconds() default 10;

        @AttributeDefinition(description = "The largest report in megabytes")
        int maxMegabytes() default 64;
    }

    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

    private final ReportFormatRegistry registry = new ReportFormatRegistry(Clock.systemUTC());
    private final JpaTemplate jpa;
    private final Plans plans;
    private final Workshops workshops;
    private final Inputs inputs;
    private final Agendas agendas;
    private final Duration timeout;
    private final Duration awaitMissing;
    private final int maxBytes;
    private final ExecutorService renderers;

    @Activate
    public ReportService(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference Plans plans,
            @Reference Workshops workshops, @Reference Inputs inputs, @Reference Agendas agendas, Config config) {
        this.jpa = jpa;
        this.plans = plans;
        this.workshops = workshops;
        this.inputs = inputs;
        this.agendas = agendas;
        this.timeout = Durations.seconds(config.timeoutSeconds());
        this.awaitMissing = Durations.seconds(config.awaitMissingSeconds());
        this.maxBytes = config.maxMegabytes() * 1024 * 1024;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "nts-report-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.renderers = Executors.newCachedThreadPool(threads);
    }

    @Deactivate
    void stop() {
        renderers.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeFormat")
    void addFormat(ReportFormat format, Map<String, Object> properties) {
        Object id = properties.get(ReportFormat.FORMAT);
        if (id == null) {
            LOG.warning(() -> "A report format without the service property " + ReportFormat.FORMAT + " is ignored: " + properties);
            return;
        }
        registry.add(new ReportFormatRegistry.Registered(String.valueOf(id), format,
                String.valueOf(properties.getOrDefault(PluginProperties.PLUGIN_ID, "unknown")),
                properties.get(PluginProperties.ROM) == null ? null : String.valueOf(properties.get(PluginProperties.ROM))));
    }

    void removeFormat(ReportFormat format, Map<String, Object> properties) {
        Object id = properties.get(ReportFormat.FORMAT);
        if (id != null) {
            registry.remove(String.valueOf(id), format);
        }
    }

    @Override
    public List<ReportFormatInfo> formats() {
        List<ReportFormatInfo> infos = new ArrayList<>();
        for (ReportFormatRegistry.Registered r : registry.all()) {
            try {
                infos.add(new ReportFormatInfo(r.id(), r.format().name(), r.format().mediaType(), r.format().fileExtension(),
                        r.format().kinds().stream().map(Enum::name).sorted().toList(), r.plugin(), r.rom()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Report format " + r.id() + " of plugin " + r.plugin() + " cannot describe itself", e);
            }
        }
        return infos;
    }

    @Override
    public RenderedReport render(ReportKind kind, String key, String formatId) {
        ReportFormatRegistry.Registered format = find(formatId);
        Set<ReportKind> kinds = describe(format, () -> format.format().kinds());
        if (!kinds.contains(kind)) {
            throw new ValidationException("format", "report format '" + formatId + "' does not render " + kind.name().toLowerCase() + " reports");
        }
        Report report = read(kind, key);
        if (format.rom() != null && !report.roms().contains(format.rom())) {
            throw new ConflictException("format", "report format '" + formatId + "' belongs to ROM " + format.rom() + "; "
                    + (report.roms().isEmpty() ? "this is a national report" : "this report belongs to " + String.join(", ", report.roms())));
        }
        String mediaType = describe(format, () -> format.format().mediaType());
        String extension = describe(format, () -> format.format().fileExtension());
        byte[] content = run(format, report);
        return new RenderedReport(mediaType, kind.name().toLowerCase() + "-" + key + "." + extension, content);
    }

    private ReportFormatRegistry.Registered find(String formatId) {
        try {
            return registry.await(formatId, awaitMissing)
                    .orElseThrow(() -> new NotFoundException("report format", formatId));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotFoundException("report format", formatId);
        }
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
        List<Input> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            Page<Input> found = inputs.find(filter, new PageRequest(page, PageRequest.MAX_SIZE, null));
            all.addAll(found.items());
            if (found.items().isEmpty() || all.size() >= found.total()) {
                return all;
            }
        }
    }

    private List<Organisation> organisations(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select o from OrganisationEntity o where o.id in :ids order by o.id", OrganisationEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream().map(OrganisationEntity::toRecord).toList());
    }

    private byte[] run(ReportFormatRegistry.Registered format, Report report) {
        Future<byte[]> rendering = renderers.submit(() -> {
            BoundedBuffer buffer = new BoundedBuffer(maxBytes);
            format.format().render(report, buffer);
            return buffer.toByteArray();
        });
        try {
            return rendering.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            rendering.cancel(true);
            LOG.warning(() -> "Report format " + format.id() + " of plugin " + format.plugin() + " ran out of time (" + timeout.toSeconds() + " s)");
            throw new PluginException(format.plugin(), "report format '" + format.id() + "' of plugin " + format.plugin()
                    + " did not finish within " + timeout.toSeconds() + " s", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.log(Level.WARNING, "Report format " + format.id() + " of plugin " + format.plugin() + " failed", cause);
            throw new PluginException(format.plugin(), "report format '" + format.id() + "' of plugin " + format.plugin() + " failed: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), false);
        } catch (InterruptedException e) {
            rendering.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginException(format.plugin(), "the report was interrupted", false);
        }
    }

    /** Asks a plugin's format about itself; a plugin that throws here fails the request, not the core. */
    private static <T> T describe(ReportFormatRegistry.Registered format, java.util.function.Supplier<T> question) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            throw new PluginException(format.plugin(), "report format '" + format.id() + "' of plugin " + format.plugin()
                    + " cannot describe itself: " + e.getMessage(), false);
        }
    }

    private static long id(String kind, String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, key);
        }
    }

    /** Collects the report, refusing to grow past the configured size. */
    private static final class BoundedBuffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        private final int max;

        BoundedBuffer(int max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            bytes.write(b, off, len);
        }

        private void check(int more) throws IOException {
            if (bytes.size() + (long) more > max) {
                throw new IOException("the report is larger than " + (max / 1024 / 1024) + " MB");
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
