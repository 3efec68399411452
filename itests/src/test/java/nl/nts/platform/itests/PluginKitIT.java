package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nts.platform.itests.kit.KitPlugins;

/**
 * The plugin kit as an integrator meets it: a plugin published as a feature repository of its
 * own, rebuilt at the same SNAPSHOT version and installed again (the new bytes run), removed (its
 * format is not found at once, however long the platform would wait for one being updated), and
 * a format reading the request's parameters and the reader's language.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginKitIT extends PlatformTest {

    @Inject
    private BundleContext context;

    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configurationAdmin;

    /** A platform that would wait ten minutes for a format whose plugin is being updated: a removed one must not wait at all. */
    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] configuration() {
        return NtsDistribution.with(super.configuration(),
                KarafDistributionOption.editConfigurationFilePut("etc/nl.nts.platform.reports.cfg", "awaitMissingSeconds", "600"));
    }

    private static Path work(String name) throws Exception {
        return Files.createDirectories(Paths.get(System.getProperty("karaf.data"), "kit-it", name));
    }

    @Test
    public void theSameSnapshotInstalledAgainRunsItsNewBytesAndARemovedFormatIsNotFoundAtOnce() throws Exception {
        Path jar = work("snapshot").resolve("kit-snap-1.0.0-SNAPSHOT.jar");
        Path xml = publish(jar, "kit-snap", "1.0.0.SNAPSHOT", null, "one");
        shell().runAsOperator("feature:repo-add " + xml.toUri());
        String report = "/agendas/NTS09/report?format=kit-snap";

        Api.Answer installed = api.post("/plugins", "{\"id\": \"kit-snap\", \"version\": \"1.0.0.SNAPSHOT\"}");
        assertEquals(installed.body(), 201, installed.status());
        assertTrue(api.get(report).body(), api.get(report).body().startsWith("edition one"));

        // rebuilt at the same version, installed again: the new bytes run, and the audit trail says so
        KitPlugins.writeJar(jar, "kit-snap", "1.0.0.SNAPSHOT", null, "kit-snap", "two");
        Api.Answer again = api.post("/plugins", "{\"id\": \"kit-snap\", \"version\": \"1.0.0.SNAPSHOT\"}");
        assertEquals(again.body(), 201, again.status());
        assertEquals("ACTIVE", again.json().get("state").asText());
        Api.Answer rendered = api.get(report);
        assertEquals(rendered.body(), 200, rendered.status());
        assertTrue(rendered.body(), rendered.body().startsWith("edition two"));
        JsonNode trail = api.get("/audit?kind=plugin&record=kit-snap").json().get("items");
        assertEquals(trail.toString(), "update", trail.get(0).get("action").asText());
        assertTrue(trail.toString(), trail.get(0).toString().contains("kit.kit-snap"));
        Bundle plugin = bundle("kit.kit-snap");
        long id = plugin.getBundleId();

        // the same bytes again: nothing to update, the bundle stays as it is
        assertEquals(201, api.post("/plugins", "{\"id\": \"kit-snap\", \"version\": \"1.0.0.SNAPSHOT\"}").status());
        assertEquals("install", api.get("/audit?kind=plugin&record=kit-snap").json().get("items").get(0).get("action").asText());
        assertEquals(id, bundle("kit.kit-snap").getBundleId());

        // removed: 404 at once, though the platform waits 600 s for a format whose plugin is being updated (the request gives up after 30 s)
        assertEquals(204, api.delete("/plugins/kit-snap").status());
        Api.Answer gone = api.get(report);
        assertProblem(gone, 404);
        assertTrue(gone.body(), gone.json().get("detail").asText().startsWith("no report format 'kit-snap'"));
        assertProblem(api.get(report), 404);
        shell().runAsOperator("feature:repo-remove " + xml.toUri());
    }

    @Test
    public void aFormatReadsTheRequestsParametersLanguageAndDisposition() throws Exception {
        Path xml = publish(work("context").resolve("kit-context-1.0.0.jar"), "kit-context", "1.0.0", null, "ctx");
        shell().runAsOperator("feature:repo-add " + xml.toUri());
        try {
            assertEquals(201, api.post("/plugins", "{\"id\": \"kit-context\"}").status());
            Api.Answer plain = api.get("/agendas/NTS09/report?format=kit-context");
            assertEquals(plain.body(), "edition ctx\nlanguage en\nlocale en\ngreeting -\ninline false", plain.body());
            assertTrue(plain.header("Content-Disposition"), plain.header("Content-Disposition").startsWith("attachment;"));

            Api.Answer dutch = api.send(HttpRequest.newBuilder(api.uri("/agendas/NTS09/report?format=kit-context&greeting=hallo%20wereld&disposition=inline"))
                    .header("Accept-Language", "fr-FR;q=1.0, nl-BE;q=0.8, en;q=0.5").GET());
            assertEquals(dutch.body(), "edition ctx\nlanguage nl\nlocale nl-BE\ngreeting hallo wereld\ninline true", dutch.body());
            assertTrue(dutch.header("Content-Disposition"), dutch.header("Content-Disposition").startsWith("inline;"));

            // lang wins over Accept-Language; the locale is the reader's variant of it when there is one
            Api.Answer english = api.send(HttpRequest.newBuilder(api.uri("/agendas/NTS09/report?format=kit-context&lang=en"))
                    .header("Accept-Language", "nl-NL, en-GB;q=0.5").GET());
            assertEquals(english.body(), "edition ctx\nlanguage en\nlocale en-GB\ngreeting -\ninline false", english.body());
            // a format from before 2.2 (csv's DocumentFormat-free render) is untouched: report-documents' html takes Accept-Language too
            Api.Answer html = api.send(HttpRequest.newBuilder(api.uri("/agendas/NTS09/report?format=html")).header("Accept-Language", "nl").GET());
            assertEquals(html.body(), 200, html.status());
            assertTrue(html.body().contains("lang=\"nl\""));
        } finally {
            api.delete("/plugins/kit-context");
            shell().runAsOperator("feature:repo-remove " + xml.toUri());
        }
    }

    /** A BOM plugin's settings, as OSGi metatype in its jar: an address, a PIN (a password named unlike a secret) and a page size of 1 to 500. */
    private static final String CRM_METATYPE = "<metatype:MetaData xmlns:metatype=\"http://www.osgi.org/xmlns/metatype/v1.4.0\">\n"
            + "  <OCD id=\"kit.crm\" name=\"Kit CRM\">\n"
            + "    <AD id=\"url\" name=\"Address\" type=\"String\" required=\"true\"/>\n"
            + "    <AD id=\"pin\" name=\"PIN\" type=\"Password\" required=\"true\"/>\n"
            + "    <AD id=\"pageSize\" name=\"Page size\" type=\"Integer\" default=\"100\" min=\"1\" max=\"500\" required=\"false\"/>\n"
            + "  </OCD>\n"
            + "  <Designate pid=\"kit.crm\"><Object ocdref=\"kit.crm\"/></Designate>\n"
            + "</metatype:MetaData>\n";

    @Test
    public void aRomAdminConfiguresTheirPluginWithinItsMetatypeAndNoSecretIsShown() throws Exception {
        Path jar = work("metatype").resolve("kit-crm-1.0.0.jar");
        Path xml = jar.resolveSibling("features.xml");
        KitPlugins.writeJar(jar, "kit-crm", "1.0.0", "BOM", "kit-crm", "crm", java.util.Map.of("OSGI-INF/metatype/kit-crm.xml", CRM_METATYPE));
        KitPlugins.writeFeatures(xml, "kit-crm-repository", "kit-crm", "1.0.0", jar);
        shell().runAsOperator("feature:repo-add " + xml.toUri());
        Api bomAdmin = user("bom-admin", "bom-admin-password");
        try {
            assertEquals(201, bomAdmin.post("/plugins", "{\"id\": \"kit-crm\"}").status());
            JsonNode listed = bomAdmin.get("/plugins/kit-crm/configuration").json().get("items").get(0);
            assertEquals("kit.crm", listed.get("pid").asText());
            assertEquals("Kit CRM", listed.get("name").asText());
            JsonNode pageSize = listed.get("settings").get(2);
            assertEquals(listed.toString(), "pageSize", pageSize.get("id").asText());
            assertEquals("integer", pageSize.get("type").asText());
            assertEquals(100, pageSize.get("defaultValue").asInt());
            assertEquals("password", listed.get("settings").get(1).get("type").asText());

            String path = "/plugins/kit-crm/configuration/kit.crm";
            Api.Answer tooBig = bomAdmin.put(path, "{\"properties\": {\"url\": \"https://crm.bom.example\", \"pin\": \"4711\", \"pageSize\": 900}}");
            assertProblem(tooBig, 422);
            assertEquals(tooBig.body(), "properties.pageSize", tooBig.json().get("field").asText());
            Api.Answer text = bomAdmin.put(path, "{\"properties\": {\"url\": \"https://crm.bom.example\", \"pin\": \"4711\", \"pageSize\": \"many\"}}");
            assertProblem(text, 422);
            assertEquals(text.body(), "is an integer, not 'many'", text.json().get("errors").get(0).get("message").asText());
            Api.Answer missing = bomAdmin.put(path, "{\"properties\": {\"url\": \"https://crm.bom.example\"}}");
            assertProblem(missing, 422);
            assertEquals(missing.body(), "properties.pin", missing.json().get("field").asText());
            assertTrue("nothing refused was stored", bomAdmin.get("/plugins/kit-crm/configuration").json().get("items").get(0).get("changedBy").isNull());

            Api.Answer set = bomAdmin.put(path, "{\"properties\": {\"url\": \"https://crm.bom.example\", \"pin\": \"4711\", \"pageSize\": \"250\"}}");
            assertEquals(set.body(), 200, set.status());
            assertEquals("********", set.json().get("properties").get("pin").asText());
            assertEquals(250, set.json().get("properties").get("pageSize").asInt());
            JsonNode shown = bomAdmin.get("/plugins/kit-crm/configuration").json().get("items").get(0);
            assertEquals("********", shown.get("settings").get(1).get("value").asText());
            assertEquals(250, shown.get("settings").get(2).get("value").asInt());
            assertEquals("bom-admin", shown.get("changedBy").asText());
            // ConfigurationAdmin holds it typed, as the plugin's component reads it
            org.osgi.service.cm.Configuration live = configurationAdmin.getConfiguration("kit.crm", "?");
            assertEquals(Integer.valueOf(250), live.getProperties().get("pageSize"));
            assertEquals("4711", live.getProperties().get("pin"));
            // the PIN sent back masked keeps its value
            assertEquals(200, bomAdmin.put(path, "{\"properties\": {\"url\": \"https://crm2.bom.example\", \"pin\": \"********\"}}").status());
            assertEquals("4711", configurationAdmin.getConfiguration("kit.crm", "?").getProperties().get("pin"));

            String trail = api.get("/audit?kind=plugin-configuration&record=kit.crm").body();
            assertTrue(trail, trail.contains("bom-admin"));
            assertTrue(trail, !trail.contains("4711"));
            assertProblem(user("liof-member", "liof-password").get("/plugins/kit-crm/configuration"), 403);
        } finally {
            api.delete("/plugins/kit-crm");
            shell().runAsOperator("feature:repo-remove " + xml.toUri());
        }
    }

    @Test
    public void reportCsvDescribesItsSeparatorAndARequestMayAskForAnother() throws Exception {
        assertEquals(201, api.post("/plugins", "{\"id\": \"report-csv\"}").status());
        try {
            JsonNode configuration = api.get("/plugins/report-csv/configuration").json().get("items").get(0);
            assertEquals("nl.nts.platform.report.csv", configuration.get("pid").asText());
            JsonNode separator = configuration.get("settings").get(0);
            assertEquals(configuration.toString(), "separator", separator.get("id").asText());
            assertEquals(",", separator.get("defaultValue").asText());
            assertEquals(List.of(",", ";", "tab"), NationalCoreIT.texts(separator.get("options"), "value"));
            String report = "/agendas/NTS09/report?format=csv";
            assertTrue(api.get(report).body().startsWith("technology,action,title"));

            Api.Answer bad = api.put("/plugins/report-csv/configuration/nl.nts.platform.report.csv", "{\"properties\": {\"separator\": \"|\"}}");
            assertProblem(bad, 422);
            assertEquals(bad.body(), "properties.separator", bad.json().get("field").asText());
            assertEquals(200, api.put("/plugins/report-csv/configuration/nl.nts.platform.report.csv", "{\"properties\": {\"separator\": \";\"}}").status());
            Await.until("the new separator is used", Duration.ofSeconds(30), () -> {
                try {
                    return api.get(report).body().startsWith("technology;action;title");
                } catch (Exception e) {
                    return false;
                }
            });
            assertTrue(api.get(report + "&separator=tab").body().startsWith("technology\taction\ttitle"));
        } finally {
            api.delete("/plugins/report-csv/configuration/nl.nts.platform.report.csv");
            api.delete("/plugins/report-csv");
        }
    }

    @Test
    public void aRomAdminAddsTheirOwnPluginRepositoryWithinTheOperatorsAllowanceAndManagesItsPlugins() throws Exception {
        Path bom = work("repositories").resolve("bom");
        Path liof = work("repositories").resolve("liof");
        Path xml = publish(bom.resolve("kit-bom").resolve("kit-bom-1.0.0.jar"), "kit-bom", "1.0.0", "BOM", "bom");
        Path national = publish(bom.resolve("kit-national").resolve("kit-national-1.0.0.jar"), "kit-national", "1.0.0", null, "national");
        Path liofs = publish(liof.resolve("kit-liof-1.0.0.jar"), "kit-liof", "1.0.0", "LIOF", "liof");
        String allowance = bom.toUri().toString();
        // what the operator writes into etc/nl.nts.platform.plugins.repositories.cfg
        java.util.Hashtable<String, Object> allowed = new java.util.Hashtable<>();
        allowed.put("BOM", allowance + ", https://maven.bom.example/nts/");
        configurationAdmin.getConfiguration("nl.nts.platform.plugins.repositories", "?").update(allowed);
        Api bomAdmin = user("bom-admin", "bom-admin-password");
        Await.holds("the allowance applies", Duration.ofSeconds(30),
                () -> bomAdmin.get("/plugin-repositories/allowed").json().path("BOM").path(0).asText().equals(allowance));

        Api.Answer outside = bomAdmin.post("/plugin-repositories", "{\"url\": \"" + liofs.toUri() + "\"}");
        assertProblem(outside, 403);
        assertTrue(outside.body(), outside.json().get("detail").asText().contains("not within the locations the operator allows ROM BOM: " + allowance));
        Api.Answer climbing = bomAdmin.post("/plugin-repositories", "{\"url\": \"" + allowance + "../liof/features.xml\"}");
        assertProblem(climbing, 422);
        assertEquals("url", climbing.json().get("field").asText());
        Api.Answer notBoms = bomAdmin.post("/plugin-repositories", "{\"url\": \"" + national.toUri() + "\"}");
        assertProblem(notBoms, 422);
        assertTrue(notBoms.body(), notBoms.json().get("detail").asText().contains("plugin kit-national 1.0.0 in it declares no ROM (a national plugin), not BOM"));
        assertProblem(api.get("/plugins/kit-national"), 404);
        assertProblem(user("liof-member", "liof-password").get("/plugin-repositories"), 403);

        Api.Answer added = bomAdmin.post("/plugin-repositories", "{\"url\": \"" + xml.toUri() + "\"}");
        assertEquals(added.body(), 201, added.status());
        assertEquals("BOM", added.json().get("rom").asText());
        assertEquals(List.of("kit-bom 1.0.0"), NationalCoreIT.texts(added.json().get("plugins")));
        assertProblem(bomAdmin.post("/plugin-repositories", "{\"url\": \"" + xml.toUri() + "\"}"), 409);
        assertEquals("AVAILABLE", bomAdmin.get("/plugins/kit-bom").json().get("state").asText());
        assertEquals("BOM", bomAdmin.get("/plugins/kit-bom").json().get("rom").asText());

        assertEquals(201, bomAdmin.post("/plugins", "{\"id\": \"kit-bom\"}").status());
        Api.Answer removeWhileInstalled = bomAdmin.delete("/plugin-repositories?url=" + java.net.URLEncoder.encode(xml.toUri().toString(), "UTF-8"));
        assertProblem(removeWhileInstalled, 409);
        assertEquals(204, bomAdmin.delete("/plugins/kit-bom").status());
        assertEquals(204, bomAdmin.delete("/plugin-repositories?url=" + java.net.URLEncoder.encode(xml.toUri().toString(), "UTF-8")).status());
        assertProblem(api.get("/plugins/kit-bom"), 404);

        JsonNode trail = api.get("/audit?kind=plugin-repository").json().get("items");
        assertEquals(trail.toString(), List.of("remove", "add"), NationalCoreIT.texts(trail, "action"));
        assertEquals("bom-admin", trail.get(1).get("actor").asText());
    }

    /** A KAR the operator drops into deploy/: its plugin installs by Karaf's own means, shows in the catalog and is audited. */
    @Test
    public void aKarDroppedIntoDeployInstallsItsPlugin() throws Exception {
        Path jar = work("kar").resolve("kit-kar-1.0.0.jar");
        KitPlugins.writeJar(jar, "kit-kar", "1.0.0", null, "kit-kar", "kar");
        Path kar = work("kar").resolve("kit-kar-1.0.0.kar");
        KitPlugins.writeKar(kar, "nl.kit", "kit-kar", "1.0.0", jar);
        Path deploy = Paths.get(System.getProperty("karaf.base"), "deploy", "kit-kar-1.0.0.kar");
        Files.copy(kar, deploy);
        try {
            Await.holds("the KAR's plugin is installed", Duration.ofSeconds(90),
                    () -> "ACTIVE".equals(api.get("/plugins/kit-kar").json().path("state").asText()));
            Api.Answer rendered = api.get("/agendas/NTS09/report?format=kit-kar");
            assertEquals(rendered.body(), 200, rendered.status());
            assertTrue(rendered.body().startsWith("edition kar"));
            JsonNode trail = api.get("/audit?kind=plugin&record=kit-kar").json().get("items");
            assertEquals(trail.toString(), "install", trail.get(trail.size() - 1).get("action").asText());
        } finally {
            Files.deleteIfExists(deploy);
        }
        Await.holds("the KAR's plugin is removed with the KAR", Duration.ofSeconds(90),
                () -> !"ACTIVE".equals(api.get("/plugins/kit-kar").json().path("state").asText()));
    }

    /**
     * Publishes a plugin as a ROM would: its jar, and beside it a feature repository
     * ({@code features.xml}) offering {@code nts-plugin-<id>} from it; the plugin's format id is its id.
     *
     * @return the feature repository
     */
    private static Path publish(Path jar, String id, String version, String rom, String edition) throws Exception {
        Path xml = jar.resolveSibling("features.xml");
        KitPlugins.writeJar(jar, id, version, rom, id, edition);
        KitPlugins.writeFeatures(xml, id + "-repository", id, version, jar);
        return xml;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
