package nl.nts.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Matching funding calls and organisations over real HTTP and the shell, on the sample data and on
 * records the tests create: who fits a call and why, grouped by ROM; a proposed consortium that
 * meets its conditions or says which it cannot; an organisation's open calls, nearest deadline first.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MatchingIT extends PlatformTest {

    private static final String QUANTUM_CALL = "HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02";

    private long callId(String identifier) throws Exception {
        for (JsonNode c : api.get("/funding-calls?size=200").json().get("items")) {
            if (c.get("identifier").asText().equals(identifier)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no call " + identifier);
    }

    private long organisationId(String name) throws Exception {
        for (JsonNode o : api.get("/organisations?size=200").json().get("items")) {
            if (o.get("name").asText().equals(name)) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("no organisation " + name);
    }

    /** Every match of the answer, by organisation name. */
    private static Map<String, JsonNode> byName(JsonNode matches) {
        Map<String, JsonNode> all = new java.util.LinkedHashMap<>();
        for (JsonNode group : matches.get("roms")) {
            for (JsonNode m : group.get("organisations")) {
                assertEquals(m.toString(), group.get("rom").isNull() ? null : group.get("rom").asText(),
                        m.get("organisation").get("rom").isNull() ? null : m.get("organisation").get("rom").asText());
                all.put(m.get("organisation").get("name").asText(), m);
            }
        }
        return all;
    }

    @Test
    public void theSampleQuantumCallsOrganisationsByRomWithWhyAndAConsortiumThatMeetsEveryCondition() throws Exception {
        // the README's examples ask for these ids of a fresh start's sample data
        assertEquals(2, callId(QUANTUM_CALL));
        assertEquals(9, organisationId("Delftse Qubit Hardware B.V."));
        Api.Answer answer = user("bom-member", "bom-password").get("/funding-calls/" + callId(QUANTUM_CALL) + "/matches");
        assertEquals(answer.body(), 200, answer.status());
        JsonNode m = answer.json();
        assertEquals("OPEN", m.get("call").get("status").asText());
        assertEquals(List.of("VC03"), NationalCoreIT.texts(m.get("valueChains")));
        Map<String, JsonNode> fits = byName(m);
        assertEquals(m.get("total").asInt(), fits.size());

        JsonNode qubit = fits.get("Delftse Qubit Hardware B.V.");
        assertEquals(fits.keySet().toString(), "IQ", qubit.get("organisation").get("rom").asText());
        assertEquals("technology NTS02; value chain VC03; TRL 4 in 3-6", qubit.get("fit").get("reason").asText());
        assertEquals("IN_RANGE", qubit.get("fit").get("trl").asText());
        assertEquals("QSENSE-NL", qubit.get("organisation").get("euProjects").get(0).get("acronym").asText());
        assertEquals("NOT_KNOWN", fits.get("Instituut voor Quantum Onderzoek").get("fit").get("trl").asText());
        assertTrue(fits.containsKey("Amstel Quantum Software B.V.") && fits.containsKey("Utrecht Quantum Sensing B.V."));
        assertFalse("TRL 7 is outside the call's 3-6", fits.containsKey("Cryo Leiden Instruments B.V."));
        assertFalse("TRL 8 is outside the call's 3-6", fits.containsKey("Boulder Cryogenics Inc."));
        assertFalse("no quantum technology, no quantum chain", fits.containsKey("Dommel Chip Design B.V."));
        List<String> roms = new ArrayList<>();
        m.get("roms").forEach(g -> roms.add(g.get("rom").asText()));
        assertEquals("the ROM with most organisations first: " + roms, "IQ", roms.get(0));

        JsonNode proposal = m.get("proposal");
        assertTrue(proposal.toString(), proposal.get("complete").asBoolean());
        assertEquals(0, proposal.get("unmet").size());
        assertEquals("Instituut voor Quantum Onderzoek", proposal.get("lead").get("name").asText());
        assertEquals("lead: coordinator of 1 of 1 EU project (QSENSE-NL); knowledge institution", proposal.get("lead").get("reason").asText());
        JsonNode members = proposal.get("members");
        assertEquals(proposal.get("lead"), members.get(0));
        boolean sme = false;
        java.util.Set<String> memberRoms = new java.util.TreeSet<>();
        for (JsonNode member : members) {
            sme |= List.of("SME", "START_UP").contains(member.get("kind").asText());
            memberRoms.add(member.get("rom").asText());
        }
        assertTrue(members.toString(), sme);
        assertTrue("the call is cross-regional: " + memberRoms, memberRoms.size() >= 2);
    }

    @Test
    public void aProposalSaysPlainlyWhatItCannotMeetUntilAnOrganisationWithEuProjectsComes() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Answer created = api.post("/funding-calls", Api.json(Map.of("source", "RVO", "identifier", "BATTERY-MATCH-" + System.nanoTime(),
                "title", "Battery materials pilot", "opening", now.minus(1, ChronoUnit.DAYS).toString(), "deadline", now.plus(30, ChronoUnit.DAYS).toString(),
                "technologies", List.of("NTS08"), "trlMin", 3, "trlMax", 5, "crossRegional", true)));
        assertEquals(created.body(), 201, created.status());
        assertEquals(3, created.json().get("trlMin").asInt());
        assertTrue(created.json().get("crossRegional").asBoolean());
        String path = "/funding-calls/" + created.json().get("id").asLong() + "/matches";

        JsonNode m = api.get(path).json();
        assertTrue(m.toString(), byName(m).containsKey("Drentse Battery Materials B.V."));
        JsonNode proposal = m.get("proposal");
        assertFalse(proposal.get("complete").asBoolean());
        assertTrue(proposal.get("lead").isNull());
        List<String> unmet = NationalCoreIT.texts(proposal.get("unmet"));
        assertTrue(unmet.toString(), unmet.contains("no fitting organisation has EU project experience (a CORDIS project on record): the lead is left open"));
        assertTrue(unmet.toString(), unmet.contains("no fitting knowledge institution is free to join"));
        assertTrue(unmet.toString(), unmet.stream().anyMatch(u -> u.startsWith("the call is cross-regional, but no fitting organisation of a ROM other than NOM")));

        // a knowledge institution in Limburg with an EU project it coordinated: lead, knowledge institution and second ROM at once
        Api.Answer institute = api.post("/organisations", Api.json(Map.of("name", "Limburgs Batterij Instituut " + System.nanoTime(),
                "kind", "KNOWLEDGE_INSTITUTION", "country", "NL", "province", "Limburg", "technologies", List.of("NTS08"),
                "euProjects", List.of(Map.of("id", "101099999", "acronym", "BATMAT", "programme", "HORIZON", "role", "coordinator",
                        "start", "2023-01-01", "end", "2026-12-31")))));
        assertEquals(institute.body(), 201, institute.status());
        assertEquals("BATMAT", institute.json().get("euProjects").get(0).get("acronym").asText());
        assertEquals("2026-12-31", api.get("/organisations/" + institute.json().get("id").asLong()).json().get("euProjects").get(0).get("end").asText());

        JsonNode after = api.get(path).json().get("proposal");
        assertTrue(after.toString(), after.get("complete").asBoolean());
        assertEquals(institute.json().get("id").asLong(), after.get("lead").get("organisation").asLong());
        assertEquals(List.of("lead", "partner"), NationalCoreIT.texts(after.get("members"), "role"));
        assertEquals(List.of("LIOF", "NOM"), NationalCoreIT.texts(after.get("members"), "rom"));

        Api.Answer bad = api.post("/organisations", Api.json(Map.of("name", "Bad Projects BV", "kind", "SME", "country", "BE",
                "euProjects", List.of(Map.of("id", "not a cordis id")))));
        NationalCoreIT.assertProblem(bad, 422);
        assertTrue(bad.body(), bad.body().contains("euProjects[0].id"));
        Api.Answer range = api.post("/funding-calls", Api.json(Map.of("source", "RVO", "identifier", "BAD-RANGE-" + System.nanoTime(),
                "title", "Upside down", "trlMin", 6, "trlMax", 4)));
        NationalCoreIT.assertProblem(range, 422);
        assertTrue(range.body(), range.body().contains("trlMax"));
    }

    @Test
    public void anOrganisationsOpenCallsNearestDeadlineFirst() throws Exception {
        long qubit = organisationId("Delftse Qubit Hardware B.V.");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Answer sooner = api.post("/funding-calls", Api.json(Map.of("source", "RVO", "identifier", "QUANTUM-SOON-" + System.nanoTime(),
                "title", "Quantum vouchers", "opening", now.minus(1, ChronoUnit.DAYS).toString(), "deadline", now.plus(10, ChronoUnit.DAYS).toString(),
                "technologies", List.of("NTS02"))));
        assertEquals(sooner.body(), 201, sooner.status());

        Api.Answer answer = user("liof-member", "liof-password").get("/organisations/" + qubit + "/calls");
        assertEquals(answer.body(), 200, answer.status());
        JsonNode items = answer.json().get("items");
        List<Long> ids = new ArrayList<>();
        List<String> deadlines = new ArrayList<>();
        for (JsonNode f : items) {
            assertEquals(f.toString(), "OPEN", f.get("call").get("status").asText());
            ids.add(f.get("call").get("id").asLong());
            deadlines.add(f.get("call").get("deadline").asText());
        }
        assertEquals(deadlines.stream().sorted().toList(), deadlines);
        assertTrue(ids.toString(), ids.indexOf(sooner.json().get("id").asLong()) >= 0);
        assertTrue(ids.toString(), ids.indexOf(sooner.json().get("id").asLong()) < ids.indexOf(callId(QUANTUM_CALL)));
        assertFalse("the MIT call is forthcoming", ids.contains(callId("MIT-RD-2026-NB-EXAMPLE")));
        assertFalse("the defence call is closed", ids.contains(callId("EDF-2025-DA-SENS-EXAMPLE-01")));
        assertEquals("technology NTS02; value chain VC03; the call names no TRL range", items.get(ids.indexOf(sooner.json().get("id").asLong())).get("fit").get("reason").asText());

        assertEquals(0, api.get("/organisations/" + organisationId("Provincie-brede Innovatiefonds Zuid") + "/calls").json().get("items").size());
    }

    @Test
    public void unknownIdsAre404AndMatchingNeedsALogin() throws Exception {
        NationalCoreIT.assertProblem(api.get("/funding-calls/999999/matches"), 404);
        NationalCoreIT.assertProblem(api.get("/funding-calls/abc/matches"), 404);
        NationalCoreIT.assertProblem(api.get("/organisations/999999/calls"), 404);
        assertEquals(401, Api.anonymous(port()).get("/funding-calls/" + callId(QUANTUM_CALL) + "/matches").status());
    }

    @Test
    public void theShellShowsMatchesAndTheProposalAndRefusesABadIdInOneLine() throws Exception {
        String out = shell().runAs("bom-member", "nts:matches " + callId(QUANTUM_CALL), "rom-member:BOM");
        assertTrue(out, out.contains("Delftse Qubit Hardware B.V."));
        assertTrue(out, out.contains("proposed consortium (meets every condition):"));
        assertTrue(out, out.contains("lead: coordinator of 1 of 1 EU project (QSENSE-NL)"));
        assertFalse(out, out.contains("Cryo Leiden"));

        String calls = shell().runAs("bom-member", "nts:matches -o " + organisationId("Delftse Qubit Hardware B.V."), "rom-member:BOM");
        assertTrue(calls, calls.contains(QUANTUM_CALL));

        try {
            String refused = shell().runAs("bom-member", "nts:matches abc", "rom-member:BOM");
            assertTrue(refused, refused.contains("is no id") && refused.strip().lines().count() == 1);
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().contains("'abc' is no id: give the number"));
            assertEquals(e.getMessage(), 1, e.getMessage().strip().lines().count());
        }
        try {
            String none = shell().runAs("bom-member", "nts:matches", "rom-member:BOM");
            fail("no call named, yet: " + none);
        } catch (Exception e) {
            assertTrue(e.getMessage(), e.getMessage().contains("name a funding call's id"));
        }
    }
}
