package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.model.LegalBasis;
import nl.nts.platform.api.model.Participant;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.model.PublicSubmission;
import nl.nts.platform.api.model.Workshop;

/** The rules of workshops, inputs, plans, funding calls and consortia. */
class RecordRulesTest {

    private static final Set<String> ROMS = Set.of("BOM", "LIOF", "IZ");
    private static final Set<String> TECHNOLOGIES = Set.of("NTS01", "NTS09");

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void workshops() {
        WorkshopRules rules = new WorkshopRules(ROMS::contains, TECHNOLOGIES::contains);
        Workshop good = new Workshop(null, " Photonics day ", LocalDate.of(2025, 5, 7), null, "BOM", List.of("LIOF"), List.of("NTS01"),
                List.of("VC02"), List.of(1L), List.of(new Participant("A. Person", null, "a@example.org", 1L, LegalBasis.CONSENT),
                        new Participant("No Address", null, null, null, LegalBasis.CONSENT)), null, null);
        assertEquals("Photonics day", rules.check(good).title());
        assertEquals(LegalBasis.CONSENT, rules.check(good).participants().get(0).emailBasis());
        assertNull(rules.check(good).participants().get(1).emailBasis(), "a basis without an address is dropped");

        Workshop bad = new Workshop(null, null, null, "x".repeat(201), "XYZ", List.of("BOM", "BOM"), List.of("NTS99"), List.of(),
                List.of(1L, 1L), Arrays.asList(new Participant("", null, "a@example.org", null, LegalBasis.PUBLIC_TASK),
                        new Participant("B", "r".repeat(101), "A@example.org", null, LegalBasis.CONSENT), null,
                        new Participant("C", null, "c@example.org", null)), null, null);
        assertEquals(List.of("title", "date", "place", "rom", "coOrganisers[1]", "technologies[0]", "organisations[1]",
                "participants[0].name", "participants[1].role", "participants[1].email", "participants[2]", "participants[3].emailBasis"),
                fields(assertThrows(ValidationException.class, () -> rules.check(bad))));
    }

    @Test
    void inputs() {
        InputRules rules = new InputRules(Set.of("TALENT")::contains, TECHNOLOGIES::contains);
        Input good = new Input(null, 1L, null, InputKind.CHALLENGE, "TALENT", List.of("NTS09"), null, " Too few technicians ", null,
                null, null, null, null);
        Input checked = rules.check(good);
        assertEquals(null, checked.status(), "the workflow engine sets it");
        assertEquals("Too few technicians", checked.text());

        Input bad = Input.builder().theme("WEATHER").text("t".repeat(4001)).status("lost").build();
        // the workshop is checked with the stored record (input from a public page needs none): JpaInputs
        assertEquals(List.of("kind", "theme", "text"), fields(assertThrows(ValidationException.class, () -> rules.check(bad))));
        Input claimed = good.toBuilder().submission(PublicSubmission.builder().organisation("Mine").build()).rom("LIOF").build();
        assertNull(rules.check(claimed).submission(), "only the public page's own path sets a submission");
        assertNull(rules.check(claimed).rom(), "the core sets the ROM");
    }

    @Test
    void inputFromAPublicPageKeepsAContactOnlyWithConsent() {
        InputRules rules = new InputRules(Set.of("TALENT")::contains, TECHNOLOGIES::contains);
        Input.Builder left = Input.builder().kind(InputKind.PROPOSAL).theme("TALENT").technologies(List.of("NTS09")).text(" Train welders ")
                .workshop(3L).organisation(7L).status("answered");
        Input checked = rules.checkPublic(left.submission(PublicSubmission.builder().organisation(" Lasbedrijf De Vonk ")
                .contactName(" Anna de Vries ").contactEmail("anna@devonk.nl").contactConsent(true).build()).build());
        assertEquals(new PublicSubmission("Lasbedrijf De Vonk", "Anna de Vries", "anna@devonk.nl", true), checked.submission());
        assertEquals("Train welders", checked.text());
        assertNull(checked.workshop(), "a public page is no workshop");
        assertNull(checked.organisation(), "the author names it; a ROM adviser links it");
        assertNull(checked.status(), "it enters its ROM's workflow where the workflow starts");

        PublicSubmission anonymous = rules.checkPublic(left.submission(PublicSubmission.builder().organisation("De Vonk").contactName(" ")
                .contactConsent(true).build()).build()).submission();
        assertEquals(new PublicSubmission("De Vonk", null, null, false), anonymous, "consent to keep no contact is no consent kept");

        ValidationException noConsent = assertThrows(ValidationException.class, () -> rules.checkPublic(left.submission(
                PublicSubmission.builder().organisation("De Vonk").contactEmail("anna@devonk.nl").build()).build()));
        assertEquals(List.of("submission.contactConsent"), fields(noConsent));

        ValidationException bad = assertThrows(ValidationException.class, () -> rules.checkPublic(left.theme(null).submission(
                PublicSubmission.builder().organisation("o".repeat(201)).contactName("n".repeat(201)).contactEmail("anna at devonk")
                        .contactConsent(true).build()).build()));
        assertEquals(List.of("theme", "submission.organisation", "submission.contactName", "submission.contactEmail"), fields(bad));
        assertEquals(List.of("submission"), fields(assertThrows(ValidationException.class,
                () -> rules.checkPublic(left.theme("TALENT").submission(null).build()))));
    }

