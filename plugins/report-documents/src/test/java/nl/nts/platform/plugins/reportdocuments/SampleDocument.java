package nl.nts.platform.plugins.reportdocuments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

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
 * A national agenda of any number of actions, made up row by row while a format iterates it (so
 * the bench measures the format, not the fixture). Action i has a budget of 1000 * i euros, a
 * Dutch title and starts on a day after 2026-01-01.
 */
public final class SampleDocument {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private SampleDocument() {
    }

    static BigDecimal budget(long i) {
        return BigDecimal.valueOf(1000L * i);
    }

    static String title(long i) {
        return "Coördinatie pilotlijn fotonica " + i + " – geïntegreerde chips, € budget";
    }

    /** @return the sum of the budgets of actions 1 to n */
    static BigDecimal total(long n) {
        return BigDecimal.valueOf(1000L * n * (n + 1) / 2);
    }

    public static ReportDocument agenda(int actions) {
        Iterable<List<Object>> rows = () -> new Iterator<>() {
            long i = 0;

            @Override
            public boolean hasNext() {
                return i < actions;
            }

            @Override
            public List<Object> next() {
                i++;
                return Arrays.asList(i, title(i), i % 3 == 0 ? "ROM InWest" : "BOM", START.plusDays(i % 700), START.plusDays(i % 700 + 365), budget(i),
                        (int) (i % 101), "#" + (i * 7) + " TALENT (uitdaging)");
            }
        };
        Table table = new Table("Acties per waardeketen", List.of(Column.of("Actie", ValueType.INTEGER), Column.text("Titel"), Column.text("ROM"),
                Column.of("Start", ValueType.DATE), Column.of("Einde", ValueType.DATE), Column.of("Budget", ValueType.MONEY),
                Column.of("Voortgang %", ValueType.PERCENT), Column.text("Beantwoordt inbreng")), rows);
        Section summary = Section.builder("Samenvatting")
                .paragraph("Alle acties die optische systemen en geïntegreerde fotonica verder brengen; financiële coëfficiënt.")
                .fact("Acties", ValueType.INTEGER, actions)
                .fact("Totaal budget", ValueType.MONEY, total(actions))
                .fact("Peildatum", ValueType.DATE, LocalDate.of(2026, 12, 2))
                .chart(new BarChart("Budget per status (€)", ValueType.MONEY, List.of("publiek", "privaat"), List.of(
                        new BarChart.Bar("lopend", List.of(new BigDecimal("1250000"), new BigDecimal("750000"))),
                        new BarChart.Bar("idee", List.of(new BigDecimal("300000"), BigDecimal.ZERO)))))
                .chart(new Timeline("Tijdlijn van de acties", List.of(
                        new Timeline.Span("#1 " + title(1), START, START.plusDays(400), "korte termijn"),
                        new Timeline.Span("#2 " + title(2), START.plusDays(90), START.plusDays(900), "roadmap")), Math.max(0, actions - 2)))
                .build();
        Section list = Section.builder("Acties").table(table).build();
        return new ReportDocument(ReportKind.AGENDA, "NTS01", "Nationale actieagenda NTS01 Optische systemen en geïntegreerde fotonica",
                "Eigenaar: KIA", ReportOptions.builder().language("nl").build(), Instant.parse("2026-12-02T10:00:00Z"), List.of(), List.of(summary, list));
    }
}
