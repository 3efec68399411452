package nl.nts.platform.plugins.reportdocuments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.BarChart;
import nl.nts.platform.api.report.Column;
import nl.nts.platform.api.report.ReportDocument;
import nl.nts.platform.api.report.ReportOptions;
import nl.nts.platform.api.report.Section;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.report.ValueType;

/**
 * The Markdown format's output parsed by a real CommonMark parser (with GitHub's tables),
 * rendered to HTML and checked with jsoup: what a reader of the Markdown sees. The renderer lets
 * raw HTML and any link through, so a text the format failed to escape shows as an element.
 */
class MarkdownReportsTest {

    private static final List<Extension> TABLES = List.of(TablesExtension.create());

    /** Every kind of markup a text can carry, in one text: it must come out as exactly this text. */
    private static final String HOSTILE = "| a | b | <script>alert(1)</script> **bold** [x](javascript:alert(1)) line one\nline two \\ back `code` _u_ "
            + "*em* ~~gone~~ $x$ &amp; &#60;b&#62; <b>tag</b> https://evil.example www.evil.example a@b.nl ![i](x.png) # end #";

    /** Texts that would open a block (list, heading, quote, code, rule) when they start a line. */
    private static final List<String> LINE_STARTS = List.of("- item", "+ item", "* item", "1. first", "12) twelfth", "# heading", "### h3 ###",
            "> quote", "=== ", "---", "***", "___", "```java", "~~~", "<div>block</div>", "<!-- comment -->", "[ref]: https://evil.example",
            "| x | y |", "    indented code", "\tTab", "2026. Een jaar", "\\", "a \\", "foo\\\n- bar");

    private static byte[] render(ReportDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReports().render(document, out);
        return out.toByteArray();
    }

    private static Document html(ReportDocument document) throws Exception {
        return html(new String(render(document), StandardCharsets.UTF_8));
    }