    @Test
    void plansAreOfEditionOneUnlessSaidOtherwise() {
        PlanRules rules = new PlanRules(ROMS::contains);
        Plan checked = rules.check(new Plan(null, "Plan", "VC01", List.of("BOM"), LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
                null, null, null, null, null));
        assertNull(checked.status(), "the status is its workflow's, decided by WorkflowStatus");
        assertEquals(1, checked.edition());

        Plan bad = new Plan(null, "", null, List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), null, 0, null, null, null);
        assertEquals(List.of("title", "valueChain", "roms", "periodEnd", "edition"),
                fields(assertThrows(ValidationException.class, () -> rules.check(bad))));
    }

    @Test
    void fundingCalls() {
        FundingCallRules rules = new FundingCallRules(TECHNOLOGIES::contains);
        FundingCall checked = rules.check(new FundingCall(null, "SEDIA", "EDF-1", null, "Sensors", null, null, null, null, List.of(),
                "https://example.org/call", null, null));
        assertEquals(CallStatus.FORTHCOMING, checked.status());

        FundingCall bad = new FundingCall(null, "SE DIA", " ", null, null, Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"), new BigDecimal("-1"), null, List.of("NTS77"), "javascript:alert(1)", null, null);
        assertEquals(List.of("source", "identifier", "title", "deadline", "budget", "technologies[0]", "url"),
                fields(assertThrows(ValidationException.class, () -> rules.check(bad))));
    }

    @Test
    void aFundingCallsTrlRangeIsOneToNineAndNotUpsideDown() {
        FundingCallRules rules = new FundingCallRules(TECHNOLOGIES::contains);
        FundingCall.Builder call = FundingCall.builder().source("RVO").identifier("MIT-1").title("MIT");
        FundingCall checked = rules.check(call.trlMin(4).trlMax(7).crossRegional(true).build());
        assertEquals(4, checked.trlMin());
        assertEquals(7, checked.trlMax());
        assertEquals(Boolean.TRUE, checked.crossRegional());
        assertEquals(5, rules.check(call.trlMin(5).trlMax(null).build()).trlMin(), "either end may be open");
        assertEquals(List.of("trlMin", "trlMax"), fields(assertThrows(ValidationException.class, () -> rules.check(call.trlMin(0).trlMax(10).build()))));
        assertEquals(List.of("trlMax"), fields(assertThrows(ValidationException.class, () -> rules.check(call.trlMin(6).trlMax(4).build()))));
    }

    @Test
    void consortia() {
        ConsortiumRules rules = new ConsortiumRules(ROMS::contains);
        Consortium bad = new Consortium(null, null, " ", 7L, Arrays.asList(new Consortium.Member(7L, "partner"),
                new Consortium.Member(8L, "partner"), new Consortium.Member(8L, " "), null), "XYZ", null, null);
        assertEquals(List.of("call", "name", "rom", "members[0].organisation", "members[2].organisation", "members[2].role",
                "members[3].organisation"), fields(assertThrows(ValidationException.class, () -> rules.check(bad))));
    }

    /** Dates and instants outside the years the platform plans are broken rules for every surface (a plugin's or connector's too). */
    @Test
    void datesAndInstantsOutOfRangeAreBrokenRules() {
        WorkshopRules workshops = new WorkshopRules(ROMS::contains, TECHNOLOGIES::contains);
        for (LocalDate date : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(1, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1))) {
            Workshop w = Workshop.builder().title("Day").date(date).rom("BOM").build();
            assertEquals(List.of("date"), fields(assertThrows(ValidationException.class, () -> workshops.check(w))), date.toString());
        }
        workshops.check(Workshop.builder().title("Day").date(LocalDate.of(2200, 12, 31)).rom("BOM").build());

        FundingCallRules calls = new FundingCallRules(TECHNOLOGIES::contains);
        for (Instant at : List.of(Instant.MAX, Instant.MIN, Instant.parse("1000-01-01T00:00:00Z"), Instant.parse("2201-01-01T00:00:00Z"))) {
            FundingCall c = new FundingCall(null, "SEDIA", "EDF-2", null, "Sensors", null, at, null, null, List.of(), null, null, null);
            assertEquals(List.of("deadline"), fields(assertThrows(ValidationException.class, () -> calls.check(c))), at.toString());
        }
    }
}
