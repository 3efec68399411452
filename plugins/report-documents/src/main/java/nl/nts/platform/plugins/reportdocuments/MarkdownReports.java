package nl.nts.platform.plugins.reportdocuments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.report.BarChart;
import nl.nts.platform.api.report.Chart;
import nl.nts.platform.api.report.Column;
import nl.nts.platform.api.report.DocumentFormat;
import nl.nts.platform.api.report.Fact;
import nl.nts.platform.api.report.ReportDocument;
import nl.nts.platform.api.report.Section;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.report.ValueType;
import nl.nts.platform.api.report.Values;

/**
 * Every report as Markdown (CommonMark with GitHub's pipe tables): the title as {@code #}, the
 * subtitle and the day it was made, a list of contents linking to the sections' headings
 * (GitHub's anchors) when there are several, each section as a numbered {@code ##}, its
 * paragraphs, its facts as a two-column table and its tables as pipe tables with numbers
 * right-aligned, values written as {@link Values} writes them in the report's language. Markdown
 * cannot draw, so a chart is its values as a table under the chart's title: a bar chart one row a
 * bar, one column a series and the total; a timeline one row a span (start, end, group).
 *
 * <p>All text of the report is escaped so that a Markdown reader shows exactly that text: no
 * emphasis, link, code, raw HTML, autolink or block (list, heading, quote, table) comes from it.
 * A line break inside a cell, heading or label becomes a space; inside a paragraph a hard line
 * break. Rows are written as they come.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=report-documents", ReportFormat.FORMAT + "=md"})
public class MarkdownReports implements DocumentFormat {

    @Override
    public String name() {
        return "Markdown (CommonMark with tables)";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String lang = document.language();
        boolean nl = "nl".equals(lang);
        List<Section> sections = document.sections();
        boolean contents = sections.size() > 1;
        List<String> anchors = anchors(document, contents, nl);

        w.write("# " + inline(document.title()) + "\n\n");
        if (document.subtitle() != null && !document.subtitle().isBlank()) {
            w.write(paragraph(document.subtitle()) + "\n\n");
        }
        w.write(paragraph((nl ? "Gemaakt op " : "Generated on ")
                + Values.text(ValueType.DATE, LocalDate.ofInstant(document.generated(), ZoneId.of("Europe/Amsterdam")), lang)) + "\n\n");
        if (contents) {
            w.write("## " + (nl ? "Inhoud" : "Contents") + "\n\n");
            for (int i = 0; i < sections.size(); i++) {
                w.write((i + 1) + ". [" + inline(sections.get(i).heading()) + "](#" + anchors.get(i) + ")\n");
            }
            w.write("\n");
        }
        int n = 0;
        for (Section section : sections) {
            n++;
            w.write("## " + n + ". " + inline(section.heading()) + "\n\n");
            for (String p : section.paragraphs()) {
                String text = paragraph(p);
                if (!text.isEmpty()) {
                    w.write(text + "\n\n");
                }
            }
            if (!section.facts().isEmpty()) {
                w.write("| " + (nl ? "Gegeven" : "Fact") + " | " + (nl ? "Waarde" : "Value") + " |\n| --- | --- |\n");
                for (Fact f : section.facts()) {
                    w.write("| " + inline(f.label()) + " | " + inline(Values.text(f.type(), f.value(), lang)) + " |\n");
                }
                w.write("\n");
            }
            for (Chart chart : section.charts()) {
                w.write("### " + inline(chart.title()) + "\n\n");
                if (chart instanceof BarChart bars) {
                    bars(bars, lang, w);
                } else if (chart instanceof Timeline timeline) {
                    timeline(timeline, lang, w);
                }
            }
            for (Table table : section.tables()) {
                table(table, lang, w);
            }
        }
        w.flush();
    }

    private static void table(Table table, String lang, Writer w) throws IOException {
        w.write("### " + inline(table.title()) + "\n\n");
        List<Column> columns = table.columns();
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (Column c : columns) {
            head.append(' ').append(inline(c.header())).append(" |");
            rule.append(numeric(c.type()) ? " ---: |" : " --- |");
        }
        w.write(head + "\n" + rule + "\n");
        long rows = 0;
        StringBuilder line = new StringBuilder(256);
        for (List<Object> row : table.rows()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("the report ran out of time");
            }
            rows++;
            line.setLength(0);
            line.append('|');
            for (int i = 0; i < columns.size(); i++) {
                Object value = row != null && i < row.size() ? row.get(i) : null;
                line.append(' ').append(inline(Values.text(columns.get(i).type(), value, lang))).append(" |");
            }
            line.append('\n');
            w.write(line.toString());
        }
        w.write("\n");
        if (rows == 0) {
            w.write(("nl".equals(lang) ? "Geen." : "None.") + "\n\n");
        }
    }

    private static void bars(BarChart chart, String lang, Writer w) throws IOException {
        if (chart.bars().isEmpty()) {
            w.write(("nl".equals(lang) ? "Geen." : "None.") + "\n\n");
            return;
        }
        boolean nl = "nl".equals(lang);
        StringBuilder b = new StringBuilder("| ").append(nl ? "Categorie" : "Category").append(" |");
        for (String series : chart.series()) {
            b.append(' ').append(inline(series)).append(" |");
        }
        b.append(' ').append(nl ? "Totaal" : "Total").append(" |\n| --- |");
        b.append(" ---: |".repeat(chart.series().size() + 1)).append('\n');
        for (BarChart.Bar bar : chart.bars()) {
            b.append("| ").append(inline(bar.label())).append(" |");
            for (BigDecimal value : bar.values()) {
                b.append(' ').append(inline(Values.text(chart.type(), value, lang))).append(" |");
            }
            b.append(' ').append(inline(Values.text(chart.type(), bar.total(), lang))).append(" |\n");
        }
        w.write(b.append('\n').toString());
    }

    private static void timeline(Timeline chart, String lang, Writer w) throws IOException {
        boolean nl = "nl".equals(lang);
        if (!chart.spans().isEmpty()) {
            StringBuilder b = new StringBuilder(nl ? "| Onderdeel | Start | Einde | Groep |\n" : "| Item | Start | End | Group |\n");
            b.append("| --- | --- | --- | --- |\n");
            for (Timeline.Span span : chart.spans()) {
                b.append("| ").append(inline(span.label())).append(" | ").append(inline(Values.text(ValueType.DATE, span.start(), lang))).append(" | ")
                        .append(inline(Values.text(ValueType.DATE, span.end(), lang))).append(" | ").append(inline(span.group())).append(" |\n");
            }
            w.write(b.append('\n').toString());
        } else if (chart.omitted() == 0) {
            w.write((nl ? "Geen." : "None.") + "\n\n");
        }
        if (chart.omitted() > 0) {
            w.write((nl ? "En nog " + chart.omitted() + " acties (zie de tabel)." : "And " + chart.omitted() + " more actions (see the table).") + "\n\n");
        }
    }

    private static boolean numeric(ValueType type) {
        return type != ValueType.TEXT && type != ValueType.DATE;
    }

    /**
     * The anchors of the sections' headings as GitHub makes them: every heading of the document
     * counts, in order, so a heading met again gets {@code -1}, {@code -2}.
     */
    static List<String> anchors(ReportDocument document, boolean contents, boolean nl) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> sections = new ArrayList<>();
        anchor(plain(document.title()), seen);
        if (contents) {
            anchor(nl ? "Inhoud" : "Contents", seen);
        }
        int n = 0;
        for (Section section : document.sections()) {
            n++;
            sections.add(anchor(n + ". " + plain(section.heading()), seen));
            for (Chart chart : section.charts()) {
                anchor(plain(chart.title()), seen);
            }
            for (Table table : section.tables()) {
                anchor(plain(table.title()), seen);
            }
        }
        return sections;
    }

    private static String anchor(String heading, Map<String, Integer> seen) {
        String slug = slug(heading);
        String result = slug;
        while (seen.containsKey(result)) {
            int count = seen.merge(slug, 1, Integer::sum);
            result = slug + "-" + count;
        }
        seen.putIfAbsent(result, 0);
        return result;
    }

    /** GitHub's anchor of a heading's text: lower case, letters, digits, marks, {@code _} and {@code -} kept, a space a hyphen. */
    static String slug(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                b.append('-');
            } else if (cp == '-' || Character.isLetter(cp) || Character.isDigit(cp) || isKeptOther(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean isKeptOther(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.LETTER_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    /** @return the text as a reader sees it on one line: line breaks and the space around them one space, trimmed */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        // most cells hold no line break: no regex for them (a table of 10,000 rows has 140,000 cells)
        return stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0 ? stripped : LINE_BREAK.matcher(stripped).replaceAll(" ");
    }

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*(\\r\\n|\\r|\\n)\\s*");

    /**
     * @return the text for one line of Markdown (a cell, heading, label): escaped, line breaks a
     *         space
     */
    static String inline(String text) {
        return escape(plain(text), false);
    }

    /**
     * @return the text as the content of a paragraph: escaped, each line break a hard line break
     *         (empty lines left out), so the paragraph stays one
     */
    static String paragraph(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (String line : text.split("\\r\\n|\\r|\\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append("\\\n");
                }
                b.append(escape(stripped, true));
            }
        }
        return b.toString();
    }

    /**
     * Escapes one line of text (no line breaks, no space at either end) so that CommonMark and
     * GitHub read it as exactly that text, where a line of a paragraph ({@code lineStart}) or
     * inline content (a cell, a heading's text, a link's text) stands. Always escaped, wherever they stand: {@code \ ` * _ [ ] < > & | ~ $ @}
     * (escapes, code, emphasis, links and images, raw HTML and autolinks, entities, table cells,
     * strikethrough, GitHub's math, e-mail autolinks). At the start of a paragraph's line what
     * would open a block: {@code # - + =} and the {@code .} or {@code )} after leading digits (an ordered
     * list). A {@code #} in a run ending the line (a heading's closing sequence), a {@code :} not
     * followed by a space (URL autolinks, emoji codes) and the {@code .} of {@code www.} (GitHub's
     * www autolinks). Other characters stay as they are, so the text stays readable.
     */
    static String escape(String line, boolean lineStart) {
        StringBuilder b = new StringBuilder(line.length() + 8);
        int n = line.length();
        int digits = 0;
        while (digits < n && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            boolean escape = switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '$', '@' -> true;
                case '-', '+', '=' -> lineStart && i == 0;
                case '#' -> (lineStart && i == 0) || line.substring(i).chars().allMatch(ch -> ch == '#' || Character.isWhitespace(ch));
                case '.' -> (lineStart && i > 0 && i == digits) || (i >= 3 && line.regionMatches(true, i - 3, "www", 0, 3));
                case ')' -> lineStart && i > 0 && i == digits;
                case ':' -> i + 1 < n && !Character.isWhitespace(line.charAt(i + 1));
                default -> false;
            };
            if (escape) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
