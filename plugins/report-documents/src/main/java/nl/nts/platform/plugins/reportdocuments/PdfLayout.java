package nl.nts.platform.plugins.reportdocuments;

import java.awt.Color;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import nl.nts.platform.api.report.BarChart;
import nl.nts.platform.api.report.Column;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.report.ValueType;
import nl.nts.platform.api.report.Values;

/** Lays a report out on A4 landscape pages, top to bottom, opening a page when the current one is full. */
final class PdfLayout {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float BOTTOM = 50;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
    private static final Color BLUE = new Color(0x1f, 0x4e, 0x79);
    private static final Color GRID = new Color(0xcc, 0xcc, 0xcc);
    private static final Color HEAD = new Color(0xe8, 0xee, 0xf5);
    /** A table cell shows at most this many lines; the rest is cut with an ellipsis. */
    private static final int CELL_LINES = 6;
    /** How many first rows of a table set its column widths. */
    private static final int SAMPLE_ROWS = 50;
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");

    private final PDDocument pdf;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String language;
    private final List<Object[]> headings = new ArrayList<>();
    private final PdfCanvas.Glyphs regularGlyphs;
    private final PdfCanvas.Glyphs boldGlyphs;
    private final float[] regularAdvances = unknownAdvances();
    private final float[] boldAdvances = unknownAdvances();
    private PdfCanvas content;
    private PDType0Font currentFont;
    private float currentSize;
    private Color currentColour;
    private PDPage page;
    private float y;

    PdfLayout(PDDocument pdf, PDType0Font regular, PDType0Font bold, String language) throws IOException {
        this.pdf = pdf;
        this.regular = regular;
        this.bold = bold;
        this.language = language;
        this.regularGlyphs = new PdfCanvas.Glyphs(regular);
        this.boldGlyphs = new PdfCanvas.Glyphs(bold);
        newPage();
    }

    void title(String title, String subtitle, String generated) throws IOException {
        for (String line : wrap(title, bold, 20, WIDTH)) {
            text(line, bold, 20, MARGIN, y - 20, BLUE);
            y -= 26;
        }
        if (subtitle != null) {
            for (String line : wrap(subtitle, regular, 11, WIDTH)) {
                text(line, regular, 11, MARGIN, y - 12, INK);
                y -= 15;
            }
        }
        text(generated, regular, 9, MARGIN, y - 12, Color.GRAY);
        y -= 24;
    }

    void heading(String heading) throws IOException {
        ensure(60);
        y -= 10;
        text(heading, bold, 14, MARGIN, y - 14, BLUE);
        content.setStrokingColor(BLUE);
        content.setLineWidth(1.2f);
        line(MARGIN, y - 19, MARGIN + WIDTH, y - 19);
        headings.add(new Object[] {heading, page});
        y -= 28;
    }

    void paragraph(String text) throws IOException {
        for (String line : wrap(text, regular, 10, WIDTH)) {
            ensure(14);
            text(line, regular, 10, MARGIN, y - 10, INK);
            y -= 13;
        }
        y -= 6;
    }

    void facts(List<String[]> facts) throws IOException {
        float labelWidth = 0;
        for (String[] f : facts) {
            labelWidth = Math.max(labelWidth, width(f[0], regular, 10));
        }
        labelWidth = Math.min(labelWidth + 16, WIDTH / 2);
        for (String[] f : facts) {
            List<String> values = wrap(f[1], bold, 10, WIDTH - labelWidth);
            ensure(13 * values.size() + 2);
            text(fit(f[0], regular, 10, labelWidth - 8), regular, 10, MARGIN, y - 10, Color.DARK_GRAY);
            for (String v : values) {
                text(v, bold, 10, MARGIN + labelWidth, y - 10, INK);
                y -= 13;
            }
        }
        y -= 8;
    }

    void bars(BarChart chart) throws IOException {
        float rowHeight = 16;
        float height = 36 + Math.max(1, chart.bars().size()) * rowHeight;
        ensure(Math.min(height, PAGE.getHeight() - 2 * MARGIN));
        text(chart.title(), bold, 11, MARGIN, y - 11, INK);
        y -= 18;
        float labelWidth = 170;
        float area = WIDTH - labelWidth - 120;
        float x0 = MARGIN + labelWidth;
        for (int s = 0; s < chart.series().size(); s++) {
            float x = x0 + s * 120;
            fill(colour(s));
            content.addRect(x, y - 9, 9, 9);
            content.fill();
            text(fit(chart.series().get(s), regular, 9, 105), regular, 9, x + 13, y - 8, INK);
        }
        y -= 16;
        BigDecimal max = chart.max();
        for (BarChart.Bar bar : chart.bars()) {
            ensure(rowHeight);
            text(fit(bar.label(), regular, 9, labelWidth - 8), regular, 9, MARGIN, y - 11, INK);
            float x = x0;
            for (int s = 0; s < bar.values().size(); s++) {
                float w = scale(bar.values().get(s), max, area);
                if (w > 0) {
                    fill(colour(s));
                    content.addRect(x, y - rowHeight + 3, w, rowHeight - 5);
                    content.fill();
                }
                x += w;
            }
            text(Values.text(chart.type(), bar.total(), language), regular, 9, x + 4, y - 11, INK);
            y -= rowHeight;
        }
        y -= 10;
    }