    private static Document html(String markdown) {
        Parser parser = Parser.builder().extensions(TABLES).build();
        String html = HtmlRenderer.builder().extensions(TABLES).build().render(parser.parse(markdown));
        return Jsoup.parse(html);
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    /** @return the table right after the heading of that text */
    private static Element tableAfter(Document doc, String heading) {
        Element h = doc.select("h3").stream().filter(e -> e.text().equals(heading)).findFirst().orElseThrow(() -> new AssertionError("no heading " + heading));
        Element table = h.nextElementSibling();
        assertNotNull(table, heading);
        assertEquals("table", table.tagName(), "a table follows " + heading);
        return table;
    }

    private static List<String> row(Element table, int index) {
        return texts(table.select("tbody tr").get(index).select("td"));
    }

    private static ReportDocument document(String lang, List<Section> sections) {
        return new ReportDocument(ReportKind.PLAN, "7", "Plan", null, ReportOptions.builder().language(lang).build(), Instant.parse("2026-12-02T10:00:00Z"),
                List.of(), sections);
    }

    @Test
    void theTitleAndEverySectionAreHeadingsWithContentsLinkingToGitHubAnchors() throws Exception {
        ReportDocument agenda = SampleDocument.agenda(120);
        Document doc = html(agenda);
        assertEquals(List.of(agenda.title()), texts(doc.select("h1")));
        assertEquals(List.of("Inhoud", "1. Samenvatting", "2. Acties"), texts(doc.select("h2")));
        assertEquals(List.of("Budget per status (€)", "Tijdlijn van de acties", "Acties per waardeketen"), texts(doc.select("h3")));
        Elements links = doc.select("ol li a");
        assertEquals(List.of("Samenvatting", "Acties"), texts(links));
        // GitHub's anchors: lower case, punctuation dropped, a space a hyphen
        assertEquals(List.of("#1-samenvatting", "#2-acties"), links.stream().map(a -> a.attr("href")).toList());
        String all = doc.text();
        assertTrue(all.contains("Eigenaar: KIA"), "the subtitle");
        assertTrue(all.contains("Gemaakt op 2 december 2026"), "the generated line, in Dutch");
        assertTrue(all.contains("Alle acties die optische systemen en geïntegreerde fotonica verder brengen; financiële coëfficiënt."), "ë and ï intact");
        // the facts: a two-column table, values the Dutch way
        Element facts = doc.select("table").first();
        assertEquals(List.of("Gegeven", "Waarde"), texts(facts.select("thead th")));
        assertEquals(List.of("Totaal budget", "€ 7.260.000"), row(facts, 1));
        assertEquals(List.of("Peildatum", "2 december 2026"), row(facts, 2));
    }

    @Test
    void aSingleSectionHasNoContents() throws Exception {
        Document doc = html(document("en", List.of(Section.builder("Only").paragraph("Text.").build())));
        assertEquals(List.of("1. Only"), texts(doc.select("h2")));
        assertTrue(doc.select("ol, a").isEmpty(), doc.body().html());
        assertTrue(doc.text().contains("Generated on 2 December 2026"), doc.text());
    }

    @Test
    void headingsMetAgainGetTheAnchorGitHubGivesThem() {
        // "1. Inhoud" and a table titled like the second section: GitHub counts every heading in order
        Table t = new Table("2. Acties", List.of(Column.text("a")), List.of());
        ReportDocument doc = new ReportDocument(ReportKind.PLAN, "7", "Inhoud", null, ReportOptions.builder().language("nl").build(), Instant.now(), List.of(),
                List.of(Section.builder("Acties").table(t).build(), Section.builder("Acties").build(), Section.builder("Coördinatie & co.").build()));
        assertEquals(List.of("1-acties", "2-acties-1", "3-coördinatie--co"), MarkdownReports.anchors(doc, true, true));
    }

    @Test
    void theActionsTableHasItsHeaderAndEveryValueTheDutchWayNumbersRightAligned() throws Exception {
        Document doc = html(SampleDocument.agenda(120));
        Element table = tableAfter(doc, "Acties per waardeketen");
        assertEquals(List.of("Actie", "Titel", "ROM", "Start", "Einde", "Budget", "Voortgang %", "Beantwoordt inbreng"), texts(table.select("thead th")));
        assertEquals(120, table.select("tbody tr").size());
        assertEquals(List.of("1", SampleDocument.title(1), "BOM", "2 januari 2026", "2 januari 2027", "€ 1.000", "1%", "#7 TALENT (uitdaging)"), row(table, 0));
        assertEquals(List.of("120", SampleDocument.title(120), "ROM InWest", "1 mei 2026", "1 mei 2027", "€ 120.000", "19%", "#840 TALENT (uitdaging)"),
                row(table, 119));
        Elements first = table.select("tbody tr").first().select("td");
        assertEquals("right", first.get(0).attr("align"), "a count is right-aligned");
        assertEquals("right", first.get(5).attr("align"), "an amount is right-aligned");
        assertEquals("", first.get(1).attr("align"), "text is not");
        assertEquals("", first.get(3).attr("align"), "a date is not");
    }

    @Test
    void numbersAreWrittenInTheReportsLanguage() throws Exception {
        Table t = new Table("Numbers", List.of(Column.text("What"), Column.of("Decimal", ValueType.DECIMAL), Column.of("Money", ValueType.MONEY),
                Column.of("Count", ValueType.INTEGER), Column.of("Day", ValueType.DATE)),
                List.of(Arrays.asList("één", new BigDecimal("1234.50"), new BigDecimal("1250000"), 1234567L, LocalDate.of(2026, 2, 3)), List.of("short")));
        Document nl = html(document("nl", List.of(Section.builder("Getallen").table(t).build())));
        assertEquals(List.of("één", "1.234,5", "€ 1.250.000", "1.234.567", "3 februari 2026"), row(tableAfter(nl, "Numbers"), 0));
        assertEquals(List.of("short", "", "", "", ""), row(tableAfter(nl, "Numbers"), 1), "a short row leaves the rest empty");
        Document en = html(document("en", List.of(Section.builder("Numbers").table(t).build())));
        assertEquals(List.of("één", "1,234.5", "€1,250,000", "1,234,567", "3 February 2026"), row(tableAfter(en, "Numbers"), 0));
    }

    @Test
    void aHostileTextComesOutAsExactlyThatTextWithNoMarkup() throws Exception {
        String oneLine = HOSTILE.replace("\n", " ");
        Table t = new Table(HOSTILE, List.of(Column.text(HOSTILE), Column.text("next")), List.of(List.of(HOSTILE, "after")));
        Section section = Section.builder(HOSTILE).paragraph(HOSTILE).fact(HOSTILE, ValueType.TEXT, HOSTILE)
                .chart(new BarChart(HOSTILE, ValueType.INTEGER, List.of(HOSTILE), List.of(new BarChart.Bar(HOSTILE, List.of(BigDecimal.ONE)))))
                .chart(new Timeline("Tijdlijn", List.of(new Timeline.Span(HOSTILE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), HOSTILE)), 0))
                .table(t).build();
        ReportDocument hostile = new ReportDocument(ReportKind.PLAN, "7", HOSTILE, HOSTILE, ReportOptions.builder().language("nl").build(), Instant.now(),
                List.of(), List.of(section));
        Document doc = html(hostile);
        for (String element : List.of("script", "a", "strong", "em", "code", "del", "img", "b", "ul", "ol", "blockquote", "pre", "h4", "hr")) {
            assertTrue(doc.select(element).isEmpty(), element + " came through: " + doc.body().html());
        }
        assertEquals(List.of(oneLine), texts(doc.select("h1")));
        assertEquals(List.of("1. " + oneLine), texts(doc.select("h2")));
        assertEquals(List.of(oneLine, "Tijdlijn", oneLine), texts(doc.select("h3")));
        // the subtitle and the paragraph: one paragraph each, the line break a hard break
        List<Element> paragraphs = doc.select("p").stream().filter(p -> p.text().equals(oneLine)).toList();
        assertEquals(2, paragraphs.size(), doc.body().html());
        for (Element p : paragraphs) {
            assertEquals(1, p.select("br").size(), "the line break kept: " + p.html());
        }
        Elements tables = doc.select("table");
        assertEquals(4, tables.size(), "facts, bars, timeline, table");
        assertEquals(List.of(oneLine, oneLine), row(tables.get(0), 0), "the fact: one cell each");
        assertEquals(List.of("Categorie", oneLine, "Totaal"), texts(tables.get(1).select("thead th")));
        assertEquals(List.of(oneLine, "1", "1"), row(tables.get(1), 0));
        assertEquals(List.of(oneLine, "1 januari 2026", "1 februari 2026", oneLine), row(tables.get(2), 0));
        assertEquals(List.of(oneLine, "next"), texts(tables.get(3).select("thead th")));
        assertEquals(List.of(oneLine, "after"), row(tables.get(3), 0), "one cell, the next column intact");
    }

