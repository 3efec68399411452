package nl.nts.platform.core.plugins;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Participant;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.model.Resilience;
import nl.nts.platform.api.model.Results;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.SegmentResilience;
import nl.nts.platform.api.model.Theme;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.BarChart;
import nl.nts.platform.api.report.Column;
import nl.nts.platform.api.report.ReportDocument;
import nl.nts.platform.api.report.ReportOptions;
import nl.nts.platform.api.report.Section;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.report.ValueType;
import nl.nts.platform.core.shared.Moments;
import nl.nts.platform.api.service.ActionFilter;
import nl.nts.platform.api.service.Actions;
import nl.nts.platform.api.service.Agendas;
import nl.nts.platform.api.service.InputFilter;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.PlanFilter;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.api.service.Workshops;

/**
 * Builds the content of each kind of report once ({@link ReportDocument}), from the core's
 * services as the calling user may read them, so that every document format says the same.
 * Tables are views over what was read: a format iterates them while it writes.
 */
final class ReportContents {

    /** The timeline stays readable: the first spans by start, the rest counted. */
    static final int TIMELINE_SPANS = 40;

    /** The records a report is built from, read through the core's services. */
    interface Sources {
        Plans plans();

        Actions actions();

        Agendas agendas();

        Workshops workshops();

        Inputs inputs();

        ValueChains valueChains();

        ReferenceData referenceData();

        /** @return the organisations of those ids, any order */
        List<Organisation> organisations(Collection<Long> ids);
    }

    private final Sources sources;
    private final Clock clock;

