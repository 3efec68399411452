import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.BarChart;
import nl.nts.platform.api.report.Column;
import nl.nts.platform.api.report.DocumentFormat;
import nl.nts.platform.api.report.ReportDocument;
import nl.nts.platform.api.report.ReportOptions;
import nl.nts.platform.api.report.Section;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.report.ValueType;

/**
 * One report format rendering a national agenda of N actions, in a JVM of its own: prints
 * "FORMAT N MILLIS PEAK_HEAP_MB BYTES". The actions are held in memory, as the core holds an
 * agenda it read; the CSV format gets them as the records (Report.AgendaReport), the document
 * formats as the agenda's table (a view over the same records, rows made while iterated). The
 * time is the median of 3 renders after one warm-up; the peak heap is that of the heap pools
 * during the first measured render, counted from a collected heap holding only the actions.
 * Usage (bench/reports.sh sets the class path): java -cp ... ReportFormats.java pdf 10000
 */
public class ReportFormats {

    public static void main(String[] args) throws Exception {
        String format = args[0];
        int n = Integer.parseInt(args[1]);
        List<Action> actions = actions(n);
        Runnable render = renderer(format, actions);
        render.run();
        System.gc();
        long base = heapUsed();
        resetPeaks();
        long[] times = new long[3];
        long peak = 0;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            render.run();
            times[i] = System.nanoTime() - start;
            if (i == 0) {
                peak = heapPeak() - base;
            }
        }
        Arrays.sort(times);
        System.out.printf("%s %d %d %.1f %d%n", format, n, times[1] / 1_000_000, Math.max(0, peak) / 1048576.0, COUNT.bytes);
    }

    static final Counting COUNT = new Counting();

    static Runnable renderer(String format, List<Action> actions) throws Exception {
        if (format.equals("csv")) {
            ReportFormat csv = (ReportFormat) Class.forName("nl.nts.platform.plugins.reportcsv.CsvReports").getConstructor().newInstance();
            List<Agenda.Entry> entries = actions.stream().map(a -> new Agenda.Entry(a, "Plan " + a.plan(), "VC" + (a.plan() % 14 + 1))).toList();
            Agenda agenda = new Agenda(new KeyTechnology("NTS01", "Optical systems and integrated photonics", "Optische systemen en geïntegreerde fotonica"),
                    "KIA", entries, new Agenda.Totals(actions.size(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, java.util.Map.of(), java.util.Map.of(),
                            java.util.Map.of()), null);
            return () -> run(() -> csv.render(new Report.AgendaReport(agenda), COUNT.reset()));
        }
        String type = switch (format) {
            case "pdf" -> "PdfReports";
            case "xlsx" -> "XlsxReports";
            case "html" -> "HtmlReports";
            case "md" -> "MarkdownReports";
            default -> throw new IllegalArgumentException("no format " + format);
        };
        DocumentFormat documents = (DocumentFormat) Class.forName("nl.nts.platform.plugins.reportdocuments." + type).getConstructor().newInstance();
        return () -> run(() -> documents.render(document(actions), COUNT.reset()));
    }

    /** The agenda's content the way the core builds it: a summary with charts, then the actions' table. */
    static ReportDocument document(List<Action> actions) {
        List<Column> columns = List.of(Column.text("Value chain"), Column.text("ROM"), Column.text("Plan"), Column.of("Action", ValueType.INTEGER),
                Column.text("Title"), Column.text("Status"), Column.of("Start", ValueType.DATE), Column.of("End", ValueType.DATE),
                Column.of("Budget", ValueType.MONEY), Column.of("Public", ValueType.MONEY), Column.of("Private", ValueType.MONEY),
                Column.text("Funding source"), Column.of("Progress %", ValueType.PERCENT), Column.text("KPIs met"));
        Table table = new Table("Roadmap actions", columns, () -> actions.stream().map(a -> (List<Object>) Arrays.<Object>asList("VC" + (a.plan() % 14 + 1),
                String.join(", ", a.roms()), "Plan " + a.plan(), a.id(), a.title(), a.status().name(), a.start(), a.end(), a.budget().total(),
                a.budget().publicFunding(), a.budget().privateFunding(), a.budget().fundingSource(), (int) (a.id() % 101), "0 / 1")).iterator());
        Section summary = Section.builder("Summary").fact("Actions", ValueType.INTEGER, actions.size())
                .chart(new BarChart("Budget by status (€)", ValueType.MONEY, List.of("public", "private"),
                        List.of(new BarChart.Bar("running", List.of(new BigDecimal("1250000"), new BigDecimal("750000"))))))
                .chart(new Timeline("Timeline", actions.stream().limit(40).map(a -> new Timeline.Span("#" + a.id() + " " + a.title(), a.start(), a.end(), "roadmap"))
                        .toList(), Math.max(0, actions.size() - 40)))
                .build();
        return new ReportDocument(ReportKind.AGENDA, "NTS01", "National action agenda NTS01", null, ReportOptions.DEFAULTS, Instant.now(), List.of(),
                List.of(summary, Section.builder("Roadmap").table(table).build()));
    }

    static List<Action> actions(int n) {
        List<Action> actions = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (long i = 1; i <= n; i++) {
            actions.add(Action.builder().id(i).plan(i % 40 + 1).title("Pilotlijn geïntegreerde fotonica, coördinatie " + i)
                    .horizon(Horizon.ROADMAP).status(ActionStatus.values()[(int) (i % 5)]).start(start.plusDays(i % 700)).end(start.plusDays(i % 700 + 400))
                    .budget(Budget.builder().total(BigDecimal.valueOf(1000 * i)).publicFunding(BigDecimal.valueOf(600 * i)).privateFunding(BigDecimal.valueOf(400 * i))
                            .fundingSource("Regio Deal " + (i % 7)).build())
                    .kpis(List.of(Kpi.builder().indicator("bedrijven bereikt").target(BigDecimal.TEN).unit("bedrijven").year(2028).build()))
                    .partners(List.of()).technologies(List.of("NTS01")).inputs(List.of()).roms(List.of(i % 3 == 0 ? "BOM" : "LIOF")).build());
        }
        return actions;
    }

    interface Work {
        void run() throws Exception;
    }

    static void run(Work work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Where the bytes go: counted, not kept, so the figures are the format's own. */
    static final class Counting extends OutputStream {
        long bytes;

        Counting reset() {
            bytes = 0;
            return this;
        }

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
