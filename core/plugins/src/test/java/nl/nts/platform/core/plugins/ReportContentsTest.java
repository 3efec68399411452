package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.model.Resilience;
import nl.nts.platform.api.model.Stamp;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.Fact;
import nl.nts.platform.api.report.ReportDocument;
import nl.nts.platform.api.report.ReportOptions;
import nl.nts.platform.api.report.Section;
import nl.nts.platform.api.report.Table;
import nl.nts.platform.api.report.Timeline;
import nl.nts.platform.api.service.Actions;
import nl.nts.platform.api.service.Agendas;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.api.service.Workshops;

/** What each report says, built from records the fakes hand out: the rules of the content, whatever the format. */
class ReportContentsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Stamp OLD = new Stamp(Instant.parse("2026-01-10T09:00:00Z"), "a", Instant.parse("2026-01-10T09:00:00Z"), "a");
    private static final Stamp RECENT = new Stamp(Instant.parse("2026-01-10T09:00:00Z"), "a", Instant.parse("2026-11-20T09:00:00Z"), "b");

    private final Plan plan = Plan.builder().id(7L).title("Plan halfgeleiders").valueChain("VC01").roms(List.of("BOM", "LIOF"))
            .periodStart(LocalDate.of(2026, 1, 1)).periodEnd(LocalDate.of(2029, 12, 31)).status(PlanStatus.DRAFT).edition(1).build();
    private final Input answered = input(11L, "TALENT", InputKind.CHALLENGE, List.of(1L));
    private final Input open = input(12L, "CAPITAL", InputKind.PROPOSAL, List.of());
    private final List<Action> actions = List.of(
            action(1L, Horizon.SHORT_TERM, "1000", "Regio Deal", OLD, List.of(11L)),
            action(2L, Horizon.ROADMAP, "2500", "EDF", RECENT, List.of()),
            action(3L, Horizon.ROADMAP, "500", null, OLD, List.of()));

    @Test
    void thePlanTracesItsActionsToInputsAndListsWhatIsNotAnsweredYet() {
        ReportDocument doc = contents(actions).build(ReportKind.PLAN, "7", ReportOptions.builder().language("nl").build());
        assertEquals(List.of("Ambitie en samenvatting", "De waardeketen", "Knelpunten per thema", "Acties", "KPI's: gerealiseerd tegen streefwaarde",
                "Inbreng nog niet beantwoord"), doc.sections().stream().map(Section::heading).toList());
        assertEquals(List.of("BOM", "LIOF"), doc.roms());
        assertEquals(new BigDecimal("4000"), fact(doc.sections().get(0), "Totaal budget"));
        List<List<Object>> rows = rows(doc.sections().get(3).tables().get(0));
        assertEquals(3, rows.size());
        assertEquals("#11 TALENT (uitdaging)", rows.get(0).get(14), "action 1 answers input 11");
        assertEquals("", rows.get(1).get(14));
        // bottlenecks by theme: each theme's inputs by kind, and how many of them an action answers
        List<List<Object>> byTheme = rows(doc.sections().get(2).tables().get(0));
        assertEquals(List.of("CAPITAL", 0, 1, 0), List.of(byTheme.get(0).get(0), byTheme.get(0).get(1), byTheme.get(0).get(3), byTheme.get(0).get(byTheme.get(0).size() - 1)));
        assertEquals(List.of("TALENT", 1, 1), List.of(byTheme.get(1).get(0), byTheme.get(1).get(1), byTheme.get(1).get(byTheme.get(1).size() - 1)));
        List<List<Object>> notAnswered = rows(doc.sections().get(5).tables().get(0));
        assertEquals(List.of(12L), notAnswered.stream().map(r -> r.get(0)).toList());
    }

    @Test
    void changesSinceListOnlyWhatChangedOnOrAfterTheDay() {
        ReportDocument doc = contents(actions).build(ReportKind.PLAN, "7", ReportOptions.builder().since(LocalDate.of(2026, 11, 20)).build());
        Section changes = doc.sections().get(doc.sections().size() - 1);
        assertEquals("Changes since 2026-11-20", changes.heading());
        assertEquals(List.of(2L), rows(changes.tables().get(0)).stream().map(r -> r.get(0)).toList());
        ReportDocument later = contents(actions).build(ReportKind.PLAN, "7", ReportOptions.builder().since(LocalDate.of(2026, 11, 21)).build());
        assertTrue(rows(later.sections().get(later.sections().size() - 1).tables().get(0)).isEmpty());
    }

    @Test
    void theAgendaKeepsShortTermApartAndItsTimelineBounded() {
        List<Action> many = new ArrayList<>();
        for (long i = 1; i <= 100; i++) {
            many.add(action(i, i % 4 == 0 ? Horizon.SHORT_TERM : Horizon.ROADMAP, "100", "Regio Deal", OLD, List.of()));
        }
        ReportDocument doc = contents(many).build(ReportKind.AGENDA, "NTS01", ReportOptions.builder().language("nl").build());
        assertEquals(1, agendaReads, "the figures come from one pass; the tables are read while written");
        assertTrue(doc.title().contains("geïntegreerde fotonica"), doc.title());
        Section summary = doc.sections().get(0);
        assertEquals(100, fact(summary, "Acties"));
        assertEquals(new BigDecimal("10000"), fact(summary, "Totaal budget"));
        assertEquals(25, fact(summary, "Acties korte termijn"));
        assertEquals(75, fact(summary, "Acties roadmap"));
        assertEquals("KIA", fact(summary, "Eigenaar"));
        Section shortTerm = doc.sections().stream().filter(s -> s.heading().equals("Acties op korte termijn")).findFirst().orElseThrow();
        Section roadmap = doc.sections().stream().filter(s -> s.heading().equals("Roadmap")).findFirst().orElseThrow();
        assertEquals(25, rows(shortTerm.tables().get(0)).size());
        assertEquals(75, rows(roadmap.tables().get(0)).size());
        assertEquals(3, agendaReads, "each table read the agenda again");
        Timeline timeline = (Timeline) doc.sections().get(2).charts().get(1);
        assertEquals(ReportContents.TIMELINE_SPANS, timeline.spans().size());
        assertEquals(100 - ReportContents.TIMELINE_SPANS, timeline.omitted());
        Table bySource = doc.sections().get(1).tables().get(1);
        assertEquals(List.of(List.of("Regio Deal", 100L, new BigDecimal("10000"), new BigDecimal("6000.0"), new BigDecimal("4000.0"))),
                rows(bySource).stream().map(r -> r.subList(0, 5)).toList());
    }

    @Test
    void anUnknownKeyTechnologyIsNotFound() {
        assertThrows(NotFoundException.class, () -> contents(actions).build(ReportKind.AGENDA, "NTS99", ReportOptions.DEFAULTS));
    }

    @Test
    void anUnknownOverviewKeyIsNotFound() {
        assertThrows(NotFoundException.class, () -> contents(actions).build(ReportKind.OVERVIEW, "BOM", ReportOptions.DEFAULTS));
        assertThrows(NotFoundException.class, () -> contents(actions).build(ReportKind.PLAN, "seven", ReportOptions.DEFAULTS));
    }

    private static Object fact(Section section, String label) {
        return section.facts().stream().filter(f -> f.label().equals(label)).map(Fact::value).findFirst().orElseThrow();
    }

    private static List<List<Object>> rows(Table table) {
        return StreamSupport.stream(table.rows().spliterator(), false).toList();
    }

    private static Input input(long id, String theme, InputKind kind, List<Long> answeredBy) {
        return Input.builder().id(id).workshop(3L).kind(kind).theme(theme).valueChain("VC01").text("tekst " + id).status("received")
                .answeredBy(answeredBy).technologies(List.of("NTS01")).build();
    }

    private static Action action(long id, Horizon horizon, String budget, String source, Stamp stamp, List<Long> inputs) {
        BigDecimal total = new BigDecimal(budget);
        return Action.builder().id(id).plan(7L).title("Actie " + id).horizon(horizon).status(ActionStatus.RUNNING)
                .start(LocalDate.of(2026, 1, 1).plusDays(id)).end(LocalDate.of(2027, 1, 1).plusDays(id))
                .budget(Budget.builder().total(total).publicFunding(total.multiply(new BigDecimal("0.6"))).privateFunding(total.multiply(new BigDecimal("0.4")))
                        .fundingSource(source).build())
                .kpis(List.of()).partners(List.of()).technologies(List.of("NTS01")).inputs(inputs).roms(List.of("BOM", "LIOF")).stamp(stamp).build();
    }

    private static final KeyTechnology PHOTONICS = new KeyTechnology("NTS01", "Optical systems and integrated photonics",
            "Optische systemen en geïntegreerde fotonica");
    /** How often the agenda's entries were read from the (fake) database. */
    private int agendaReads;

    private ReportContents contents(List<Action> all) {
        List<PlanOverview.ActionWithInputs> withInputs = all.stream()
                .map(a -> new PlanOverview.ActionWithInputs(a, a.inputs().contains(11L) ? List.of(answered) : List.of())).toList();
        Plans plans = fake(Plans.class, Map.of("overview", args -> {
            if ((long) args[0] != 7L) {
                throw new NotFoundException("plan", String.valueOf(args[0]));
            }
            return new PlanOverview(plan, withInputs, null);
        }));
        List<Agenda.Entry> entries = all.stream().map(a -> new Agenda.Entry(a, plan.title(), "VC01")).toList();
        // the entries of the agenda, or of one horizon, counting how often they are read from the "database"
        Agendas agendas = fake(Agendas.class, Map.of("entries", args -> (Iterable<Agenda.Entry>) () -> {
            agendaReads++;
            return entries.stream().filter(e -> args.length == 1 || e.action().horizon() == args[1]).iterator();
        }));
        Inputs inputs = fake(Inputs.class, Map.of("find", args -> new Page<>(List.of(answered, open), 2, 1, 200)));
        ValueChains chains = fake(ValueChains.class, Map.of(
                "get", args -> ValueChain.builder().code("VC01").name("Halfgeleiders").technologies(List.of("NTS01")).roms(List.of("BOM")).segments(List.of()).build(),
                "resilience", args -> new Resilience("VC01", List.of("BOM"), List.of(), List.of())));
        ReferenceData reference = fake(ReferenceData.class, Map.of("themes", args -> List.of(), "roms", args -> List.of(),
                "technology", args -> java.util.Optional.of(PHOTONICS).filter(t -> t.code().equals(args[0]))));
        ReportContents.Sources sources = new ReportContents.Sources() {
            public Plans plans() {
                return plans;
            }

            public Actions actions() {
                return fake(Actions.class, Map.of());
            }

            public Agendas agendas() {
                return agendas;
            }

            public Workshops workshops() {
                return fake(Workshops.class, Map.of());
            }

            public Inputs inputs() {
                return inputs;
            }

            public ValueChains valueChains() {
                return chains;
            }

            public ReferenceData referenceData() {
                return reference;
            }

            public List<Organisation> organisations(Collection<Long> ids) {
                return List.of();
            }
        };
        return new ReportContents(sources, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    interface Answer {
        Object answer(Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Answer> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Answer answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
            }
            return answer.answer(args);
        });
    }
}
