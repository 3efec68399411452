package nl.nts.platform.plugins.reportdocuments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
 * Every report as one HTML page that needs nothing else: styles inline, charts as inline SVG,
 * no script, no outside address; printable (A4, tables repeat their heading on each page).
 * Rows are written as they come.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=report-documents", ReportFormat.FORMAT + "=html"})
public class HtmlReports implements DocumentFormat {

    /** The colours of the series, in order; a series past the last takes the first again. */
    static final String[] PALETTE = {"#1f4e79", "#f2a93b", "#4f9d69", "#b5485d", "#7a6fb0", "#5aa9c9", "#8c8c8c"};

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#1b1b1b;margin:2em auto;max-width:60em;line-height:1.4}
            h1{color:#1f4e79;margin-bottom:.1em}h2{color:#1f4e79;border-bottom:2px solid #1f4e79;margin-top:2em}
            .subtitle{color:#555;margin-top:0}.generated{color:#777;font-size:.85em}
            nav ol{columns:2}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1.5em}dt{color:#555}dd{margin:0;font-weight:600}
            table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.85em}caption{text-align:left;font-weight:600;padding:.3em 0}
            th,td{border:1px solid #ccc;padding:.25em .4em;vertical-align:top}th{background:#e8eef5;text-align:left}
            td.n{text-align:right;white-space:nowrap}tr:nth-child(even) td{background:#f7f9fb}
            figure{margin:1em 0;page-break-inside:avoid}figcaption{font-weight:600}svg text{font-size:11px;fill:#1b1b1b}
            @media print{body{margin:0;max-width:none}h2{page-break-before:auto}thead{display:table-header-group}tr{page-break-inside:avoid}nav{page-break-after:always}}
            @page{size:A4;margin:18mm 15mm}
            """;

    @Override
    public String name() {
        return "HTML (printable page with charts)";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String lang = document.language();
        boolean nl = "nl".equals(lang);
        w.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + esc(document.title()) + "</title><style>" + STYLE
                + "</style></head><body>\n");
        w.write("<header><h1>" + esc(document.title()) + "</h1>");
        if (document.subtitle() != null) {
            w.write("<p class=\"subtitle\">" + esc(document.subtitle()) + "</p>");
        }
        w.write("<p class=\"generated\">" + (nl ? "Gemaakt op " : "Generated on ") + esc(Values.text(ValueType.DATE,
                LocalDate.ofInstant(document.generated(), java.time.ZoneId.of("Europe/Amsterdam")), lang)) + "</p></header>\n");
        w.write("<nav><h2>" + (nl ? "Inhoud" : "Contents") + "</h2><ol>");
        for (int i = 0; i < document.sections().size(); i++) {
            w.write("<li><a href=\"#s" + (i + 1) + "\">" + esc(document.sections().get(i).heading()) + "</a></li>");
        }
        w.write("</ol></nav>\n");
        int n = 0;
        for (Section section : document.sections()) {
            n++;
            w.write("<section id=\"s" + n + "\"><h2>" + n + ". " + esc(section.heading()) + "</h2>\n");
            for (String p : section.paragraphs()) {
                w.write("<p>" + esc(p) + "</p>\n");
            }
            if (!section.facts().isEmpty()) {
                w.write("<dl>");
                for (Fact f : section.facts()) {
                    w.write("<dt>" + esc(f.label()) + "</dt><dd>" + esc(Values.text(f.type(), f.value(), lang)) + "</dd>");
                }
                w.write("</dl>\n");
            }
            for (Chart chart : section.charts()) {
                if (chart instanceof BarChart bars) {
                    bars(bars, lang, w);
                } else if (chart instanceof Timeline timeline) {
                    timeline(timeline, nl, w);
                }
            }
            for (Table table : section.tables()) {
                table(table, lang, w);
            }
            w.write("</section>\n");
        }
        w.write("</body></html>\n");
        w.flush();
    }

    private static void table(Table table, String lang, Writer w) throws IOException {
        w.write("<table><caption>" + esc(table.title()) + "</caption><thead><tr>");
        for (Column c : table.columns()) {
            w.write("<th>" + esc(c.header()) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        int rows = 0;
        for (List<Object> row : table.rows()) {
            if ((++rows & 255) == 0 && Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("the report ran out of time");
            }
            w.write("<tr>");
            for (int i = 0; i < table.columns().size(); i++) {
                ValueType type = table.columns().get(i).type();
                Object value = i < row.size() ? row.get(i) : null;
                w.write(type == ValueType.TEXT || type == ValueType.DATE ? "<td>" : "<td class=\"n\">");
                w.write(esc(Values.text(type, value, lang)));
                w.write("</td>");
            }
            w.write("</tr>\n");
        }
        if (rows == 0) {
            w.write("<tr><td colspan=\"" + table.columns().size() + "\">" + ("nl".equals(lang) ? "Geen." : "None.") + "</td></tr>");
        }
        w.write("</tbody></table>\n");
    }

    private static void bars(BarChart chart, String lang, Writer w) throws IOException {
        int labelWidth = 190;
        int barArea = 420;
        int rowHeight = 22;
        int height = 40 + Math.max(1, chart.bars().size()) * rowHeight + 24;
        BigDecimal max = chart.max();
        w.write("<figure><figcaption>" + esc(chart.title()) + "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"700\" height=\""
                + height + "\" viewBox=\"0 0 700 " + height + "\"><title>" + esc(chart.title()) + "</title>");
        int y = 10;
        for (int s = 0; s < chart.series().size(); s++) {
            int x = labelWidth + s * 110;
            w.write("<rect x=\"" + x + "\" y=\"" + y + "\" width=\"10\" height=\"10\" fill=\"" + PALETTE[s % PALETTE.length] + "\"/><text x=\"" + (x + 14)
                    + "\" y=\"" + (y + 9) + "\">" + esc(chart.series().get(s)) + "</text>");
        }
        y = 34;
        for (BarChart.Bar bar : chart.bars()) {
            // 11 px DejaVu Sans is up to 6.7 px a character: 27 fit the label's column; the whole label is its tooltip
            w.write("<text x=\"" + (labelWidth - 6) + "\" y=\"" + (y + 14) + "\" text-anchor=\"end\"><title>" + esc(bar.label()) + "</title>"
                    + esc(shorten(bar.label(), 27)) + "</text>");
            double x = labelWidth;
            for (int s = 0; s < bar.values().size(); s++) {
                double width = scale(bar.values().get(s), max, barArea);
                if (width > 0) {
                    w.write("<rect x=\"" + fmt(x) + "\" y=\"" + y + "\" width=\"" + fmt(width) + "\" height=\"" + (rowHeight - 6) + "\" fill=\""
                            + PALETTE[s % PALETTE.length] + "\"><title>" + esc(chart.series().get(s) + ": " + Values.text(chart.type(), bar.values().get(s), lang))
                            + "</title></rect>");
                }
                x += width;
            }
            w.write("<text x=\"" + fmt(x + 5) + "\" y=\"" + (y + 14) + "\">" + esc(Values.text(chart.type(), bar.total(), lang)) + "</text>");
            y += rowHeight;
        }
        w.write("</svg></figure>\n");
    }

    private static void timeline(Timeline chart, boolean nl, Writer w) throws IOException {
        LocalDate first = chart.first();
        LocalDate last = chart.last();
        if (first == null) {
            return;
        }
        int labelWidth = 250;
        int area = 420;
        int rowHeight = 16;
        int height = 30 + chart.spans().size() * rowHeight + 20;
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        w.write("<figure><figcaption>" + esc(chart.title()) + "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"700\" height=\"" + height
                + "\" viewBox=\"0 0 700 " + height + "\"><title>" + esc(chart.title()) + "</title>");
        for (int year = first.getYear(); year <= last.getYear() + 1; year++) {
            LocalDate jan = LocalDate.of(year, 1, 1);
            if (!jan.isBefore(first) && !jan.isAfter(last)) {
                double x = labelWidth + ChronoUnit.DAYS.between(first, jan) / days * area;
                w.write("<line x1=\"" + fmt(x) + "\" y1=\"18\" x2=\"" + fmt(x) + "\" y2=\"" + (height - 10) + "\" stroke=\"#ccc\"/><text x=\"" + fmt(x + 2)
                        + "\" y=\"14\">" + year + "</text>");
            }
        }
        int y = 24;
        java.util.Map<String, Integer> groups = new java.util.LinkedHashMap<>();
        for (Timeline.Span span : chart.spans()) {
            int colour = groups.computeIfAbsent(span.group() == null ? "" : span.group(), g -> groups.size());
            double x = labelWidth + ChronoUnit.DAYS.between(first, span.start()) / days * area;
            double width = Math.max(2, ChronoUnit.DAYS.between(span.start(), span.end()) / days * area);
            w.write("<text x=\"" + (labelWidth - 6) + "\" y=\"" + (y + 11) + "\" text-anchor=\"end\"><title>" + esc(span.label()) + "</title>" + esc(shorten(span.label(), 36)) + "</text><rect x=\""
                    + fmt(x) + "\" y=\"" + y + "\" width=\"" + fmt(width) + "\" height=\"" + (rowHeight - 4) + "\" fill=\"" + PALETTE[colour % PALETTE.length]
                    + "\"><title>" + esc(span.label() + ": " + span.start() + " – " + span.end()) + "</title></rect>");
            y += rowHeight;
        }
        w.write("</svg>");
        if (chart.omitted() > 0) {
            w.write("<p>" + (nl ? "En nog " + chart.omitted() + " acties (zie de tabel)." : "And " + chart.omitted() + " more actions (see the table).") + "</p>");
        }
        w.write("</figure>\n");
    }

    private static double scale(BigDecimal value, BigDecimal max, int area) {
        if (value == null || max.signum() <= 0) {
            return 0;
        }
        return value.divide(max, 6, RoundingMode.HALF_UP).doubleValue() * area;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