    @Test
    void aTextThatWouldOpenABlockStaysText() throws Exception {
        Section.Builder section = Section.builder("Regels");
        for (String s : LINE_STARTS) {
            section.paragraph(s);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (String s : LINE_STARTS) {
            rows.add(List.of(s, "x"));
        }
        section.table(new Table("Cellen", List.of(Column.text("tekst"), Column.text("x")), rows));
        Document doc = html(document("nl", List.of(section.build())));
        for (String element : List.of("ul", "ol", "h3 ~ h3", "h4", "blockquote", "pre", "code", "hr", "div", "a", "em", "strong")) {
            assertTrue(doc.select(element).isEmpty(), element + " came through: " + doc.body().html());
        }
        List<String> expected = LINE_STARTS.stream().map(s -> s.strip().replace("\n", " ")).toList();
        List<String> paragraphs = texts(doc.select("p"));
        assertEquals(expected, paragraphs.subList(1, paragraphs.size()), "the generated line, then each text as a paragraph of its own");
        assertEquals(expected, doc.select("tbody tr td:eq(0)").stream().map(Element::text).toList());
        assertEquals(LINE_STARTS.size(), doc.select("tbody tr td:eq(1)").stream().filter(td -> td.text().equals("x")).count(), "every row two cells");
    }

    @Test
    void everyChartsValuesAreInItsTable() throws Exception {
        Document doc = html(SampleDocument.agenda(120));
        Element bars = tableAfter(doc, "Budget per status (€)");
        assertEquals(List.of("Categorie", "publiek", "privaat", "Totaal"), texts(bars.select("thead th")));
        assertEquals(List.of("lopend", "€ 1.250.000", "€ 750.000", "€ 2.000.000"), row(bars, 0));
        assertEquals(List.of("idee", "€ 300.000", "€ 0", "€ 300.000"), row(bars, 1));
        assertEquals("right", bars.select("tbody td").get(1).attr("align"));
        Element timeline = tableAfter(doc, "Tijdlijn van de acties");
        assertEquals(List.of("Onderdeel", "Start", "Einde", "Groep"), texts(timeline.select("thead th")));
        assertEquals(List.of("#1 " + SampleDocument.title(1), "1 januari 2026", "5 februari 2027", "korte termijn"), row(timeline, 0));
        assertEquals(List.of("#2 " + SampleDocument.title(2), "1 april 2026", "19 juni 2028", "roadmap"), row(timeline, 1));
        assertTrue(doc.text().contains("En nog 118 acties (zie de tabel)."), "what the timeline leaves out is said");
    }

    @Test
    void tenThousandRowsAreStreamedOnceAndAllWritten() throws Exception {
        int n = 10_000;
        AtomicBoolean iterated = new AtomicBoolean();
        AtomicInteger made = new AtomicInteger();
        Iterable<List<Object>> rows = () -> {
            if (!iterated.compareAndSet(false, true)) {
                throw new IllegalStateException("the rows were iterated twice");
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return made.get() < n;
                }

                @Override
                public List<Object> next() {
                    long i = made.incrementAndGet();
                    return List.of(i, SampleDocument.title(i), SampleDocument.budget(i));
                }
            };
        };
        Table t = new Table("Acties", List.of(Column.of("Actie", ValueType.INTEGER), Column.text("Titel"), Column.of("Budget", ValueType.MONEY)), rows);
        Document doc = html(document("nl", List.of(Section.builder("Alles").table(t).build(), Section.builder("Daarna").paragraph("Het einde.").build())));
        Element table = tableAfter(doc, "Acties");
        assertEquals(n, table.select("tbody tr").size());
        assertEquals(List.of("10.000", SampleDocument.title(n), "€ 10.000.000"), row(table, n - 1));
        assertEquals(List.of("5.000", SampleDocument.title(5000), "€ 5.000.000"), row(table, 4999));
        assertTrue(doc.text().endsWith("Het einde."), "the next section follows the table");
    }

