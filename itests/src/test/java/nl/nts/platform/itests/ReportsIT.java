package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documents that go to the Ministry, from a fresh start of the distribution as an operator
 * starts it: the national formats are there without installing anything, and every report they
 * write is opened with a real parser (PDFBox's text extraction, fastexcel's reader, jsoup,
 * commons-csv, commonmark with GitHub's tables) and checked against what the API says of the same records: the actions, their
 * budgets and totals, the inputs each answers, Dutch characters. The plan's first PDF page, with
 * its charts (the page after the contents), is kept as {@code target/report-plan-chart-page.png}.
 */
class ReportsIT {

    /** The first start's account 'admin', the one with the shell over ssh (as ./run.sh shell uses it). */
    private static final String ADMIN_PASSWORD = "reports-it-admin-secret";
    private static KarafRuntime karaf;
    private static Api api;
    private static long planId;
    private static JsonNode overview;
    /** An action of the sample plan whose title starts like a spreadsheet formula and carries ë, ï and €. */
    private static final String TRICKY = "=1+2 Coördinatie geïntegreerde fotonica, € 5 mln";

    @BeforeAll
    static void start() throws Exception {
        karaf = KarafRuntime.unpack("reports").start(ADMIN_PASSWORD);
        api = karaf.api();
        api.awaitReady(Api.START);
        planId = api.get("/plans?valueChain=VC01&status=DRAFT").json().get("items").get(0).get("id").asLong();
        long input = api.get("/inputs?theme=TALENT").json().get("items").get(0).get("id").asLong();
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("plan", planId);
        action.put("title", TRICKY);
        action.put("horizon", "SHORT_TERM");
        action.put("start", "2026-03-01");
        action.put("end", "2027-02-28");
        action.put("budget", Map.of("total", 5000000, "publicFunding", 3000000, "privateFunding", 2000000, "fundingSource", "Regio Deal Brainport"));
        action.put("kpis", List.of(Map.of("indicator", "bedrijven met toegang", "baseline", 0, "target", 12, "unit", "bedrijven", "year", 2027)));
        action.put("inputs", List.of(input));
        Api.Answer created = api.post("/actions", Api.json(action));
        assertEquals(201, created.status(), created.body());
        overview = api.get("/plans/" + planId + "/overview").json();
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void aFreshStartOffersTheNationalFormatsForEveryReport() throws Exception {
        JsonNode formats = api.get("/reports").json().get("items");
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (JsonNode f : formats) {
            List<String> k = new ArrayList<>();
            f.get("kinds").forEach(n -> k.add(n.asText()));
            kinds.put(f.get("id").asText(), k);
            if (List.of("html", "md", "pdf", "xlsx").contains(f.get("id").asText())) {
                assertEquals("report-documents", f.get("plugin").asText());
            }
        }
        for (String id : List.of("html", "md", "pdf", "xlsx")) {
            assertEquals(List.of("AGENDA", "OVERVIEW", "PLAN", "WORKSHOP"), kinds.get(id), id + ": " + formats);
        }
        assertEquals("ACTIVE", api.get("/plugins/report-documents").json().get("state").asText());
    }

    @Test
    void theNationalFormatsStayAPluginAnOperatorRemovesAndInstallsAgain() throws Exception {
        assertEquals(204, api.delete("/plugins/report-documents").status());
        Await.holds("the formats gone", Duration.ofSeconds(30), () -> !api.get("/reports").body().contains("\"pdf\""));
        assertEquals(404, api.get("/plans/" + planId + "/report?format=pdf").status());
        Api.Answer again = api.post("/plugins", "{\"id\":\"report-documents\"}");
        assertEquals(201, again.status(), again.body());
        Await.holds("the formats back", Duration.ofSeconds(30), () -> api.get("/reports").body().contains("\"pdf\""));
        assertTrue(pdfText("/plans/" + planId + "/report?format=pdf").contains(TRICKY));
    }

    @Test
    void thePlanAsPdfHoldsEveryActionItsInputsAndTotalsInDutch() throws Exception {
        HttpResponse<byte[]> pdf = ok("/plans/" + planId + "/report?format=pdf&lang=nl");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElseThrow().contains("plan-" + planId + ".pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", " ");
            for (JsonNode entry : overview.get("actions")) {
                JsonNode a = entry.get("action");
                assertTrue(flat.contains(a.get("title").asText()), "action '" + a.get("title").asText() + "' in the PDF");
                for (JsonNode input : entry.get("inputs")) {
                    assertTrue(flat.contains("#" + input.get("id").asLong() + " " + input.get("theme").asText()), "the trace to input " + input.get("id"));
                }
            }
            assertTrue(flat.contains(TRICKY), "ë, ï and € as written");
            assertTrue(flat.contains("Totaal budget " + euroNl(totalBudget())), "the plan's total budget: " + euroNl(totalBudget()));
            assertTrue(flat.contains("Ambitie en samenvatting") && flat.contains("Inbreng nog niet beantwoord"), "Dutch headings");
            int pages = doc.getNumberOfPages();
            assertTrue(flat.contains("Pagina 1 van " + pages) && flat.contains("Pagina " + pages + " van " + pages), "page numbers");
            // the sample plan makes a long report: its contents on page 2, and no way for the check to fall away
            assertTrue(pages > 3, "the sample plan's report has " + pages + " pages");
            assertTrue(pageText(doc, 2).startsWith("Inhoud"), "a long report has its contents on page 2");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(2, 80);
            Path png = Path.of("target", "report-plan-chart-page.png");
            ImageIO.write(page, "png", png.toFile());
            assertTrue(Files.size(png) > 10_000, "the page with the charts is drawn");
        }
    }

    @Test
    void thePlanAsSpreadsheetHasNumbersDatesAndTheTraces() throws Exception {
        HttpResponse<byte[]> xlsx = ok("/plans/" + planId + "/report?format=xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<String> names = sheets.stream().map(Sheet::getName).toList();
            assertTrue(names.contains("4 Actions") && names.contains("1 Ambition and summary"), names.toString());
            List<Row> rows = sheets.get(names.indexOf("4 Actions")).read();
            Map<Long, Row> byId = new LinkedHashMap<>();
            boolean inTable = false;
            for (Row r : rows) {
                if ("Action".equals(r.getCellText(0)) && "Title".equals(r.getCellText(1))) {
                    inTable = true;
                } else if (inTable && r.getCellCount() > 1 && r.getCell(0) != null && r.getCell(0).getType() == CellType.NUMBER) {
                    byId.put(r.getCellAsNumber(0).orElseThrow().longValue(), r);
                }
            }
            assertEquals(overview.get("actions").size(), byId.size(), "one row an action");
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode entry : overview.get("actions")) {
                JsonNode a = entry.get("action");
                Row r = byId.get(a.get("id").asLong());
                assertNotNull(r, "row of action " + a.get("id"));
                assertEquals(a.get("title").asText(), r.getCellText(1));
                if (a.hasNonNull("budget") && a.get("budget").hasNonNull("total")) {
                    assertEquals(CellType.NUMBER, r.getCell(8).getType(), "a budget is a number");
                    assertEquals(0, a.get("budget").get("total").decimalValue().compareTo(r.getCellAsNumber(8).orElseThrow()));
                    sum = sum.add(r.getCellAsNumber(8).orElseThrow());
                }
                if (a.hasNonNull("start")) {
                    assertEquals(LocalDate.parse(a.get("start").asText()), r.getCellAsDate(6).orElseThrow().toLocalDate(), "a start is a date");
                }
                for (JsonNode input : entry.get("inputs")) {
                    assertTrue(r.getCellText(14).contains("#" + input.get("id").asLong() + " "), "the trace to input " + input.get("id"));
                }
            }
            assertEquals(0, totalBudget().compareTo(sum));
            List<Row> summary = sheets.get(0).read();
            Optional<Row> total = summary.stream().filter(r -> "Total budget".equals(r.getCellText(0))).findFirst();
            assertEquals(0, totalBudget().compareTo(total.orElseThrow().getCellAsNumber(1).orElseThrow()), "the total is a number and right");
        }
    }

    @Test
    void thePlanAsHtmlIsSelfContainedAndShownInline() throws Exception {
        HttpResponse<byte[]> html = ok("/plans/" + planId + "/report?format=html&disposition=inline&lang=nl");
        assertTrue(html.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"), "a plugin's page runs nothing");
        Document doc = Jsoup.parse(new String(html.body(), StandardCharsets.UTF_8));
        assertEquals(overview.get("plan").get("title").asText(), doc.selectFirst("h1").text());
        assertTrue(doc.select("script, link[href], img[src], iframe").isEmpty(), "nothing from elsewhere");
        assertTrue(doc.select("figure svg").size() >= 3, "charts as inline SVG");
        Element actions = doc.select("section table").stream().filter(t -> t.selectFirst("caption").text().equals("Acties")).findFirst().orElseThrow();
        List<String> titles = actions.select("tbody tr").stream().map(tr -> tr.child(1).text()).toList();
        List<String> expected = new ArrayList<>();
        overview.get("actions").forEach(e -> expected.add(e.get("action").get("title").asText()));
        assertEquals(expected, titles);
        assertTrue(doc.text().contains(TRICKY));
    }

    @Test
    void thePlanAsMarkdownParsesWithEveryActionInItsTableAndNoMarkupFromTheText() throws Exception {
        HttpResponse<byte[]> md = ok("/plans/" + planId + "/report?format=md&lang=nl");
        assertTrue(md.headers().firstValue("Content-Type").orElseThrow().startsWith("text/markdown"), md.headers().map().toString());
        assertTrue(md.headers().firstValue("Content-Disposition").orElseThrow().contains("plan-" + planId + ".md"));
        Document doc = markdown(md.body());
        assertEquals(overview.get("plan").get("title").asText(), doc.selectFirst("h1").text());
        assertTrue(doc.select("script, a[href^=javascript], img, iframe").isEmpty(), "no markup from the records' text");
        assertTrue(doc.select("h2").size() > 2 && doc.select("h2").first().text().equals("Inhoud"), "sections, and their contents first");
        Element heading = doc.select("h3").stream().filter(h -> h.text().equals("Acties")).findFirst().orElseThrow();
        Element actions = heading.nextElementSibling();
        assertEquals("table", actions.tagName());
        List<String> titles = actions.select("tbody tr").stream().map(tr -> tr.child(1).text()).toList();
        List<String> expected = new ArrayList<>();
        overview.get("actions").forEach(e -> expected.add(e.get("action").get("title").asText()));
        assertEquals(expected, titles);
        String flat = doc.text().replaceAll("\\s+", " ");
        assertTrue(flat.contains(TRICKY), "ë, ï and € as written");
        assertTrue(flat.contains("Totaal budget " + euroNl(totalBudget())), "the plan's total budget: " + euroNl(totalBudget()));
        assertTrue(markdown(ok("/reports/overview?format=md").body()).selectFirst("h1").text().contains("National overview"), "the overview too");
    }

    /** Markdown as a reader sees it: parsed by commonmark with GitHub's tables, rendered to HTML. */
    private static Document markdown(byte[] bytes) {
        List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
        String html = HtmlRenderer.builder().extensions(tables).build().render(Parser.builder().extensions(tables).build().parse(new String(bytes, StandardCharsets.UTF_8)));
        return Jsoup.parse(html);
    }

    @Test
    void theAgendaTheOverviewAndTheWorkshopInEveryFormat() throws Exception {
        JsonNode agenda = api.get("/agendas/NTS01").json();
        String agendaPdf = pdfText("/agendas/NTS01/report?format=pdf&lang=nl");
        assertTrue(agendaPdf.contains("Nationale actieagenda NTS01 Optische systemen en geïntegreerde fotonica"), "the Dutch name with ï");
        assertTrue(agendaPdf.contains("Acties op korte termijn") && agendaPdf.contains("Roadmap"), "short term apart from the roadmap");
        assertTrue(agendaPdf.contains("Totaal budget " + euroNl(agenda.get("totals").get("budget").decimalValue())), "the agenda's total");
        for (JsonNode e : agenda.get("actions")) {
            assertTrue(agendaPdf.contains(e.get("action").get("title").asText()), "agenda action " + e.get("action").get("title"));
        }

        long workshop = api.get("/workshops?rom=BOM").json().get("items").get(0).get("id").asLong();
        String workshopPdf = pdfText("/workshops/" + workshop + "/report?format=pdf&lang=nl");
        assertTrue(workshopPdf.contains("Sleuteltechnologieën"), "ë");
        assertTrue(workshopPdf.contains("Deelnemers per soort organisatie"));
        assertFalse(workshopPdf.contains("@"), "no e-mail addresses of participants");
        JsonNode inputs = api.get("/inputs?workshop=" + workshop + "&size=200").json().get("items");
        Document workshopHtml = Jsoup.parse(new String(ok("/workshops/" + workshop + "/report?format=html").body(), StandardCharsets.UTF_8));
        Element fate = workshopHtml.select("table").stream().filter(t -> t.selectFirst("caption").text().startsWith("Inputs and the actions")).findFirst()
                .orElseThrow();
        assertEquals(inputs.size(), fate.select("tbody tr").size(), "what became of each input");
        for (JsonNode i : inputs) {
            Element row = fate.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(String.valueOf(i.get("id").asLong()))).findFirst().orElseThrow();
            String answered = row.child(6).text();
            if (i.get("answeredBy").isEmpty()) {
                assertEquals("not answered yet", answered);
            } else {
                i.get("answeredBy").forEach(a -> assertTrue(answered.contains("#" + a.asLong()), "input " + i.get("id") + " answered by " + a));
            }
        }

        try (ReadableWorkbook overview = new ReadableWorkbook(new ByteArrayInputStream(ok("/reports/overview?format=xlsx").body()))) {
            List<String> names = overview.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("1 Summary", "2 Budget by source", "3 ROMs by value chain"), names);
            int plans = api.get("/plans").json().get("total").asInt();
            Row count = overview.getFirstSheet().read().stream().filter(r -> "Plans".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(plans, count.getCellAsNumber(1).orElseThrow().intValue());
        }
        assertTrue(pdfText("/reports/overview?format=pdf").contains("National overview"));
    }

    @Test
    void csvStaysRfc4180AndFormulaSafe() throws Exception {
        Api.Answer installed = api.post("/plugins", "{\"id\":\"report-csv\"}");
        assertEquals(201, installed.status(), installed.body());
        Await.holds("the csv format", Duration.ofSeconds(30), () -> api.get("/reports").body().contains("\"csv\""));
        String csv = new String(ok("/plans/" + planId + "/report?format=csv").body(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertEquals(overview.get("actions").size(), records.size());
        CSVRecord tricky = records.stream().filter(r -> r.get("title").contains("Coördinatie")).findFirst().orElseThrow();
        assertEquals("'" + TRICKY, tricky.get("title"), "a leading = is defused, the rest kept");
        // the CSV format renders the records' reports, not the overview: a clear 4xx
        Api.Answer refused = api.get("/reports/overview?format=csv");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("does not render overview reports"), refused.body());
        assertEquals(204, api.delete("/plugins/report-csv").status());
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() throws Exception {
        Api.Answer lang = api.get("/plans/" + planId + "/report?format=pdf&lang=fr");
        assertEquals(422, lang.status(), lang.body());
        assertTrue(lang.body().contains("lang"), lang.body());
        Api.Answer since = api.get("/plans/" + planId + "/report?format=pdf&since=yesterday");
        assertEquals(400, since.status(), since.body());
        assertTrue(since.body().contains("since"), since.body());
        assertEquals(404, api.get("/plans/" + planId + "/report?format=docx").status());
        // "changes since" lists the action created today, and only from that day
        String changed = pdfText("/plans/" + planId + "/report?format=pdf&since=" + LocalDate.now().minusDays(1));
        assertTrue(changed.contains("Changes since") && changed.contains(TRICKY));
        String openApi = api.get("/openapi.json").body();
        assertTrue(openApi.contains("\"since\"") && openApi.contains("\"lang\"") && openApi.contains("/reports/overview"), "documented in OpenAPI");
    }

    @Test
    void theShellWritesTheReportToAFileAndSaysWhere() throws Exception {
        String said = shell("nts:report -f xlsx -l nl agenda NTS01");
        Path file = karaf.home.resolve("data/reports/agenda-NTS01.xlsx").toAbsolutePath();
        assertTrue(said.contains("report written to " + file), said);
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(file))) {
            assertEquals("1 Samenvatting", workbook.getFirstSheet().getName());
        }
        String overview = shell("nts:report -o kia-overzicht.pdf overview");
        assertTrue(overview.contains(karaf.home.resolve("data/reports/kia-overzicht.pdf").toAbsolutePath().toString()), overview);
        assertTrue(pdfOf(Files.readAllBytes(karaf.home.resolve("data/reports/kia-overzicht.pdf"))).contains("National overview"));
        // one clear line for each mistake, and no file anywhere else
        assertTrue(shell("nts:report -o ../../etc/users.properties overview").contains("is not a file name"));
        assertTrue(shell("nts:report plan").contains("needs the plan's id"));
        assertTrue(shell("nts:report budget 1").contains("is not a report: plan, agenda, workshop or overview"));
        String unknown = shell("nts:report -f docx plan " + planId);
        assertTrue(unknown.contains("no report format 'docx'; installed for plan reports: csv, html, md, pdf, xlsx")
                || unknown.contains("no report format 'docx'; installed for plan reports: html, md, pdf, xlsx"), unknown);
    }

    /** One command through Karaf's own ssh client, as {@code ./run.sh shell} sends it. */
    private static String shell(String command) throws Exception {
        String port = Files.readAllLines(karaf.home.resolve("etc/org.apache.karaf.shell.cfg")).stream().filter(l -> l.startsWith("sshPort"))
                .map(l -> l.substring(l.indexOf('=') + 1).strip()).findFirst().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(karaf.home.resolve("bin/client").toString(), "-a", port, "-u", "admin", "-p", ADMIN_PASSWORD, "-r", "10", "-d", "1",
                command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(client.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the client ends");
        return out;
    }

    private static String pdfOf(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String pdfText(String path) throws Exception {
        return pdfOf(ok(path).body());
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).strip();
    }

    private static HttpResponse<byte[]> ok(String path) throws Exception {
        HttpResponse<byte[]> answer = api.download(path);
        assertEquals(200, answer.statusCode(), path + ": " + new String(answer.body(), StandardCharsets.UTF_8));
        return answer;
    }

    private static BigDecimal totalBudget() {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode entry : overview.get("actions")) {
            JsonNode b = entry.get("action").get("budget");
            if (b != null && b.hasNonNull("total")) {
                sum = sum.add(b.get("total").decimalValue());
            }
        }
        return sum;
    }

    /** An amount the way a Dutch reader writes it: € 5.250.000 (whole euros here). */
    private static String euroNl(BigDecimal amount) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(amount);
    }
}
