package nl.nts.platform.core.plugins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.Results;
import nl.nts.platform.api.model.Stamp;
import nl.nts.platform.api.report.BarChart;
import nl.nts.platform.api.report.Column;
import nl.nts.platform.api.report.Section;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.report.ValueType;
import nl.nts.platform.core.shared.Moments;

/**
 * What a report adds up over a set of actions, one action at a time: the budget totals, the
 * charts' figures, the results, the earliest actions for the timeline. It keeps figures, never
 * the actions (the timeline's few aside), so a report of an agenda of any size reads its actions
 * once for all of them, a chunk at a time. Not for concurrent use.
 */
final class ActionTally {

    private static final Comparator<Action> BY_START = Comparator.comparing(Action::start).thenComparing(Action::id);

    private final Words w;
    private final LocalDate since;
    private int actions;
    /** Total, public, private over the actions with a budget. */
    private final BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    /** Public and private by status, every action counted (no budget adds nothing). */
    private final Map<ActionStatus, BigDecimal[]> budgetByStatus = new EnumMap<>(ActionStatus.class);
    /** Public and private by funding source, actions with a budget only. */
    private final Map<String, BigDecimal[]> budgetBySource = new TreeMap<>();
    /** Actions, total, public, private by status and by source: the budget tables. */
    private final Map<ActionStatus, Object[]> tableByStatus = new EnumMap<>(ActionStatus.class);
    private final Map<String, Object[]> tableBySource = new TreeMap<>();
    private final Map<String, int[]> byRomAndHorizon = new TreeMap<>();
    private final Map<Horizon, Integer> byHorizon = new EnumMap<>(Horizon.class);
    /** The earliest dated actions, the latest of them on top: what the timeline shows. */
    private final PriorityQueue<Action> earliest = new PriorityQueue<>(ReportContents.TIMELINE_SPANS + 1, BY_START.reversed());
    private int dated;
    private int changed;
    private final Results.Tally results = new Results.Tally();

    /**
     * @param w     the report's words
     * @param since "changes since", or null
     */
    ActionTally(Words w, LocalDate since) {
        this.w = w;
        this.since = since;
    }

    /** A tally of actions held anyway (a plan's). */
    static ActionTally of(Iterable<Action> actions, Words w, LocalDate since) {
        ActionTally tally = new ActionTally(w, since);
        actions.forEach(tally::add);
        return tally;
    }

    ActionTally add(Action a) {
        actions++;
        Budget b = a.budget();
        BigDecimal total = b == null ? BigDecimal.ZERO : zero(b.total());
        BigDecimal publicPart = b == null ? BigDecimal.ZERO : zero(b.publicFunding());
        BigDecimal privatePart = b == null ? BigDecimal.ZERO : zero(b.privateFunding());
        if (b != null) {
            sums[0] = sums[0].add(total);
            sums[1] = sums[1].add(publicPart);
            sums[2] = sums[2].add(privatePart);
            add(budgetBySource.computeIfAbsent(source(a), s -> pair()), publicPart, privatePart);
        }
        add(budgetByStatus.computeIfAbsent(a.status(), s -> pair()), publicPart, privatePart);
        count(tableByStatus.computeIfAbsent(a.status(), s -> row()), total, publicPart, privatePart);
        count(tableBySource.computeIfAbsent(source(a), s -> row()), total, publicPart, privatePart);
        for (String rom : a.roms()) {
            byRomAndHorizon.computeIfAbsent(rom, r -> new int[2])[a.horizon() == Horizon.SHORT_TERM ? 0 : 1]++;
        }
        if (a.horizon() != null) {
            byHorizon.merge(a.horizon(), 1, Integer::sum);
        }
        if (a.start() != null && a.end() != null && !a.end().isBefore(a.start())) {
            dated++;
            earliest.add(a);
            if (earliest.size() > ReportContents.TIMELINE_SPANS) {
                earliest.poll();
            }
        }
        if (changed(a)) {
            changed++;
        }
        results.add(a);
        return this;
    }

    /** Whether the action was created, changed or had progress recorded on or after "since"; false without one. */
    boolean changed(Action a) {
        return since != null && (changedSince(a.stamp(), since) || a.progress() != null && a.progress().date() != null && !a.progress().date().isBefore(since));
    }

    static boolean changedSince(Stamp stamp, LocalDate since) {
        return stamp != null && stamp.updatedAt() != null && !LocalDate.ofInstant(stamp.updatedAt(), Moments.ZONE).isBefore(since);
    }