    ReportContents(Sources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    ReportDocument build(ReportKind kind, String key, ReportOptions options) {
        Words w = new Words(options);
        return switch (kind) {
            case PLAN -> plan(id("plan", key), options, w);
            case AGENDA -> agenda(key, options, w);
            case WORKSHOP -> workshop(id("workshop", key), options, w);
            case OVERVIEW -> {
                if (!"national".equals(key)) {
                    throw new NotFoundException("overview", key);
                }
                yield overview(options, w);
            }
        };
    }

    // ---- regional reinforcement plan

    private ReportDocument plan(long id, ReportOptions options, Words w) {
        PlanOverview overview = sources.plans().overview(id);
        Plan plan = overview.plan();
        ValueChain chain = sources.valueChains().get(plan.valueChain());
        List<Action> actions = overview.actions().stream().map(PlanOverview.ActionWithInputs::action).toList();
        Map<Long, Organisation> organisations = byId(sources.organisations(organisationIds(actions)));
        List<Input> chainInputs = all(p -> sources.inputs().find(new InputFilter(null, null, null, null, plan.valueChain(), null, null, null, null), p));
        List<Section> sections = new ArrayList<>();

        Section.Builder ambition = Section.builder(w.of("Ambition and summary", "Ambitie en samenvatting"))
                .paragraph(plan.summary())
                .fact(w.of("Value chain", "Waardeketen"), ValueType.TEXT, chain.code() + " " + chain.name())
                .fact(w.of("ROMs", "ROM's"), ValueType.TEXT, String.join(", ", plan.roms()))
                .fact(w.of("Status", "Status"), ValueType.TEXT, w.status(plan.status()))
                .fact(w.of("Edition", "Editie"), ValueType.INTEGER, plan.edition())
                .fact(w.of("Period from", "Periode vanaf"), ValueType.DATE, plan.periodStart())
                .fact(w.of("Period to", "Periode tot en met"), ValueType.DATE, plan.periodEnd());
        ActionTally tally = ActionTally.of(actions, w, options.since());
        tally.money(ambition);
        results(ambition, w, overview.results() != null ? overview.results() : tally.results());
        sections.add(ambition.build());

        sections.add(chainMap(chain, organisations.values(), w));
        sections.add(bottlenecks(chainInputs, w));

        Section.Builder actionSection = Section.builder(w.of("Actions", "Acties"))
                .chart(tally.budgetByStatus())
                .chart(tally.actionsByRomAndHorizon())
                .chart(tally.timeline())
                .table(actionTable(w.of("Actions", "Acties"), overview.actions(), organisations, w));
        sections.add(actionSection.build());
        sections.add(Section.builder(w.of("KPIs: realised against target", "KPI's: gerealiseerd tegen streefwaarde"))
                .table(kpiTable(actions, w)).build());

        List<Input> open = chainInputs.stream().filter(i -> i.answeredBy().isEmpty()).toList();
        sections.add(Section.builder(w.of("Inputs not answered yet", "Inbreng nog niet beantwoord"))
                .paragraph(open.isEmpty() ? w.of("Every input of the value chain is answered by an action.", "Alle inbreng over de waardeketen wordt door een actie beantwoord.")
                        : w.of(open.size() + " inputs of the value chain's workshops are not answered by any action yet.",
                                open.size() + " inbrengen uit de workshops over de waardeketen worden nog door geen actie beantwoord."))
                .table(inputTable(w.of("Inputs not answered", "Onbeantwoorde inbreng"), open, w, false)).build());
        changes(options, w, actions, tally).ifPresent(sections::add);
        return new ReportDocument(ReportKind.PLAN, String.valueOf(id), plan.title(),
                chain.name() + " · " + String.join(", ", plan.roms()) + " · " + plan.periodStart() + " – " + plan.periodEnd(),
                options, now(), plan.roms(), sections);
    }

    private Section chainMap(ValueChain chain, Collection<Organisation> named, Words w) {
        Section.Builder map = Section.builder(w.of("The value chain", "De waardeketen")).paragraph(chain.description());
        Resilience resilience = sources.valueChains().resilience(chain.code());
        map.fact(w.of("Segments", "Segmenten"), ValueType.INTEGER, resilience.segments().size());
        map.fact(w.of("Resilience gaps (no Dutch organisation)", "Kwetsbaarheden (geen Nederlandse organisatie)"), ValueType.TEXT,
                resilience.gaps().isEmpty() ? w.of("none", "geen") : String.join(", ", resilience.gaps()));
        map.chart(new BarChart(w.of("Organisations by segment and where they are", "Organisaties per segment en waar ze zitten"), ValueType.INTEGER,
                List.of(w.of("in region", "in de regio"), w.of("elsewhere in NL", "elders in NL"), "EU", w.of("outside the EU", "buiten de EU")),
                resilience.segments().stream().map(s -> new BarChart.Bar(s.segment(),
                        List.of(BigDecimal.valueOf(s.inRegion()), BigDecimal.valueOf(s.netherlands()), BigDecimal.valueOf(s.eu()), BigDecimal.valueOf(s.outsideEu()))))
                        .toList()));
        map.table(new Table(w.of("Segments", "Segmenten"), List.of(Column.text(w.of("Code", "Code")), Column.text(w.of("Segment", "Segment")),
                Column.of(w.of("In region", "In de regio"), ValueType.INTEGER), Column.of(w.of("Elsewhere in NL", "Elders in NL"), ValueType.INTEGER),
                Column.of("EU", ValueType.INTEGER), Column.of(w.of("Outside the EU", "Buiten de EU"), ValueType.INTEGER), Column.text(w.of("Gap", "Kwetsbaar"))),
                map(resilience.segments(), (SegmentResilience s) -> List.of(s.segment(), s.name(), s.inRegion(), s.netherlands(), s.eu(), s.outsideEu(),
                        s.noDutchOrganisation() ? w.of("yes", "ja") : w.of("no", "nee")))));
        List<Organisation> sorted = named.stream().sorted(Comparator.comparing(Organisation::name)).toList();
        map.table(new Table(w.of("Organisations carrying the actions", "Organisaties die de acties uitvoeren"),
                List.of(Column.text(w.of("Organisation", "Organisatie")), Column.text(w.of("Kind", "Soort")), Column.text(w.of("City", "Plaats")),
                        Column.text(w.of("Province", "Provincie")), Column.text(w.of("Country", "Land")), Column.text("ROM")),
                map(sorted, o -> Arrays.asList(o.name(), w.kind(o.kind()), o.city(), o.province(), o.country(), o.rom()))));
        return map.build();
    }

    private Section bottlenecks(List<Input> inputs, Words w) {
        Map<String, String> themes = sources.referenceData().themes().stream().collect(Collectors.toMap(Theme::code, Theme::name, (a, b) -> a));
        Map<String, Map<InputKind, Integer>> byTheme = new TreeMap<>();
        Map<String, Integer> answered = new HashMap<>();
        for (Input i : inputs) {
            byTheme.computeIfAbsent(i.theme(), t -> new EnumMap<>(InputKind.class)).merge(i.kind(), 1, Integer::sum);
            if (!i.answeredBy().isEmpty()) {
                answered.merge(i.theme(), 1, Integer::sum);
            }
        }
        List<InputKind> kinds = List.of(InputKind.values());
        List<Column> columns = new ArrayList<>(List.of(Column.text(w.of("Theme", "Thema"))));
        kinds.forEach(k -> columns.add(Column.of(w.kind(k), ValueType.INTEGER)));
        columns.add(Column.of(w.of("Answered", "Beantwoord"), ValueType.INTEGER));
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<InputKind, Integer>> e : byTheme.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(themes.getOrDefault(e.getKey(), e.getKey()));
            kinds.forEach(k -> row.add(e.getValue().getOrDefault(k, 0)));
            row.add(answered.getOrDefault(e.getKey(), 0));
            rows.add(row);
        }
        return Section.builder(w.of("Bottlenecks by theme", "Knelpunten per thema"))
                .paragraph(w.of(inputs.size() + " inputs from the workshops on this value chain.", inputs.size() + " inbrengen uit de workshops over deze waardeketen."))
                .chart(new BarChart(w.of("Inputs by theme and kind", "Inbreng per thema en soort"), ValueType.INTEGER, kinds.stream().map(w::kind).toList(),
                        byTheme.entrySet().stream().map(e -> new BarChart.Bar(themes.getOrDefault(e.getKey(), e.getKey()),
                                kinds.stream().map(k -> BigDecimal.valueOf(e.getValue().getOrDefault(k, 0))).toList())).toList()))
                .table(new Table(w.of("Inputs by theme", "Inbreng per thema"), columns, rows))
                .table(inputTable(w.of("Inputs", "Inbreng"), inputs, w, true)).build();
    }

