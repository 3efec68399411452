package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static nl.nts.platform.itests.NationalCoreIT.assertRefused;
import static nl.nts.platform.itests.NationalCoreIT.texts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceRegistration;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;

/**
 * Plugins through the distribution: the report-csv plugin installed, used and removed over
 * REST without touching a core bundle; updated under load without a failed request; report
 * formats that throw, hang or belong to another ROM failing only their own request;
 * Karaf's own commands, with its automatic refresh on, leaving every core bundle and service
 * alone; and an update of the core's plugin host or security bundle leaving the persistence unit
 * and the domain services registered.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginsIT extends PlatformTest {

    private static final String PLUGIN = "nts-plugin-report-csv";
    /** The formats of report-documents, installed at first start (a boot feature); csv comes and goes with its plugin. */
    private static final List<String> BOOT_FORMATS = List.of("html", "md", "pdf", "xlsx");
    private static final List<String> BOOT_FORMATS_AND_CSV = List.of("csv", "html", "md", "pdf", "xlsx");

    @Inject
    private BundleContext context;

    @Test
    public void installingUsingAndRemovingAPluginLeavesTheCoreUntouched() throws Exception {
        Map<String, Long> before = otherBundles();
        BundleEvents events = new BundleEvents();
        context.addBundleListener(events);
        try {
            JsonAnswer available = JsonAnswer.of(api.get("/plugins/report-csv"));
            assertEquals("AVAILABLE", available.text("state"));

            Api.Answer installed = api.post("/plugins", "{\"id\": \"report-csv\"}");
            assertEquals(installed.body(), 201, installed.status());
            assertEquals("ACTIVE", installed.json().get("state").asText());
            assertEquals(List.of("report format csv"), texts(installed.json().get("contributions")));
            assertEquals(BOOT_FORMATS_AND_CSV, texts(api.get("/reports").json().get("items"), "id"));

            Api.Answer csv = api.get("/plans/" + planId() + "/report?format=csv");
            assertEquals(csv.body(), 200, csv.status());
            assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
            assertTrue(csv.header("Content-Disposition"), csv.header("Content-Disposition").contains("plan-" + planId() + ".csv"));
            assertTrue(csv.body(), csv.body().startsWith("plan,action,title,horizon,status,owner"));
            assertTrue(csv.body(), csv.body().contains("Lab-to-fab pilot line access for start-ups"));
            assertEquals(200, api.get("/agendas/NTS09/report?format=csv").status());
            // a workshop report holds every input of the workshop: a header and one row each
            long workshop = api.get("/workshops?rom=BOM").json().get("items").get(0).get("id").asLong();
            int inputs = api.get("/inputs?workshop=" + workshop).json().get("total").asInt();
            Api.Answer workshopCsv = api.get("/workshops/" + workshop + "/report?format=csv");
            assertEquals(workshopCsv.body(), 200, workshopCsv.status());
            assertEquals(workshopCsv.body(), inputs + 1, workshopCsv.body().split("\r\n").length);

            assertEquals(204, api.delete("/plugins/report-csv").status());
            assertEquals(BOOT_FORMATS, texts(api.get("/reports").json().get("items"), "id"));
            Api.Answer gone = api.get("/plans/" + planId() + "/report?format=csv");
            assertProblem(gone, 404);
            assertEquals("no report format 'csv'; installed for plan reports: html, md, pdf, xlsx", gone.json().get("detail").asText());
            assertEquals("AVAILABLE", api.get("/plugins/report-csv").json().get("state").asText());
        } finally {
            context.removeBundleListener(events);
        }
        assertEquals("no other bundle was stopped, started, updated or refreshed", List.of(), events.others());
        assertEquals("the same bundles, with the same ids", before, otherBundles());
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("nts-core")) {
                assertEquals(bundle.getSymbolicName(), Bundle.ACTIVE, bundle.getState());
            }
        }
    }

    @Test
    public void updatingAPluginUnderLoadFailsNoRequest() throws Exception {
        assertEquals(201, api.post("/plugins", "{\"id\": \"report-csv\"}").status());
        Bundle plugin = bundle(PLUGIN);
        String report = "/plans/" + planId() + "/report?format=csv";
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(6);
        try {
            for (int i = 0; i < 6; i++) {
                String path = i % 2 == 0 ? report : "/value-chains";
                load.submit(() -> {
                    while (running.get()) {
                        try {
                            Api.Answer answer = api.get(path);
                            if (answer.status() == 200) {
                                served.incrementAndGet();
                            } else {
                                failures.add(path + " " + answer.status() + " " + answer.body());
                            }
                        } catch (Exception e) {
                            failures.add(path + " " + e);
                        }
                    }
                    return null;
                });
            }
            for (int update = 0; update < 5; update++) {
                int servedBefore = served.get();
                plugin.update();
                awaitAtLeast(served, servedBefore + 20, Duration.ofSeconds(30));
            }
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
            api.delete("/plugins/report-csv");
        }
        assertEquals("failed requests during 5 updates", List.of(), new ArrayList<>(failures));
        assertTrue(served.get() > 100);
    }

    @Test
    public void aReportFormatThatThrowsOrHangsFailsOnlyItsOwnRequest() throws Exception {
        ServiceRegistration<ReportFormat> broken = register("broken", null, (report, out) -> {
            throw new IllegalStateException("the template is missing");
        });
        ServiceRegistration<ReportFormat> hanging = register("hanging", null, (report, out) -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new IOException("interrupted");
            }
        });
        try {
            Api.Answer failed = api.get("/agendas/NTS09/report?format=broken");
            assertProblem(failed, 500);
            assertEquals("report format 'broken' of plugin test-broken failed: the template is missing", failed.json().get("detail").asText());

            ExecutorService others = Executors.newSingleThreadExecutor();
            var meanwhile = others.submit(() -> api.get("/value-chains").status());
            Instant start = Instant.now();
            Api.Answer hung = api.get("/agendas/NTS09/report?format=hanging");
            Duration took = Duration.between(start, Instant.now());
            assertProblem(hung, 504);
            assertTrue(hung.body(), hung.json().get("detail").asText().contains("did not finish within 3 s"));
            assertTrue("ended by the configured timeout: " + took, took.toSeconds() < 10);
            assertEquals("the core serves everyone else meanwhile", Integer.valueOf(200), meanwhile.get(10, TimeUnit.SECONDS));
            others.shutdown();
            assertEquals(200, api.get("/technologies").status());
        } finally {
            broken.unregister();
            hanging.unregister();
        }
    }

    /**
     * The core asks a plugin about itself once, when its service registers, within a time limit:
     * a format whose name() hangs, or whose mediaType() throws, is left out with a warning, and no
     * request waits on it meanwhile or afterwards.
     */
    @Test
    public void aFormatThatCannotDescribeItselfIsLeftOutAndHoldsUpNoRequest() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch cut = new CountDownLatch(1);
        ReportFormat slow = describing(() -> {
            asked.countDown();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                cut.countDown();
            }
            return "never";
        }, () -> "text/plain");
        ReportFormat broken = describing(() -> "broken", () -> {
            throw new IllegalStateException("no media type");
        });
        ExecutorService registering = Executors.newSingleThreadExecutor();
        ServiceRegistration<ReportFormat> brokenRegistration = null;
        Future<ServiceRegistration<ReportFormat>> slowRegistration = null;
        try {
            slowRegistration = registering.submit(() -> context.registerService(ReportFormat.class, slow, formatProperties("slow-name")));
            assertTrue(asked.await(30, TimeUnit.SECONDS));
            // the framework's registration waits for the core's question; requests do not
            Api.Answer listed = api.get("/reports");
            assertEquals(listed.body(), 200, listed.status());
            assertFalse("answered while the plugin is still being asked", slowRegistration.isDone());
            assertProblem(api.get("/agendas/NTS09/report?format=slow-name"), 404);
            slowRegistration.get(30, TimeUnit.SECONDS);
            assertTrue("the plugin's thread is interrupted at the limit", cut.await(10, TimeUnit.SECONDS));
            brokenRegistration = context.registerService(ReportFormat.class, broken, formatProperties("broken-type"));

            String formats = api.get("/reports").body();
            assertFalse(formats, formats.contains("slow-name") || formats.contains("broken-type"));
            assertProblem(api.get("/agendas/NTS09/report?format=slow-name"), 404);
            assertProblem(api.get("/agendas/NTS09/report?format=broken-type"), 404);
        } finally {
            registering.shutdown();
            if (slowRegistration != null) {
                slowRegistration.get(30, TimeUnit.SECONDS).unregister();
            }
            if (brokenRegistration != null) {
                brokenRegistration.unregister();
            }
        }
    }

    private static Hashtable<String, Object> formatProperties(String format) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginProperties.PLUGIN_ID, "test-" + format);
        properties.put(ReportFormat.FORMAT, format);
        return properties;
    }

    private static ReportFormat describing(java.util.function.Supplier<String> name, java.util.function.Supplier<String> mediaType) {
        return describing(name, mediaType, (report, out) -> out.write("rendered".getBytes(StandardCharsets.UTF_8)));
    }

    private static ReportFormat describing(java.util.function.Supplier<String> name, java.util.function.Supplier<String> mediaType,
            Renderer renderer) {
        return new ReportFormat() {
            @Override
            public String name() {
                return name.get();
            }

            @Override
            public String mediaType() {
                return mediaType.get();
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public Set<ReportKind> kinds() {
                return EnumSet.allOf(ReportKind.class);
            }

            @Override
            public void render(Report report, OutputStream out) throws IOException {
                renderer.render(report, out);
            }
        };
    }

    @Test
    public void aRomsFormatActsOnlyOnWhatThatRomOwns() throws Exception {
        ServiceRegistration<ReportFormat> zeeland = register("iz-house", "IZ", (report, out) -> out.write("IZ".getBytes(StandardCharsets.UTF_8)));
        ServiceRegistration<ReportFormat> limburg = register("liof-house", "LIOF", (report, out) ->
                out.write(("LIOF: " + report.title()).getBytes(StandardCharsets.UTF_8)));
        try {
            Api.Answer refused = api.get("/plans/" + planId() + "/report?format=iz-house");
            assertRefused(refused, 409, "format");
            assertEquals("report format 'iz-house' belongs to ROM IZ; this report belongs to BOM, LIOF", refused.json().get("detail").asText());
            assertRefused(api.get("/agendas/NTS09/report?format=liof-house"), 409, "format");
            Api.Answer own = api.get("/plans/" + planId() + "/report?format=liof-house");
            assertEquals(own.body(), 200, own.status());
            assertTrue(own.body().startsWith("LIOF: Reinforcement plan semiconductors"));
            assertRefused(api.get("/plans/" + planId() + "/report"), 400, "format");
            assertProblem(api.get("/plans/" + planId() + "/report?format=never-heard-of"), 404);
        } finally {
            zeeland.unregister();
            limburg.unregister();
        }
    }

    @Test
    public void theShellListsPlugins() throws Exception {
        String plugins = shell().run("nts:plugins");
        assertTrue(plugins, plugins.contains("report-csv") && plugins.contains("0.1.0.SNAPSHOT"));
    }

    interface Renderer {
        void render(Report report, OutputStream out) throws IOException;
    }

    private ServiceRegistration<ReportFormat> register(String format, String rom, Renderer renderer) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginProperties.PLUGIN_ID, "test-" + format);
        properties.put(ReportFormat.FORMAT, format);
        if (rom != null) {
            properties.put(PluginProperties.ROM, rom);
        }
        return context.registerService(ReportFormat.class, describing(() -> format, () -> "text/plain", renderer), properties);
    }

    private long planId() throws Exception {
        return api.get("/plans?valueChain=VC01").json().get("items").get(0).get("id").asLong();
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** Every bundle but the plugin and the test probe, by symbolic name and version, with its id. */
    private Map<String, Long> otherBundles() {
        Map<String, Long> ids = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            if (!PLUGIN.equals(b.getSymbolicName()) && b.getBundleId() != context.getBundle().getBundleId()) {
                ids.put(b.getSymbolicName() + "/" + b.getVersion(), b.getBundleId());
            }
        }
        return ids;
    }

    private static void awaitAtLeast(AtomicInteger counter, int target, Duration deadline) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (counter.get() < target) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("requests stopped being served: " + counter.get() + " of " + target);
            }
            Thread.sleep(20);
        }
    }

    /** Records what happens to bundles other than the plugin. */
    private static final class BundleEvents implements BundleListener {
        private final ConcurrentLinkedQueue<String> others = new ConcurrentLinkedQueue<>();

        @Override
        public void bundleChanged(BundleEvent event) {
            if (!PLUGIN.equals(event.getBundle().getSymbolicName())) {
                others.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        }

        List<String> others() {
            return new ArrayList<>(others);
        }
    }

    /** A small helper for reading one field of a JSON answer. */
    private record JsonAnswer(Api.Answer answer) {
        static JsonAnswer of(Api.Answer answer) {
            assertEquals(answer.body(), 200, answer.status());
            return new JsonAnswer(answer);
        }

        String text(String field) {
            return answer.json().get(field).asText();
        }
    }

    @Test
    public void theCordisConnectorRunsAsAJobAndUpsertsByExternalId() throws Exception {
        assertEquals(201, api.post("/plugins", "{\"id\": \"connector-cordis\"}").status());
        java.nio.file.Path data = java.nio.file.Paths.get(System.getProperty("karaf.data"), "cordis-organization.csv");
        java.nio.file.Path cfg = java.nio.file.Paths.get(System.getProperty("karaf.etc"), "nl.nts.platform.connector.cordis.cfg");
        try (java.io.InputStream in = PluginsIT.class.getResourceAsStream("/wire-formats/cordis-organization.csv")) {
            java.nio.file.Files.copy(in, data, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            // the connector exists once an operator configures its file
            assertEquals(List.of(), texts(api.get("/connectors").json().get("items"), "id"));
            java.nio.file.Files.writeString(cfg, "organisationFile = " + data.toAbsolutePath().toString().replace("\\", "/") + "\n");
            awaitConnector("cordis-organisations", Duration.ofSeconds(30));

            JsonNodeRun first = runToEnd("cordis-organisations");
            assertEquals(first.toString(), "DONE", first.status());
            assertEquals(first.toString(), 3, first.created());
            JsonNodeRun again = runToEnd("cordis-organisations");
            assertEquals(again.toString(), 0, again.created());
            assertEquals(again.toString(), 0, again.updated());
            assertEquals(again.toString(), 3, again.run().get("unchanged").asInt());

            com.fasterxml.jackson.databind.JsonNode found = api.get("/organisations?q=voorbeeld%20photonics").json().get("items");
            assertEquals(1, found.size());
            assertEquals("Voorbeeld Photonics BV", found.get(0).get("name").asText());
            assertEquals("Noord-Brabant", found.get(0).get("province").asText());
            assertEquals("BOM", found.get(0).get("rom").asText());
            assertEquals("999000001", found.get(0).get("externalIds").get("cordis").asText());
            assertEquals("SME", found.get(0).get("kind").asText());
            assertEquals("LIOF", api.get("/organisations?q=maas%20quantum").json().get("items").get(0).get("rom").asText());
            assertProblem(api.post("/connectors/nothing/runs", ""), 404);
        } finally {
            java.nio.file.Files.deleteIfExists(cfg);
            api.delete("/plugins/connector-cordis");
        }
    }

    private void awaitConnector(String id, Duration deadline) throws Exception {
        Instant end = Instant.now().plus(deadline);
        while (!texts(api.get("/connectors").json().get("items"), "id").contains(id)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("connector " + id + " did not appear");
            }
            Thread.sleep(100);
        }
    }

    private JsonNodeRun runToEnd(String connector) throws Exception {
        Api.Answer started = api.post("/connectors/" + connector + "/runs", "");
        assertEquals(started.body(), 202, started.status());
        String location = started.header("Location");
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            com.fasterxml.jackson.databind.JsonNode run = api.get(location.substring(location.indexOf("/api") + 4)).json();
            if (!"RUNNING".equals(run.get("status").asText())) {
                return new JsonNodeRun(run);
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("run did not end: " + run);
            }
            Thread.sleep(100);
        }
    }

    /** A finished connector run as the API reports it. */
    private record JsonNodeRun(com.fasterxml.jackson.databind.JsonNode run) {
        String status() {
            return run.get("status").asText();
        }

        int created() {
            return run.get("created").asInt();
        }

        int updated() {
            return run.get("updated").asInt();
        }

        @Override
        public String toString() {
            return run.toString();
        }
    }

    @Test
    public void karafsOwnMeansInstallAndRemovePluginsWithoutTouchingTheCore() throws Exception {
        java.time.Instant start = java.time.Instant.now();
        Map<String, Long> before = otherBundles();
        BundleEvents events = new BundleEvents();
        context.addBundleListener(events);
        try {
            shell().runAsOperator("feature:install --no-auto-refresh nts-plugin-report-csv");
            awaitFormats(BOOT_FORMATS_AND_CSV);
            shell().runAsOperator("feature:uninstall --no-auto-refresh nts-plugin-report-csv");
            awaitFormats(BOOT_FORMATS);

            // a bundle dropped into deploy/ is a plugin too, until it is taken out again
            java.nio.file.Path jar = java.nio.file.Paths.get(System.getProperty("karaf.home"), "system", "nl", "nts", "platform",
                    "nts-plugin-report-csv", "0.1.0-SNAPSHOT", "nts-plugin-report-csv-0.1.0-SNAPSHOT.jar");
            java.nio.file.Path dropped = java.nio.file.Paths.get(System.getProperty("karaf.base"), "deploy", "nts-plugin-report-csv.jar");
            java.nio.file.Files.copy(jar, dropped, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try {
                awaitFormats(BOOT_FORMATS_AND_CSV);
                assertEquals("ACTIVE", api.get("/plugins/report-csv").json().get("state").asText());
            } finally {
                java.nio.file.Files.delete(dropped);
            }
            awaitFormats(BOOT_FORMATS);
        } finally {
            context.removeBundleListener(events);
        }
        assertEquals("no other bundle was stopped, started, updated or refreshed", List.of(), events.others());
        assertEquals(before, otherBundles());

        // Karaf's own means are in the audit trail too
        com.fasterxml.jackson.databind.JsonNode trail = api.get("/audit?kind=plugin&record=report-csv&sort=at&from=" + start).json().get("items");
        List<String> seen = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode entry : trail) {
            com.fasterxml.jackson.databind.JsonNode plugin = entry.get("after").isNull() ? entry.get("before") : entry.get("after");
            seen.add(entry.get("action").asText() + " " + (plugin.get("location").asText().contains("deploy") ? "deploy" : "feature"));
            assertEquals("karaf", entry.get("actor").asText());
        }
        assertEquals(List.of("install feature", "uninstall feature", "install deploy", "uninstall deploy"), seen);
    }

    /**
     * Karaf's own commands as an operator types them at the console, with Karaf's automatic
     * refresh on (no {@code --no-auto-refresh}): installing a plugin's feature, updating its
     * bundle and removing the feature again refresh no core bundle. Every core bundle keeps its
     * id and state, and every service the core registered keeps its {@code service.id}.
     */
    @Test
    public void karafsPlainCommandsWithAutoRefreshNeverRefreshTheCore() throws Exception {
        CoreState before = CoreState.of(context);
        assertTrue(before.toString(), !before.isEmpty() && before.serviceCount() >= 16);
        CoreState.Events events = new CoreState.Events();
        context.addBundleListener(events);
        try {
            shell().runAsOperator("feature:install nts-plugin-rom-bom");
            awaitFormat("bom-house", true);
            assertCoreUntouched("feature:install nts-plugin-rom-bom", before, events);

            shell().runAsOperator("bundle:update nts-plugin-rom-bom");
            awaitFormat("bom-house", true);
            assertCoreUntouched("bundle:update nts-plugin-rom-bom", before, events);

            shell().runAsOperator("feature:uninstall nts-plugin-rom-bom");
            awaitFormat("bom-house", false);
            assertCoreUntouched("feature:uninstall nts-plugin-rom-bom", before, events);
        } finally {
            context.removeBundleListener(events);
            if (isInstalled("nts-plugin-rom-bom")) {
                shell().runAsOperator("feature:uninstall --no-auto-refresh nts-plugin-rom-bom");
            }
        }
    }

    private void assertCoreUntouched(String step, CoreState before, CoreState.Events events) throws Exception {
        CoreState after = CoreState.awaitSettled(context, before, Duration.ofSeconds(60));
        List<String> happened = events.drain();
        assertEquals("after " + step + ": the core's bundles (id, state) and services (service.id)", before.toString(), after.toString());
        assertEquals("after " + step + ": no core bundle was stopped, refreshed or started", List.of(), happened);
    }

    private boolean isInstalled(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return true;
            }
        }
        return false;
    }

    /** Waits until a report format is there (or gone); tolerates the API restarting meanwhile. */
    private void awaitFormat(String format, boolean present) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        String last = "no answer";
        while (Instant.now().isBefore(end)) {
            try {
                Api.Answer answer = api.get("/reports");
                if (answer.status() == 200 && texts(answer.json().get("items"), "id").contains(format) == present) {
                    return;
                }
                last = answer.status() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("report format " + format + (present ? " did not appear" : " did not go") + ": " + last);
    }

    private void awaitFormats(List<String> expected) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        List<String> formats;
        while (!(formats = texts(api.get("/reports").json().get("items"), "id")).equals(expected)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("report formats " + formats + ", expected " + expected);
            }
            Thread.sleep(100);
        }
    }

    private static final String STORE = "nts-core-store";
    private static final String DOMAIN = "nts-core-domain";

    /** The services of nl.nts.platform.api.service the domain bundle registers. */
    private static final List<String> DOMAIN_SERVICES = List.of("Organisations", "Workshops", "Inputs", "Plans", "Actions",
            "Consortia", "FundingCalls", "ValueChains", "ReferenceData", "Agendas", "AuditTrail", "SampleData");

    /** The services the persistence unit 'nts' has, whoever registers them. */
    private static final List<String> UNIT_SERVICES = List.of("javax.persistence.EntityManagerFactory",
            "org.apache.aries.jpa.template.JpaTemplate", "org.apache.aries.jpa.supplier.EmSupplier");

    /**
     * Updating the security bundle (login guard, accounts, API tokens), as {@code Bundle.update()}
     * and as Karaf's {@code bundle:update <id>} do it, leaves the persistence unit and the domain
     * registered: see {@link #assertUpdateLeavesStoreAndDomainAlone}.
     */
    @Test
    public void updatingTheSecurityBundleLeavesThePersistenceUnitAndTheDomainRegistered() throws Exception {
        assertUpdateLeavesStoreAndDomainAlone("nts-core-security",
                List.of("nl.nts.platform.core.shared.LoginGuard", "nl.nts.platform.core.shared.ApiTokens"));
    }

    /**
     * Updating the plugin host (plugin catalog, workflows, reports, connectors), as
     * {@code Bundle.update()} and as Karaf's {@code bundle:update <id>} do it, leaves the
     * persistence unit and the domain registered: see {@link #assertUpdateLeavesStoreAndDomainAlone}.
     */
    @Test
    public void updatingThePluginHostLeavesThePersistenceUnitAndTheDomainRegistered() throws Exception {
        assertUpdateLeavesStoreAndDomainAlone("nts-core-plugins", List.of("nl.nts.platform.api.service.PluginCatalog",
                "nl.nts.platform.api.service.Workflows", "nl.nts.platform.api.service.Reports", "nl.nts.platform.api.service.Connectors"));
    }

    /** Updates the bundle through the framework's API, then through the shell; checks each. */
    private void assertUpdateLeavesStoreAndDomainAlone(String symbolicName, List<String> itsServices) throws Exception {
        Bundle updated = bundle(symbolicName);
        long id = updated.getBundleId();
        updateAndAssertStoreAndDomainAlone(symbolicName, itsServices, "Bundle.update() of " + symbolicName, updated::update);
        updateAndAssertStoreAndDomainAlone(symbolicName, itsServices, "bundle:update " + id + " (" + symbolicName + ")",
                () -> shell().runAsOperator("bundle:update " + id));
    }

    interface Update {
        void run() throws Exception;
    }

    /**
     * One update of a core bundle, from its own location. Snapshots the core, records every
     * event of a core bundle with a synchronous listener, updates, and waits (with a deadline)
     * until the updated bundle is active with its services registered again and the REST API
     * answers again. Then:
     * <ul>
     * <li>the persistence unit's services ({@code osgi.unit.name=nts}: EntityManagerFactory,
     * JpaTemplate, EmSupplier...) are the same registrations, with the same {@code service.id};
     * <li>store and domain keep their bundle ids and states and every service they registered,
     * with the same {@code service.id} (so none was unregistered and registered again), the
     * domain's API services first;
     * <li>store and domain saw no bundle event at all (no STOPPING, STOPPED, UNRESOLVED, RESOLVED,
     * STARTING, STARTED, UPDATED);
     * <li>the updated bundle was updated (UPDATED event) and registered its services anew: the
     * same kinds, new ids;
     * <li>{@code GET /api/organisations} as the operator answers 200 again.
     * </ul>
     */
    private void updateAndAssertStoreAndDomainAlone(String symbolicName, List<String> itsServices, String step, Update update)
            throws Exception {
        CoreState before = CoreState.of(context);
        for (String unitService : UNIT_SERVICES) {
            assertTrue("before " + step + ": the persistence unit has a " + unitService + "\n" + before.unitText(),
                    before.unitRegisters(unitService));
        }
        for (String service : DOMAIN_SERVICES) {
            assertTrue("before " + step + ": " + DOMAIN + " registers " + service + "\n" + before.of(DOMAIN),
                    before.registers(DOMAIN, "nl.nts.platform.api.service." + service));
        }
        for (String service : itsServices) {
            assertTrue("before " + step + ": " + symbolicName + " registers " + service + "\n" + before.of(symbolicName),
                    before.registers(symbolicName, service));
        }
        assertTrue(before.of(STORE, DOMAIN), String.valueOf(before.bundle(STORE)).endsWith(" ACTIVE")
                && String.valueOf(before.bundle(DOMAIN)).endsWith(" ACTIVE"));

        CoreState.Events events = new CoreState.Events();
        context.addBundleListener(events);
        Instant start = Instant.now();
        CoreState after;
        try {
            update.run();
            // the updated bundle active again with every kind of service it had, and the rest of the core too
            CoreState.awaitSettled(context, before, Duration.ofSeconds(60));
            // the REST API restarts with the host's and security's services: back within a deadline
            Api.Answer organisations = api.awaitStatus("/organisations", 200, Duration.ofSeconds(60));
            assertTrue("after " + step + ": organisations listed " + organisations.body(), organisations.json().get("total").asInt() > 0);
            after = CoreState.of(context);
        } finally {
            context.removeBundleListener(events);
        }
        Duration took = Duration.between(start, Instant.now());
        java.util.logging.Logger.getLogger(PluginsIT.class.getName()).info(() -> step + ": updated, settled and REST answering again after " + took);

        assertTrue("the update happened: " + events.of(symbolicName), events.of(symbolicName).contains(symbolicName + " UPDATED"));
        assertEquals("after " + step + ": " + symbolicName + " is active with the same kinds of service (" + took + ")",
                before.bundle(symbolicName) + "\n" + before.servicesOf(symbolicName).keySet(),
                after.bundle(symbolicName) + "\n" + after.servicesOf(symbolicName).keySet());
        List<Long> stale = new ArrayList<>(after.serviceIdsOf(symbolicName));
        stale.retainAll(before.serviceIdsOf(symbolicName));
        assertEquals("after " + step + ": " + symbolicName + " registered its services anew\n" + after.of(symbolicName), List.of(), stale);

        assertSameLines("after " + step + ": the persistence unit's services are the same registrations (service.id)",
                before.unitText(), after.unitText());
        assertSameLines("after " + step + ": the domain's API services are the same registrations (service.id)",
                apiServices(before), apiServices(after));
        assertSameLines("after " + step + ": store and domain keep their bundle ids and states and every service they registered (service.id)",
                before.of(STORE, DOMAIN), after.of(STORE, DOMAIN));
        assertEquals("after " + step + ": no bundle event of store or domain (stopped, unresolved, started...)",
                List.of(), events.of(STORE, DOMAIN));
    }

    /** Equal texts, or a failure that names the lines that changed ("-" before, "+" after). */
    private static void assertSameLines(String message, String before, String after) {
        if (before.equals(after)) {
            return;
        }
        List<String> was = List.of(before.split("\n"));
        List<String> is = List.of(after.split("\n"));
        StringBuilder diff = new StringBuilder(message).append(':');
        was.stream().filter(line -> !is.contains(line)).forEach(line -> diff.append("\n- ").append(line));
        is.stream().filter(line -> !was.contains(line)).forEach(line -> diff.append("\n+ ").append(line));
        throw new AssertionError(diff);
    }

    /** The domain's services of nl.nts.platform.api.service, one line each. */
    private static String apiServices(CoreState state) {
        StringBuilder text = new StringBuilder();
        state.servicesOf(DOMAIN).forEach((service, ids) -> {
            if (service.contains("nl.nts.platform.api.service.")) {
                text.append(service).append(": ").append(ids).append('\n');
            }
        });
        return text.toString();
    }
}
