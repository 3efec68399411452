package nl.nts.platform.plugins.reportdocuments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
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
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.report.DocumentFormat;
import nl.nts.platform.api.report.ReportDocument;

/** Each format's output opened with a real parser, its content checked against the document it was given. */
class DocumentFormatsTest {

    private static final int ACTIONS = 120;

    private static byte[] render(DocumentFormat format, ReportDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.render(document, out);
        return out.toByteArray();
    }

    @Test
    void thePdfCarriesEveryActionDutchTextPageNumbersAndContents() throws Exception {
        byte[] pdf = render(new PdfReports(), SampleDocument.agenda(ACTIONS));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            int pages = doc.getNumberOfPages();
            assertTrue(pages > PdfReports.CONTENTS_FROM_PAGES, "a long report: " + pages + " pages");
            for (int i = 1; i <= ACTIONS; i++) {
                assertTrue(text.contains("fotonica " + i + " "), "action " + i + " is in the PDF");
            }
            assertTrue(text.contains("geïntegreerde"), "ï prints");
            assertTrue(text.contains("coëfficiënt"), "ë prints");
            assertTrue(text.contains("€ 7.260.000"), "the total in Dutch notation, with €: " + SampleDocument.total(ACTIONS));
            assertTrue(text.contains("Pagina 1 van " + pages) && text.contains("Pagina " + pages + " van " + pages), "page numbers");
            String contents = new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                }
            }.getText(doc);
            assertTrue(contents.startsWith("Inhoud") || contents.contains("Inhoud\n"), "page 2 is the table of contents: " + contents);
            assertTrue(contents.contains("1. Samenvatting") && contents.contains("2. Acties"), contents);
            assertEquals(2, count(doc), "a bookmark a section");
            // the first page holds the charts: drawn, kept as a build artifact for people to look at
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            Path png = Path.of("target", "report-chart-page.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            assertTrue(colouredPixels(image) > 2000, "the bars are drawn in colour");
        }
    }

    private static int count(PDDocument doc) {
        int n = 0;
        for (var ignored : doc.getDocumentCatalog().getDocumentOutline().children()) {
            n++;
        }
        return n;
    }

    private static int colouredPixels(BufferedImage image) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theSpreadsheetHasASheetASectionNumbersAsNumbersAndDatesAsDates() throws Exception {
        byte[] xlsx = render(new XlsxReports(), SampleDocument.agenda(ACTIONS));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("1 Samenvatting", "2 Acties"), sheets.stream().map(Sheet::getName).toList());
            List<Row> summary = sheets.get(0).read();
            Row total = summary.stream().filter(r -> "Totaal budget".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, total.getCell(1).getType());
            assertEquals(0, SampleDocument.total(ACTIONS).compareTo(total.getCellAsNumber(1).orElseThrow()));
            Row day = summary.stream().filter(r -> "Peildatum".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2026, 12, 2), day.getCellAsDate(1).orElseThrow().toLocalDate(), "a date cell");
            List<Row> rows = sheets.get(1).read();
            int header = 0;
            while (!"Actie".equals(rows.get(header).getCellText(0))) {
                header++;
            }
            List<Row> actions = rows.subList(header + 1, rows.size());
            assertEquals(ACTIONS, actions.size());
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < ACTIONS; i++) {
                Row r = actions.get(i);
                assertEquals(SampleDocument.title(i + 1), r.getCellText(1));
                assertEquals(SampleDocument.START.plusDays((i + 1) % 700), r.getCellAsDate(3).orElseThrow().toLocalDate());
                sum = sum.add(r.getCellAsNumber(5).orElseThrow());
            }
            assertEquals(0, SampleDocument.total(ACTIONS).compareTo(sum), "the budgets add up to the total");
        }
    }

    @Test
    void theHtmlIsOnePageWithInlineSvgChartsAndEveryAction() throws Exception {
        byte[] html = render(new HtmlReports(), SampleDocument.agenda(ACTIONS));
        Document doc = Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("nl", doc.selectFirst("html").attr("lang"));
        assertEquals("Nationale actieagenda NTS01 Optische systemen en geïntegreerde fotonica", doc.selectFirst("h1").text());
        assertTrue(doc.select("script, link, img[src^=http], iframe").isEmpty(), "self-contained, no script");
        assertEquals(2, doc.select("figure svg").size(), "both charts inline");
        assertEquals(3, doc.select("figure svg").first().select("rect[fill]").stream().filter(r -> !r.attr("width").equals("10")).count(), "three bar parts (idee has no private part)");
        List<Element> rows = doc.select("section#s2 table tbody tr");
        assertEquals(ACTIONS, rows.size());
        assertEquals(SampleDocument.title(7), rows.get(6).child(1).text());
        assertEquals("€ 7.000", rows.get(6).child(5).text());
        assertTrue(doc.select("dl dd").stream().map(Element::text).collect(Collectors.toList()).contains("€ 7.260.000"));
        assertEquals(List.of("Samenvatting", "Acties"), doc.select("nav li").eachText());
    }
}