    private Table inputTable(String title, List<Input> inputs, Words w, boolean withAnswers) {
        List<Column> columns = new ArrayList<>(List.of(Column.of(w.of("Input", "Inbreng"), ValueType.INTEGER), Column.text(w.of("Kind", "Soort")),
                Column.text(w.of("Theme", "Thema")), Column.of(w.of("Workshop", "Workshop"), ValueType.INTEGER), Column.text(w.of("Status", "Status")),
                Column.text(w.of("Text", "Tekst"))));
        if (withAnswers) {
            columns.add(Column.text(w.of("Answered by actions", "Beantwoord door acties")));
        }
        return new Table(title, columns, map(inputs, i -> {
            List<Object> row = new ArrayList<>(Arrays.asList(i.id(), w.kind(i.kind()), i.theme(), i.workshop(), i.status(), i.text()));
            if (withAnswers) {
                row.add(i.answeredBy().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
            return row;
        }));
    }

    private Table actionTable(String title, List<PlanOverview.ActionWithInputs> actions, Map<Long, Organisation> organisations, Words w) {
        List<Column> columns = List.of(Column.of(w.of("Action", "Actie"), ValueType.INTEGER), Column.text(w.of("Title", "Titel")),
                Column.text(w.of("Owner", "Trekker")), Column.text(w.of("Partners", "Partners")), Column.text(w.of("Horizon", "Horizon")),
                Column.text(w.of("Status", "Status")), Column.of(w.of("Start", "Start"), ValueType.DATE), Column.of(w.of("End", "Einde"), ValueType.DATE),
                Column.of(w.of("Budget", "Budget"), ValueType.MONEY), Column.of(w.of("Public", "Publiek"), ValueType.MONEY),
                Column.of(w.of("Private", "Privaat"), ValueType.MONEY), Column.text(w.of("Funding source", "Financieringsbron")),
                Column.of(w.of("Progress %", "Voortgang %"), ValueType.PERCENT), Column.text(w.of("KPIs", "KPI's")),
                Column.text(w.of("Answers inputs", "Beantwoordt inbreng")));
        return new Table(title, columns, map(actions, entry -> {
            Action a = entry.action();
            Budget b = a.budget();
            return Arrays.asList(a.id(), a.title(), name(organisations, a.owner()),
                    a.partners().stream().map(p -> name(organisations, p)).collect(Collectors.joining(", ")), w.horizon(a.horizon()), w.status(a.status()),
                    a.start(), a.end(), b == null ? null : b.total(), b == null ? null : b.publicFunding(), b == null ? null : b.privateFunding(),
                    b == null ? null : b.fundingSource(), a.progress() == null ? null : a.progress().percent(), kpis(a.kpis(), w),
                    entry.inputs().stream().map(i -> "#" + i.id() + " " + i.theme() + " (" + w.kind(i.kind()) + ")").collect(Collectors.joining("; ")));
        }));
    }

    private Table kpiTable(List<Action> actions, Words w) {
        List<Column> columns = List.of(Column.of(w.of("Action", "Actie"), ValueType.INTEGER), Column.text(w.of("Indicator", "Indicator")),
                Column.of(w.of("Baseline", "Nulmeting"), ValueType.DECIMAL), Column.of(w.of("Target", "Streefwaarde"), ValueType.DECIMAL),
                Column.text(w.of("Unit", "Eenheid")), Column.of(w.of("Year", "Jaar"), ValueType.INTEGER),
                Column.of(w.of("Realised", "Gerealiseerd"), ValueType.DECIMAL), Column.of(w.of("Measured on", "Gemeten op"), ValueType.DATE),
                Column.text(w.of("Met", "Gehaald")));
        return new Table(w.of("KPIs", "KPI's"), columns, () -> actions.stream().flatMap(a -> a.kpis().stream()
                .map(k -> (List<Object>) Arrays.<Object>asList(a.id(), k.indicator(), k.baseline(), k.target(), k.unit(), k.year(), k.realised(), k.realisedOn(),
                        k.met() == null ? null : k.met() ? w.of("yes", "ja") : w.of("no", "nee"))))
                .iterator());
    }

    // ---- national action agenda

    /**
     * The agenda read as it is written: once for the figures (a tally, holding no action), then
     * the short-term actions and the roadmap's each while the format writes their table, each
     * time a chunk of actions at a time, so an agenda of any size needs the memory of one chunk.
     */
    private ReportDocument agenda(String technology, ReportOptions options, Words w) {
        KeyTechnology t = sources.referenceData().technology(technology).orElseThrow(() -> new NotFoundException("key technology", technology));
        Iterable<Agenda.Entry> entries = sources.agendas().entries(t.code());
        Iterable<Action> actions = () -> java.util.stream.StreamSupport.stream(entries.spliterator(), false).map(Agenda.Entry::action).iterator();
        ActionTally tally = ActionTally.of(actions, w, options.since());
        List<Section> sections = new ArrayList<>();
        Section.Builder summary = Section.builder(w.of("Summary", "Samenvatting"))
                .paragraph(w.of("Every action of the regional reinforcement plans that advances " + w.technology(t) + ".",
                        "Alle acties uit de regionale versterkingsplannen die " + w.technology(t) + " verder brengen."))
                .fact(w.of("Owner", "Eigenaar"), ValueType.TEXT, Agenda.OWNER)
                .fact(w.of("Actions", "Acties"), ValueType.INTEGER, tally.actions());
        tally.money(summary)
                .fact(w.of("Short-term actions", "Acties korte termijn"), ValueType.INTEGER, tally.horizon(Horizon.SHORT_TERM))
                .fact(w.of("Roadmap actions", "Acties roadmap"), ValueType.INTEGER, tally.horizon(Horizon.ROADMAP));
        results(summary, w, tally.results());
        sections.add(summary.build());
        sections.add(Section.builder(w.of("Budget", "Budget"))
                .chart(tally.budgetByStatus())
                .chart(tally.budgetBySource())
                .table(tally.budgetTableByStatus())
                .table(tally.budgetTableBySource())
                .build());
        sections.add(Section.builder(w.of("Actions by value chain and ROM", "Acties per waardeketen en ROM"))
                .chart(tally.actionsByRomAndHorizon())
                .chart(tally.timeline())
                .build());
        sections.add(Section.builder(w.of("Short-term actions", "Acties op korte termijn"))
                .paragraph(w.of("The low-hanging fruit, apart from the roadmap.", "Het laaghangend fruit, los van de roadmap."))
                .table(agendaTable(w.of("Short-term actions", "Acties op korte termijn"), sources.agendas().entries(t.code(), Horizon.SHORT_TERM), w)).build());
        sections.add(Section.builder(w.of("Roadmap", "Roadmap"))
                .table(agendaTable(w.of("Roadmap actions", "Acties op de roadmap"), sources.agendas().entries(t.code(), Horizon.ROADMAP), w)).build());
        changes(options, w, actions, tally).ifPresent(sections::add);
        return new ReportDocument(ReportKind.AGENDA, t.code(), w.of("National action agenda ", "Nationale actieagenda ") + w.technology(t),
                w.of("Owner: ", "Eigenaar: ") + Agenda.OWNER, options, now(), List.of(), sections);
    }

    private static Table agendaTable(String title, Iterable<Agenda.Entry> entries, Words w) {
        List<Column> columns = List.of(Column.text(w.of("Value chain", "Waardeketen")), Column.text("ROM"), Column.text(w.of("Plan", "Plan")),
                Column.of(w.of("Action", "Actie"), ValueType.INTEGER), Column.text(w.of("Title", "Titel")), Column.text(w.of("Status", "Status")),
                Column.of(w.of("Start", "Start"), ValueType.DATE), Column.of(w.of("End", "Einde"), ValueType.DATE),
                Column.of(w.of("Budget", "Budget"), ValueType.MONEY), Column.of(w.of("Public", "Publiek"), ValueType.MONEY),
                Column.of(w.of("Private", "Privaat"), ValueType.MONEY), Column.text(w.of("Funding source", "Financieringsbron")),
                Column.of(w.of("Progress %", "Voortgang %"), ValueType.PERCENT), Column.text(w.of("KPIs met", "KPI's gehaald")));
        return new Table(title, columns, () -> java.util.stream.StreamSupport.stream(entries.spliterator(), false).map(e -> {
            Action a = e.action();
            Budget b = a.budget();
            long met = a.kpis().stream().filter(k -> Boolean.TRUE.equals(k.met())).count();
            return (List<Object>) Arrays.<Object>asList(e.valueChain(), String.join(", ", a.roms()), e.planTitle(), a.id(), a.title(), w.status(a.status()),
                    a.start(), a.end(), b == null ? null : b.total(), b == null ? null : b.publicFunding(), b == null ? null : b.privateFunding(),
                    b == null ? null : b.fundingSource(), a.progress() == null ? null : a.progress().percent(),
                    a.kpis().isEmpty() ? null : met + " / " + a.kpis().size());
        }).iterator());
    }

    // ---- national overview

    private ReportDocument overview(ReportOptions options, Words w) {
        List<Plan> plans = all(p -> sources.plans().find(new PlanFilter(null, null, null, null, null), p));
        // every action read once for the figures, a page at a time; again for "changes since" while it is written
        Iterable<Action> actions = paged(p -> sources.actions().find(new ActionFilter(null, null, null, null, null, null, null, null), p));
        ActionTally tally = new ActionTally(w, options.since());
        Map<Long, BigDecimal[]> byPlan = new HashMap<>();
        for (Action a : actions) {
            tally.add(a);
            BigDecimal[] planSums = byPlan.computeIfAbsent(a.plan(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            planSums[0] = planSums[0].add(BigDecimal.ONE);
            if (a.budget() != null) {
                planSums[1] = planSums[1].add(ActionTally.zero(a.budget().total()));
                planSums[2] = planSums[2].add(ActionTally.zero(a.budget().publicFunding()));
                planSums[3] = planSums[3].add(ActionTally.zero(a.budget().privateFunding()));
            }
        }
        Map<String, String> chains = sources.valueChains().list().stream().collect(Collectors.toMap(ValueChain::code, ValueChain::name, (a, b) -> a));
        List<Section> sections = new ArrayList<>();
        Section.Builder summary = Section.builder(w.of("Summary", "Samenvatting"))
                .paragraph(w.of("Every ROM by value chain: the reinforcement plans, their status and their budget.",
                        "Elke ROM per waardeketen: de versterkingsplannen, hun status en hun budget."))
                .fact(w.of("Plans", "Plannen"), ValueType.INTEGER, plans.size())
                .fact(w.of("Actions", "Acties"), ValueType.INTEGER, tally.actions());
        tally.money(summary);
        results(summary, w, tally.results());
        Map<PlanStatus, Integer> byStatus = new EnumMap<>(PlanStatus.class);
        plans.forEach(p -> byStatus.merge(p.status(), 1, Integer::sum));
        summary.chart(new BarChart(w.of("Plans by status", "Plannen per status"), ValueType.INTEGER, List.of(w.of("plans", "plannen")),
                Arrays.stream(PlanStatus.values()).map(s -> new BarChart.Bar(w.status(s), List.of(BigDecimal.valueOf(byStatus.getOrDefault(s, 0))))).toList()));
        sections.add(summary.build());
        sections.add(Section.builder(w.of("Budget by source", "Budget per bron")).chart(tally.budgetBySource()).table(tally.budgetTableBySource()).build());
        List<Rom> roms = sources.referenceData().roms();
        List<List<Object>> rows = new ArrayList<>();
        for (Rom rom : roms) {
            plans.stream().filter(p -> p.roms().contains(rom.code()))
                    .sorted(Comparator.comparing(Plan::valueChain).thenComparing(Plan::title))
                    .forEach(p -> {
                        BigDecimal[] sums = byPlan.getOrDefault(p.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                        rows.add(Arrays.asList(rom.code(), p.valueChain() + " " + chains.getOrDefault(p.valueChain(), ""), p.id(), p.title(),
                                w.status(p.status()), p.periodStart(), p.periodEnd(), sums[0].intValue(), sums[1], sums[2], sums[3]));
                    });
        }
        sections.add(Section.builder(w.of("ROMs by value chain", "ROM's per waardeketen"))
                .paragraph(w.of("A plan of several ROMs is listed under each of them.", "Een plan van meerdere ROM's staat bij elk van hen."))
                .chart(plansByRom(plans, roms, w))
                .table(new Table(w.of("Plans by ROM and value chain", "Plannen per ROM en waardeketen"), List.of(Column.text("ROM"),
                        Column.text(w.of("Value chain", "Waardeketen")), Column.of(w.of("Plan", "Plan"), ValueType.INTEGER), Column.text(w.of("Title", "Titel")),
                        Column.text(w.of("Status", "Status")), Column.of(w.of("From", "Vanaf"), ValueType.DATE), Column.of(w.of("To", "Tot en met"), ValueType.DATE),
                        Column.of(w.of("Actions", "Acties"), ValueType.INTEGER), Column.of(w.of("Budget", "Budget"), ValueType.MONEY),
                        Column.of(w.of("Public", "Publiek"), ValueType.MONEY), Column.of(w.of("Private", "Privaat"), ValueType.MONEY)), rows))
                .build());
        if (options.since() != null) {
            List<Plan> changed = plans.stream().filter(p -> ActionTally.changedSince(p.stamp(), options.since())).toList();
            sections.add(Section.builder(w.of("Changes since ", "Wijzigingen sinds ") + options.since())
                    .paragraph(w.of(changed.size() + " plans created or changed.", changed.size() + " plannen nieuw of gewijzigd."))
                    .table(new Table(w.of("Plans changed", "Gewijzigde plannen"), List.of(Column.of(w.of("Plan", "Plan"), ValueType.INTEGER),
                            Column.text(w.of("Title", "Titel")), Column.text(w.of("Status", "Status")), Column.of(w.of("Changed on", "Gewijzigd op"), ValueType.DATE)),
                            map(changed, p -> Arrays.asList(p.id(), p.title(), w.status(p.status()), day(p.stamp().updatedAt())))))
                    .build());
            changes(options, w, actions, tally).ifPresent(sections::add);
        }
        return new ReportDocument(ReportKind.OVERVIEW, "national", w.of("National overview", "Nationaal overzicht"),
                w.of("Regional reinforcement plans of every ROM", "Regionale versterkingsplannen van alle ROM's"), options, now(), List.of(), sections);
    }

    private static BarChart plansByRom(List<Plan> plans, List<Rom> roms, Words w) {
        List<PlanStatus> statuses = List.of(PlanStatus.values());
        return new BarChart(w.of("Plans by ROM and status", "Plannen per ROM en status"), ValueType.INTEGER, statuses.stream().map(w::status).toList(),
                roms.stream().map(r -> new BarChart.Bar(r.code(), statuses.stream()
                        .map(s -> BigDecimal.valueOf(plans.stream().filter(p -> p.roms().contains(r.code()) && p.status() == s).count())).toList())).toList());
    }

    // ---- workshop summary

    private ReportDocument workshop(long id, ReportOptions options, Words w) {
        Workshop workshop = sources.workshops().get(id);
        List<Input> inputs = all(p -> sources.inputs().find(new InputFilter(id, null, null, null, null, null, null, null, null), p));
        Set<Long> ids = new java.util.LinkedHashSet<>(workshop.organisations());
        workshop.participants().stream().map(Participant::organisation).filter(Objects::nonNull).forEach(ids::add);
        inputs.stream().map(Input::organisation).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, Organisation> organisations = byId(sources.organisations(ids));
        List<Section> sections = new ArrayList<>();
        List<String> roms = new ArrayList<>();
        roms.add(workshop.rom());
        roms.addAll(workshop.coOrganisers());
        sections.add(Section.builder(w.of("The workshop", "De workshop"))
                .fact(w.of("Date", "Datum"), ValueType.DATE, workshop.date())
                .fact(w.of("Place", "Plaats"), ValueType.TEXT, workshop.place())
                .fact(w.of("Organised by", "Georganiseerd door"), ValueType.TEXT, String.join(", ", roms))
                .fact(w.of("Key technologies", "Sleuteltechnologieën"), ValueType.TEXT, workshop.technologies().stream()
                        .map(t -> sources.referenceData().technology(t).map(w::technology).orElse(t)).collect(Collectors.joining(", ")))
                .fact(w.of("Value chains", "Waardeketens"), ValueType.TEXT, String.join(", ", workshop.valueChains()))
                .fact(w.of("Participants", "Deelnemers"), ValueType.INTEGER, workshop.participants().size())
                .fact(w.of("Organisations", "Organisaties"), ValueType.INTEGER, workshop.organisations().size())
                .fact(w.of("Inputs", "Inbreng"), ValueType.INTEGER, inputs.size()).build());

        Map<String, int[]> byKind = new TreeMap<>();
        for (Long o : workshop.organisations()) {
            byKind.computeIfAbsent(w.kind(kindOf(organisations, o)), k -> new int[2])[0]++;
        }
        for (Participant p : workshop.participants()) {
            byKind.computeIfAbsent(w.kind(kindOf(organisations, p.organisation())), k -> new int[2])[1]++;
        }
        sections.add(Section.builder(w.of("Participants by kind of organisation", "Deelnemers per soort organisatie"))
                .paragraph(w.of("Names and roles only: no contact details.", "Alleen namen en rollen: geen contactgegevens."))
                .chart(new BarChart(w.of("Participants by kind of organisation", "Deelnemers per soort organisatie"), ValueType.INTEGER,
                        List.of(w.of("participants", "deelnemers")),
                        byKind.entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), List.of(BigDecimal.valueOf(e.getValue()[1])))).toList()))
                .table(new Table(w.of("By kind of organisation", "Per soort organisatie"), List.of(Column.text(w.of("Kind", "Soort")),
                        Column.of(w.of("Organisations", "Organisaties"), ValueType.INTEGER), Column.of(w.of("Participants", "Deelnemers"), ValueType.INTEGER)),
                        map(List.copyOf(byKind.entrySet()), e -> List.of(e.getKey(), e.getValue()[0], e.getValue()[1]))))
                .table(new Table(w.of("Participants", "Deelnemers"), List.of(Column.text(w.of("Name", "Naam")), Column.text(w.of("Role", "Rol")),
                        Column.text(w.of("Organisation", "Organisatie")), Column.text(w.of("Kind", "Soort"))),
                        map(workshop.participants(), p -> Arrays.asList(p.name(), p.role(), name(organisations, p.organisation()),
                                p.organisation() == null ? null : w.kind(kindOf(organisations, p.organisation()))))))
                .build());
        sections.add(bottlenecks(inputs, w));
        Map<Long, String> actionTitles = new HashMap<>();
        LongFunction<String> titleOf = a -> actionTitles.computeIfAbsent(a, k -> {
            try {
                return sources.actions().get(k).title();
            } catch (NotFoundException | SecurityException e) {
                return null;
            }
        });
        sections.add(Section.builder(w.of("What became of each input", "Wat er met elke inbreng gebeurde"))
                .table(new Table(w.of("Inputs and the actions answering them", "Inbreng en de acties die erop antwoorden"), List.of(
                        Column.of(w.of("Input", "Inbreng"), ValueType.INTEGER), Column.text(w.of("Kind", "Soort")), Column.text(w.of("Theme", "Thema")),
                        Column.text(w.of("Organisation", "Organisatie")), Column.text(w.of("Text", "Tekst")), Column.text(w.of("Status", "Status")),
                        Column.text(w.of("Answered by", "Beantwoord door"))),
                        map(inputs, i -> Arrays.asList(i.id(), w.kind(i.kind()), i.theme(), name(organisations, i.organisation()), i.text(), i.status(),
                                i.answeredBy().isEmpty() ? w.of("not answered yet", "nog niet beantwoord")
                                        : i.answeredBy().stream().map(a -> "#" + a + " " + Objects.requireNonNullElse(titleOf.apply(a), ""))
                                                .collect(Collectors.joining("; "))))))
                .build());
        if (options.since() != null) {
            List<Input> changed = inputs.stream().filter(i -> ActionTally.changedSince(i.stamp(), options.since())).toList();
            sections.add(Section.builder(w.of("Changes since ", "Wijzigingen sinds ") + options.since())
                    .table(inputTable(w.of("Inputs created or changed", "Nieuwe of gewijzigde inbreng"), changed, w, true)).build());
        }
        return new ReportDocument(ReportKind.WORKSHOP, String.valueOf(id), workshop.title(), workshop.date() + " · " + workshop.place(), options, now(),
                roms, sections);
    }

    // ---- parts shared by the kinds

    private static void results(Section.Builder section, Words w, Results r) {
        section.fact(w.of("Actions with progress", "Acties met voortgang"), ValueType.INTEGER, r.withProgress())
                .fact(w.of("Average progress %", "Gemiddelde voortgang %"), ValueType.PERCENT, r.averagePercent())
                .fact(w.of("Actions done", "Acties afgerond"), ValueType.INTEGER, r.done())
                .fact(w.of("KPIs", "KPI's"), ValueType.INTEGER, r.kpis())
                .fact(w.of("KPIs measured", "KPI's gemeten"), ValueType.INTEGER, r.kpisMeasured())
                .fact(w.of("KPIs met", "KPI's gehaald"), ValueType.INTEGER, r.kpisMet());
    }

    private static String kpis(List<Kpi> kpis, Words w) {
        return kpis.stream().map(k -> k.indicator() + ": " + (k.baseline() == null ? "" : w.number(k.baseline()) + " → ") + w.number(k.target()) + " " + k.unit()
                + (k.year() == null ? "" : w.of(" by ", " in ") + k.year())
                + (k.realised() == null ? "" : w.of("; realised ", "; gerealiseerd ") + w.number(k.realised())
                        + (Boolean.TRUE.equals(k.met()) ? w.of(" (met)", " (gehaald)") : "")))
                .collect(Collectors.joining("; "));
    }

    /** The actions changed since the options' day, read again while the table is written; counted by the tally. */
    private java.util.Optional<Section> changes(ReportOptions options, Words w, Iterable<Action> actions, ActionTally tally) {
        if (options.since() == null) {
            return java.util.Optional.empty();
        }
        LocalDate since = options.since();
        int changed = tally.changedCount();
        return java.util.Optional.of(Section.builder(w.of("Changes since ", "Wijzigingen sinds ") + since)
                .paragraph(w.of(changed + " actions created, changed or with progress recorded on or after " + since + ".",
                        changed + " acties nieuw, gewijzigd of met voortgang op of na " + since + "."))
                .table(new Table(w.of("Actions changed", "Gewijzigde acties"), List.of(Column.of(w.of("Action", "Actie"), ValueType.INTEGER),
                        Column.text(w.of("Title", "Titel")), Column.text(w.of("Status", "Status")), Column.of(w.of("Changed on", "Gewijzigd op"), ValueType.DATE),
                        Column.of(w.of("Progress %", "Voortgang %"), ValueType.PERCENT), Column.text(w.of("Latest progress", "Laatste voortgang"))),
                        () -> java.util.stream.StreamSupport.stream(actions.spliterator(), false).filter(tally::changed)
                                .map(a -> (List<Object>) new ArrayList<Object>(Arrays.asList(a.id(), a.title(), w.status(a.status()),
                                        a.stamp() == null ? null : day(a.stamp().updatedAt()), a.progress() == null ? null : a.progress().percent(),
                                        a.progress() == null ? null
                                                : Objects.requireNonNullElse(a.progress().milestone(), Objects.requireNonNullElse(a.progress().note(), "")))))
                                .iterator()))
                .build());
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, Moments.ZONE);
    }

    private Instant now() {
        return clock.instant();
    }

    private static <T> Iterable<List<Object>> map(List<T> items, Function<T, List<?>> row) {
        return () -> items.stream().map(i -> (List<Object>) new ArrayList<Object>(row.apply(i))).iterator();
    }

    /** Every record a paged read finds, page by page: a report holds them all, not the first page. */
    static <T> List<T> all(Function<PageRequest, Page<T>> find) {
        List<T> all = new ArrayList<>();
        paged(find).forEach(all::add);
        return all;
    }

    /** Every record a paged read finds, a page read at a time while iterated, holding one page; each iteration reads again. */
    static <T> Iterable<T> paged(Function<PageRequest, Page<T>> find) {
        return () -> new java.util.Iterator<T>() {
            private int page;
            private long seen;
            private boolean last;
            private java.util.Iterator<T> items = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && !last) {
                    Page<T> found = find.apply(new PageRequest(++page, PageRequest.MAX_SIZE, null));
                    seen += found.items().size();
                    last = found.items().isEmpty() || seen >= found.total();
                    items = found.items().iterator();
                }
                return items.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    private static Set<Long> organisationIds(List<Action> actions) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (Action a : actions) {
            if (a.owner() != null) {
                ids.add(a.owner());
            }
            ids.addAll(a.partners());
        }
        return ids;
    }

    private static Map<Long, Organisation> byId(List<Organisation> organisations) {
        Map<Long, Organisation> map = new LinkedHashMap<>();
        organisations.forEach(o -> map.put(o.id(), o));
        return map;
    }

    private static String name(Map<Long, Organisation> organisations, Long id) {
        if (id == null) {
            return null;
        }
        Organisation o = organisations.get(id);
        return o == null ? "#" + id : o.name();
    }

    private static nl.nts.platform.api.model.OrganisationKind kindOf(Map<Long, Organisation> organisations, Long id) {
        Organisation o = id == null ? null : organisations.get(id);
        return o == null ? null : o.kind();
    }


    private static long id(String kind, String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, key);
        }
    }

    /** The actions of agenda entries as a list view, copying nothing. */
    private static final class ActionList extends java.util.AbstractList<Action> {
        private final List<Agenda.Entry> entries;

        ActionList(List<Agenda.Entry> entries) {
            this.entries = entries;
        }

        @Override
        public Action get(int index) {
            return entries.get(index).action();
        }

        @Override
        public int size() {
            return entries.size();
        }
    }
}