    int actions() {
        return actions;
    }

    int changedCount() {
        return changed;
    }

    int horizon(Horizon horizon) {
        return byHorizon.getOrDefault(horizon, 0);
    }

    Results results() {
        return results.results();
    }

    /** Total, public and private budget as facts. */
    Section.Builder money(Section.Builder section) {
        return section.fact(w.of("Total budget", "Totaal budget"), ValueType.MONEY, sums[0])
                .fact(w.of("Public", "Publiek"), ValueType.MONEY, sums[1])
                .fact(w.of("Private", "Privaat"), ValueType.MONEY, sums[2]);
    }

    BarChart budgetByStatus() {
        return new BarChart(w.of("Budget by status (€)", "Budget per status (€)"), ValueType.MONEY, List.of(w.of("public", "publiek"), w.of("private", "privaat")),
                budgetByStatus.entrySet().stream().map(e -> new BarChart.Bar(w.status(e.getKey()), List.of(e.getValue()))).toList());
    }

    BarChart budgetBySource() {
        return new BarChart(w.of("Budget by source (€)", "Budget per bron (€)"), ValueType.MONEY, List.of(w.of("public", "publiek"), w.of("private", "privaat")),
                budgetBySource.entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), List.of(e.getValue()))).toList());
    }

    /** Actions, budget, public and private by status, in the statuses' order. */
    Table budgetTableByStatus() {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        tableByStatus.forEach((s, r) -> rows.put(w.status(s), r));
        return budgetTable(w.of("Budget by status", "Budget per status"), w.of("Status", "Status"), rows);
    }

    /** Actions, budget, public and private by funding source, alphabetically; actions without a budget under "(no source named)". */
    Table budgetTableBySource() {
        return budgetTable(w.of("Budget by source", "Budget per bron"), w.of("Funding source", "Financieringsbron"), tableBySource);
    }

    BarChart actionsByRomAndHorizon() {
        return new BarChart(w.of("Actions by ROM and horizon", "Acties per ROM en horizon"), ValueType.INTEGER,
                List.of(w.horizon(Horizon.SHORT_TERM), w.horizon(Horizon.ROADMAP)),
                byRomAndHorizon.entrySet().stream()
                        .map(e -> new BarChart.Bar(e.getKey(), List.of(BigDecimal.valueOf(e.getValue()[0]), BigDecimal.valueOf(e.getValue()[1])))).toList());
    }

    /** The first {@value ReportContents#TIMELINE_SPANS} dated actions by start, the rest counted. */
    Timeline timeline() {
        List<Action> first = new ArrayList<>(earliest);
        first.sort(BY_START);
        List<Timeline.Span> spans = first.stream().map(a -> new Timeline.Span("#" + a.id() + " " + a.title(), a.start(), a.end(), w.horizon(a.horizon())))
                .toList();
        return new Timeline(w.of("Timeline of the actions", "Tijdlijn van de acties"), spans, dated - spans.size());
    }

    private Table budgetTable(String title, String groupHeader, Map<String, Object[]> by) {
        List<List<Object>> rows = new ArrayList<>();
        by.forEach((g, r) -> rows.add(Arrays.asList(g, r[0], r[1], r[2], r[3])));
        return new Table(title, List.of(Column.text(groupHeader), Column.of(w.of("Actions", "Acties"), ValueType.INTEGER),
                Column.of(w.of("Budget", "Budget"), ValueType.MONEY), Column.of(w.of("Public", "Publiek"), ValueType.MONEY),
                Column.of(w.of("Private", "Privaat"), ValueType.MONEY)), rows);
    }

    private String source(Action a) {
        return a.budget() == null || a.budget().fundingSource() == null || a.budget().fundingSource().isBlank() ? w.of("(no source named)", "(geen bron genoemd)")
                : a.budget().fundingSource();
    }

    private static BigDecimal[] pair() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static Object[] row() {
        return new Object[] {0L, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void add(BigDecimal[] pair, BigDecimal publicPart, BigDecimal privatePart) {
        pair[0] = pair[0].add(publicPart);
        pair[1] = pair[1].add(privatePart);
    }

    private static void count(Object[] row, BigDecimal total, BigDecimal publicPart, BigDecimal privatePart) {
        row[0] = (Long) row[0] + 1;
        row[1] = ((BigDecimal) row[1]).add(total);
        row[2] = ((BigDecimal) row[2]).add(publicPart);
        row[3] = ((BigDecimal) row[3]).add(privatePart);
    }

    static BigDecimal zero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