    void timeline(Timeline chart, boolean nl) throws IOException {
        LocalDate first = chart.first();
        if (first == null) {
            return;
        }
        LocalDate last = chart.last();
        float rowHeight = 12;
        ensure(Math.min(40 + chart.spans().size() * rowHeight, PAGE.getHeight() - 2 * MARGIN));
        text(chart.title(), bold, 11, MARGIN, y - 11, INK);
        y -= 26;
        float labelWidth = 250;
        float area = WIDTH - labelWidth - 10;
        float x0 = MARGIN + labelWidth;
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        float top = y;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate jan = LocalDate.of(year, 1, 1);
            if (!jan.isBefore(first)) {
                float x = (float) (x0 + ChronoUnit.DAYS.between(first, jan) / days * area);
                text(String.valueOf(year), regular, 8, x + 2, top + 3, Color.GRAY);
            }
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Timeline.Span span : chart.spans()) {
            if (y - rowHeight < BOTTOM) {
                newPage();
                top = y;
            }
            int colour = groups.computeIfAbsent(span.group() == null ? "" : span.group(), g -> groups.size());
            float x = (float) (x0 + ChronoUnit.DAYS.between(first, span.start()) / days * area);
            float w = (float) Math.max(2, ChronoUnit.DAYS.between(span.start(), span.end()) / days * area);
            text(fit(span.label(), regular, 8, labelWidth - 8), regular, 8, MARGIN, y - 9, INK);
            fill(colour(colour));
            content.addRect(x, y - rowHeight + 2, w, rowHeight - 4);
            content.fill();
            y -= rowHeight;
        }
        content.setStrokingColor(GRID);
        content.setLineWidth(0.5f);
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate jan = LocalDate.of(year, 1, 1);
            if (!jan.isBefore(first)) {
                float x = (float) (x0 + ChronoUnit.DAYS.between(first, jan) / days * area);
                line(x, Math.min(top, PAGE.getHeight() - MARGIN), x, y);
            }
        }
        float lx = x0;
        for (Map.Entry<String, Integer> g : groups.entrySet()) {
            fill(colour(g.getValue()));
            content.addRect(lx, y - 11, 8, 8);
            content.fill();
            text(g.getKey(), regular, 8, lx + 11, y - 10, INK);
            lx += 20 + width(g.getKey(), regular, 8);
        }
        y -= 16;
        if (chart.omitted() > 0) {
            paragraph(nl ? "En nog " + chart.omitted() + " acties (zie de tabel)." : "And " + chart.omitted() + " more actions (see the table).");
        }
        y -= 6;
    }

    void table(Table table) throws IOException {
        List<Column> columns = table.columns();
        float size = columns.size() > 10 ? 6.5f : columns.size() > 6 ? 7.5f : 8.5f;
        float leading = size + 2.5f;
        // the widths follow the first rows, held meanwhile: a bounded look-ahead keeps the table streaming
        java.util.Iterator<List<Object>> source = table.rows().iterator();
        List<List<Object>> sample = new ArrayList<>();
        while (sample.size() < SAMPLE_ROWS && source.hasNext()) {
            sample.add(source.next());
        }
        float[] widths = widths(columns, size, sample);
        ensure(leading * 4 + 20);
        text(table.title(), bold, 10, MARGIN, y - 10, INK);
        y -= 16;
        header(columns, widths, size, leading);
        int rows = 0;
        java.util.Iterator<List<Object>> sampled = sample.iterator();
        while (sampled.hasNext() || source.hasNext()) {
            List<Object> row = sampled.hasNext() ? sampled.next() : source.next();
            if ((++rows & 63) == 0 && Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("the report ran out of time");
            }
            List<List<String>> cells = new ArrayList<>(columns.size());
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                ValueType type = columns.get(i).type();
                String text = Values.text(type, i < row.size() ? row.get(i) : null, language);
                List<String> wrapped = wrap(text, regular, size, widths[i] - 4);
                if (wrapped.size() > CELL_LINES) {
                    wrapped = new ArrayList<>(wrapped.subList(0, CELL_LINES));
                    wrapped.set(CELL_LINES - 1, fit(wrapped.get(CELL_LINES - 1) + "…", regular, size, widths[i] - 4));
                }
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * leading + 3;
            if (y - height < BOTTOM) {
                newPage();
                header(columns, widths, size, leading);
            }
            if ((rows & 1) == 0) {
                fill(new Color(0xf7, 0xf9, 0xfb));
                content.addRect(MARGIN, y - height, WIDTH, height);
                content.fill();
            }
            float x = MARGIN;
            for (int i = 0; i < columns.size(); i++) {
                boolean right = columns.get(i).type() != ValueType.TEXT && columns.get(i).type() != ValueType.DATE;
                float ly = y - size - 1;
                for (String line : cells.get(i)) {
                    float tx = right ? x + widths[i] - 2 - width(line, regular, size) : x + 2;
                    text(line, regular, size, tx, ly, INK);
                    ly -= leading;
                }
                x += widths[i];
            }
            content.setStrokingColor(GRID);
            content.setLineWidth(0.3f);
            line(MARGIN, y - height, MARGIN + WIDTH, y - height);
            y -= height;
        }
        if (rows == 0) {
            text("nl".equals(language) ? "Geen." : "None.", regular, size, MARGIN + 2, y - size - 1, Color.GRAY);
            y -= leading + 3;
        }
        y -= 12;
    }

    /**
     * Page numbers on every page, bookmarks for the sections, and for a long report a table of
     * contents after the first page.
     */
    void finish(String contentsTitle, int contentsFromPages, BiFunction<Integer, Integer, String> pageLabel, String footer) throws IOException {
        content.close();
        boolean contents = pdf.getNumberOfPages() > contentsFromPages;
        if (contents) {
            PDPage toc = new PDPage(PAGE);
            pdf.getPages().insertAfter(toc, pdf.getPage(0));
            try (PdfCanvas c = new PdfCanvas(pdf, toc, false)) {
                use(c);
                float ty = PAGE.getHeight() - MARGIN;
                text(contentsTitle, bold, 16, MARGIN, ty - 16, BLUE);
                ty -= 34;
                for (Object[] h : headings) {
                    int number = pdf.getPages().indexOf((PDPage) h[1]) + 1;
                    String label = fit((String) h[0], regular, 11, WIDTH - 60);
                    text(label, regular, 11, MARGIN, ty - 11, INK);
                    String n = String.valueOf(number);
                    text(n, regular, 11, MARGIN + WIDTH - width(n, regular, 11), ty - 11, INK);
                    ty -= 17;
                    if (ty < BOTTOM) {
                        break;
                    }
                }
            }
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        pdf.getDocumentCatalog().setDocumentOutline(outline);
        for (Object[] h : headings) {
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage((PDPage) h[1]);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle((String) h[0]);
            item.setDestination(destination);
            outline.addLast(item);
        }
        int pages = pdf.getNumberOfPages();
        String foot = fit(footer, regular, 8, WIDTH - 120);
        int number = 0;
        // the page tree walked once: getPage(i) walks it from the root each time
        for (PDPage each : pdf.getPages()) {
            number++;
            try (PdfCanvas c = new PdfCanvas(pdf, each, true)) {
                use(c);
                String label = pageLabel.apply(number, pages);
                text(foot, regular, 8, MARGIN, 24, Color.GRAY);
                text(label, regular, 8, MARGIN + WIDTH - width(label, regular, 8), 24, Color.GRAY);
            }
        }
        content = null;
    }

    private void header(List<Column> columns, float[] widths, float size, float leading) throws IOException {
        int lines = 1;
        List<List<String>> heads = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<String> h = wrap(columns.get(i).header(), bold, size, widths[i] - 4);
            heads.add(h);
            lines = Math.max(lines, h.size());
        }
        float height = lines * leading + 4;
        fill(HEAD);
        content.addRect(MARGIN, y - height, WIDTH, height);
        content.fill();
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            float ly = y - size - 1;
            for (String line : heads.get(i)) {
                text(line, bold, size, x + 2, ly, INK);
                ly -= leading;
            }
            x += widths[i];
        }
        y -= height;
    }

    /**
     * Numbers and dates take what their values need; text columns share the rest by how wide
     * their text runs in the sample (the longest word always fits, a long text is capped).
     */
    private float[] widths(List<Column> columns, float size, List<List<Object>> sample) throws IOException {
        float[] widths = new float[columns.size()];
        float[] weight = new float[columns.size()];
        float fixed = 0;
        float weights = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.type() == ValueType.TEXT) {
                float longestWord = 0;
                float longest = width(c.header(), bold, size) / 2;
                for (List<Object> row : sample) {
                    String text = i < row.size() && row.get(i) != null ? String.valueOf(row.get(i)) : "";
                    longest = Math.max(longest, Math.min(width(text, regular, size), 260));
                    for (String word : text.split("\\s+")) {
                        longestWord = Math.max(longestWord, width(word, regular, size));
                    }
                }
                weight[i] = Math.max(Math.max(longest, longestWord + 6), 24);
                weights += weight[i];
            } else {
                float need = c.type() == ValueType.MONEY ? width("€ 00.000.000", regular, size) : c.type() == ValueType.DATE ? width("30 september 2026", regular, size)
                        : width("000.000", regular, size);
                widths[i] = Math.max(need, Math.min(width(c.header(), bold, size), need * 1.6f)) + 6;
                fixed += widths[i];
            }
        }
        float left = Math.max(WIDTH - fixed, 60);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == ValueType.TEXT) {
                widths[i] = left * weight[i] / weights;
            }
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = widths[i] * WIDTH / total;
        }
        return widths;
    }

    private static float[] unknownAdvances() {
        float[] advances = new float[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(advances, -1);
        return advances;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PAGE);
        pdf.addPage(page);
        use(new PdfCanvas(pdf, page, false));
        y = PAGE.getHeight() - MARGIN;
    }

    private void text(String text, PDType0Font font, float size, float x, float y, Color colour) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        content.beginText();
        // font and colour stay set across text objects: said again only when they change (a table sets them once a page)
        if (font != currentFont || size != currentSize) {
            content.setFont(font, size);
            currentFont = font;
            currentSize = size;
        }
        fill(colour);
        content.newLineAtOffset(x, y);
        content.showText(printable(text, font), font == bold ? boldGlyphs : regularGlyphs);
        content.endText();
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    private void fill(Color colour) throws IOException {
        if (!colour.equals(currentColour)) {
            content.setNonStrokingColor(colour);
            currentColour = colour;
        }
    }

    /** A new content stream starts with no font and the default colour. */
    private void use(PdfCanvas stream) {
        content = stream;
        currentFont = null;
        currentColour = null;
    }

    private static Color colour(int index) {
        return Color.decode(HtmlReports.PALETTE[index % HtmlReports.PALETTE.length]);
    }

    private static float scale(BigDecimal value, BigDecimal max, float area) {
        if (value == null || max.signum() <= 0) {
            return 0;
        }
        return value.divide(max, 6, RoundingMode.HALF_UP).floatValue() * area;
    }

    /** The text's width: the sum of its characters' advances, each asked of the font once (PDFBox sets no kerning). */
    private float width(String text, PDType0Font font, float size) throws IOException {
        float[] advances = font == bold ? boldAdvances : regularAdvances;
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float a = advances[c];
            if (a < 0) {
                String one = Character.isSurrogate(c) ? "?" : String.valueOf(c);
                a = font.getStringWidth(printable(one, font));
                advances[c] = a;
            }
            units += a;
        }
        return units / 1000 * size;
    }

    /** The text with what the font cannot show (a control character, a glyph it lacks) as '?'. */
    private String printable(String text, PDType0Font font) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp >= 0x20 && cp < 0x7f || !Character.isISOControl(cp) && canShow(font, cp);
            if (!ok && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append(Character.isWhitespace(cp) ? ' ' : '?');
                }
            }
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private boolean canShow(PDType0Font font, int codePoint) {
        return (font == bold ? boldGlyphs : regularGlyphs).canShow(codePoint);
    }

    private String fit(String text, PDType0Font font, float size, float max) throws IOException {
        if (text == null) {
            return "";
        }
        if (width(text, font, size) <= max) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "…", font, size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** Whether the text holds a line break ({@code \\R}: LF, CR, VT, FF, NEL, LS, PS). */
    private static boolean breaksLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0a && c <= 0x0d || c == 0x85 || c == 0x2028 || c == 0x2029) {
                return true;
            }
        }
        return false;
    }

    /** Words to lines no wider than {@code max}; a word too long for a line is broken. */
    private List<String> wrap(String text, PDType0Font font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        if (!breaksLine(text) && width(text, font, size) <= max) {
            // most cells: one short line, measured once
            lines.add(text);
            return lines;
        }
        float space = width(" ", font, size);
        for (String paragraph : LINE_BREAK.split(text)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                float w = width(word, font, size);
                if (line.isEmpty() ? w <= max : lineWidth + space + w <= max) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                        lineWidth += space;
                    }
                    line.append(word);
                    lineWidth += w;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (w > max && word.length() > 1) {
                    int cut = 1;
                    while (cut < word.length() - 1 && width(word.substring(0, cut + 1), font, size) <= max) {
                        cut++;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w = width(word, font, size);
                }
                line.append(word);
                lineWidth = w;
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