    @Test
    void anEmptyTableSaysSo() throws Exception {
        Document doc = html(document("en", List.of(Section.builder("Empty").table(new Table("Nothing", List.of(Column.text("a")), List.of())).build())));
        assertEquals(List.of("a"), texts(tableAfter(doc, "Nothing").select("thead th")));
        assertTrue(texts(doc.select("p")).contains("None."));
    }

    @Test
    void anInterruptedRenderStopsInTheRows() {
        Table t = new Table("Acties", List.of(Column.text("a")), List.of(List.of("x"), List.of("y")));
        ReportDocument doc = document("nl", List.of(Section.builder("S").table(t).build()));
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> new MarkdownReports().render(doc, OutputStream.nullOutputStream()));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void itWritesUtf8MarkdownAndLeavesTheStreamOpen() throws Exception {
        MarkdownReports format = new MarkdownReports();
        assertEquals("text/markdown; charset=UTF-8", format.mediaType());
        assertEquals("md", format.fileExtension());
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.render(SampleDocument.agenda(3), new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        });
        assertFalse(closed.get(), "out is the caller's to close");
        String markdown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("# Nationale actieagenda NTS01 Optische systemen en geïntegreerde fotonica\n"), markdown);
        assertTrue(markdown.contains("| 1 | Coördinatie pilotlijn fotonica 1 – geïntegreerde chips, € budget | BOM |"), "readable as it is: " + markdown);
        assertTrue(markdown.contains("\n| ---: | --- | --- | --- | --- | ---: | ---: | --- |\n"), "numbers right-aligned: " + markdown);
        assertTrue(markdown.contains("| € 3.000 | 3% | #21 TALENT (uitdaging) |"), "no escape where a cell needs none: " + markdown);
    }
}
