package nl.nts.platform.plugins.reportdocuments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.report.BarChart;
import nl.nts.platform.api.report.Chart;
import nl.nts.platform.api.report.DocumentFormat;
import nl.nts.platform.api.report.ReportDocument;
import nl.nts.platform.api.report.Section;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.report.ValueType;
import nl.nts.platform.api.report.Values;

/**
 * Every report as a PDF (Apache PDFBox 3): A4 landscape, DejaVu Sans embedded (so ë, ï, € and
 * the rest of Dutch print as written), charts drawn as vector graphics, tables that carry their
 * heading onto each page, page numbers, bookmarks, and a table of contents for a report of more
 * than {@value #CONTENTS_FROM_PAGES} pages. Page contents go to a scratch file as they are
 * written, so a long agenda does not sit in memory.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=report-documents", ReportFormat.FORMAT + "=pdf"})
public class PdfReports implements DocumentFormat {

    /** A report longer than this gets a table of contents after its first page. */
    static final int CONTENTS_FROM_PAGES = 3;

    @Override
    public String name() {
        return "PDF (print, with charts)";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font regular = font(pdf, "fonts/DejaVuSans.ttf");
            PDType0Font bold = font(pdf, "fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setSubject(document.subtitle());
            info.setCreator("nts-platform");
            boolean nl = "nl".equals(document.language());
            PdfLayout layout = new PdfLayout(pdf, regular, bold, document.language());
            layout.title(document.title(), document.subtitle(), (nl ? "Gemaakt op " : "Generated on ")
                    + Values.text(ValueType.DATE,
                            java.time.LocalDate.ofInstant(document.generated(), java.time.ZoneId.of("Europe/Amsterdam")), document.language()));
            int n = 0;
            for (Section section : document.sections()) {
                n++;
                layout.heading(n + ". " + section.heading());
                for (String p : section.paragraphs()) {
                    layout.paragraph(p);
                }
                if (!section.facts().isEmpty()) {
                    layout.facts(section.facts().stream().map(f -> new String[] {f.label(), Values.text(f.type(), f.value(), document.language())}).toList());
                }
                for (Chart chart : section.charts()) {
                    if (chart instanceof BarChart bars) {
                        layout.bars(bars);
                    } else if (chart instanceof Timeline timeline) {
                        layout.timeline(timeline, nl);
                    }
                }
                for (Table table : section.tables()) {
                    layout.table(table);
                }
            }
            layout.finish(nl ? "Inhoud" : "Contents", CONTENTS_FROM_PAGES, (page, pages) -> (nl ? "Pagina " : "Page ") + page + (nl ? " van " : " of ") + pages,
                    document.title());
            pdf.save(out);
        }
    }

    private static PDType0Font font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = PdfReports.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the bundle");
            }
            return PDType0Font.load(pdf, in, true);
        }
    }
}
