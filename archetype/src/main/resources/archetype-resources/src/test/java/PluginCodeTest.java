package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportContext;
import nl.nts.platform.api.plugin.Workflow;

/** The plugin's code without the platform: what it answers the core. */
class PluginCodeTest {

    @Test
    void everyTransitionOfTheWorkflowJoinsTwoOfItsStates() {
        IntakeWorkflow workflow = new IntakeWorkflow();
        Set<String> states = workflow.states().stream().map(Workflow.State::code).collect(Collectors.toSet());
        assertTrue(states.contains(workflow.initialState()));
        for (Workflow.Transition t : workflow.transitions()) {
            assertTrue(states.contains(t.from()) && states.contains(t.to()), t.code());
        }
        assertTrue(workflow.states().stream().anyMatch(Workflow.State::answered), "a state that means an action answers the input");
    }

    @Test
    void theSummaryListsAWorkshopsInputsUnderTheHeadingAsked() throws Exception {
        Workshop workshop = Workshop.builder().id(7L).title("Photonics in the region").date(LocalDate.of(2026, 11, 30)).place("Delft").rom("${rom}")
                .build();
        Input input = Input.builder().id(3L).workshop(7L).kind(InputKind.CHALLENGE).theme("TALENT").text("Too few photonics engineers").build();
        Report report = new Report.WorkshopReport(workshop, List.of(input), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new SummaryReport().render(report, context(Map.of("heading", List.of("Summary for the board"))), out);

        assertEquals("Summary for the board\n1 inputs\n- CHALLENGE TALENT: Too few photonics engineers\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theRegisterBecomesOrganisationsKeyedByTheirRegisterId() {
        List<Organisation> read = RegisterConnector.parse(List.of("id;name;kind;city;province", "R-1;Acme Photonics;sme;Delft;Zuid-Holland", ""), ";");
        assertEquals(1, read.size());
        assertEquals("Acme Photonics", read.get(0).name());
        assertEquals(OrganisationKind.SME, read.get(0).kind());
        assertEquals(Map.of("${pluginId}", "R-1"), read.get(0).externalIds());
        assertThrows(IllegalArgumentException.class, () -> RegisterConnector.parse(List.of("header", "R-2;Short"), ";"));
    }

    /** What the core hands a format for a request with these query parameters. */
    private static ReportContext context(Map<String, List<String>> parameters) {
        return new ReportContext() {
            public String language() {
                return "en";
            }

            public Locale locale() {
                return Locale.ENGLISH;
            }

            public LocalDate since() {
                return null;
            }

            public boolean inline() {
                return false;
            }

            public Map<String, List<String>> parameters() {
                return parameters;
            }
        };
    }
}
