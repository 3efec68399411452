package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static nl.nts.platform.itests.NationalCoreIT.assertRefused;
import static nl.nts.platform.itests.NationalCoreIT.texts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The NTS process through the distribution, from dialogue to action: the Eindhoven workshop
 * of 7 May 2025 and its inputs, the draft plan whose actions answer them, and the national
 * agendas that gather those actions.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DialogueToActionIT extends PlatformTest {

    @Test
    public void theEindhovenWorkshopWithItsInputs() throws Exception {
        JsonNode workshops = api.get("/workshops?rom=LIOF&from=2025-05-01&to=2025-05-31").json();
        assertEquals(1, workshops.get("total").asInt());
        JsonNode workshop = workshops.get("items").get(0);
        assertEquals("2025-05-07", workshop.get("date").asText());
        assertEquals("Brainport Industries Campus, Eindhoven", workshop.get("place").asText());
        assertEquals("BOM", workshop.get("rom").asText());
        assertEquals(List.of("LIOF", "IZ"), texts(workshop.get("coOrganisers")));
        assertTrue(texts(workshop.get("technologies")).containsAll(List.of("NTS01", "NTS02", "NTS05", "NTS06", "NTS09")));
        assertTrue(workshop.get("participants").size() >= 5);

        JsonNode inputs = api.get("/inputs?workshop=" + workshop.get("id").asLong() + "&size=100").json();
        assertTrue(inputs.get("total").asInt() >= 10);
        List<String> themes = texts(inputs.get("items"), "theme");
        assertTrue(themes.toString(), themes.containsAll(List.of("CHAIN_RESILIENCE", "INFRASTRUCTURE", "TALENT", "CAPITAL", "MARKET_ACCESS")));
        for (JsonNode input : inputs.get("items")) {
            assertEquals("BOM", input.get("rom").asText());
        }
        List<String> fab = texts(api.get("/inputs?q=300mm%20fab").json().get("items"), "text");
        assertEquals(1, fab.size());
        assertTrue(fab.get(0).contains("no 300mm fab"));
        assertEquals(7, api.get("/themes").json().get("total").asInt());
    }

    @Test
    public void aPlanWithItsActionsAndTheirInputsInOneRead() throws Exception {
        JsonNode plans = api.get("/plans?valueChain=VC01&status=DRAFT").json();
        assertEquals(1, plans.get("total").asInt());
        long planId = plans.get("items").get(0).get("id").asLong();
        JsonNode overview = api.get("/plans/" + planId + "/overview").json();
        assertEquals(List.of("BOM", "LIOF"), texts(overview.get("plan").get("roms")));
        // the sample data tells what became of the plan so far, dated back from the day it was loaded
        JsonNode results = overview.get("results");
        assertEquals(results.toString(), 3, results.get("withProgress").asInt());
        assertEquals(results.toString(), 2, results.get("kpisMeasured").asInt());
        assertEquals(results.toString(), 1, results.get("kpisMet").asInt());
        JsonNode actions = overview.get("actions");
        assertTrue(actions.size() >= 5);
        for (JsonNode entry : actions) {
            JsonNode action = entry.get("action");
            assertFalse(action.get("title").asText() + " answers an input", entry.get("inputs").isEmpty());
            for (JsonNode input : entry.get("inputs")) {
                // navigable both ways
                assertTrue(texts(input.get("answeredBy")).contains(action.get("id").asText()));
                assertEquals(action.get("inputs").toString(), true, texts(action.get("inputs")).contains(input.get("id").asText()));
            }
            assertEquals(List.of("BOM", "LIOF"), texts(action.get("roms")));
        }
    }

    @Test
    public void anActionIsAddedChangedAndRemovedAndTheAgendaFollows() throws Exception {
        long planId = api.get("/plans?valueChain=VC01").json().get("items").get(0).get("id").asLong();
        JsonNode before = api.get("/agendas/NTS09").json().get("totals");
        long inputId = api.get("/inputs?theme=TALENT").json().get("items").get(0).get("id").asLong();

        Map<String, Object> action = new LinkedHashMap<>();
        action.put("plan", planId);
        action.put("title", "Vocational packaging technician course");
        action.put("horizon", "SHORT_TERM");
        action.put("budget", Map.of("total", 250000, "publicFunding", 150000, "privateFunding", 100000));
        action.put("kpis", List.of(Map.of("indicator", "technicians certified", "target", 60, "unit", "people", "year", 2027)));
        action.put("inputs", List.of(inputId));
        Api.Answer created = api.post("/actions", Api.json(action));
        assertEquals(created.body(), 201, created.status());
        JsonNode stored = created.json();
        assertEquals("IDEA", stored.get("status").asText());
        assertEquals("the plan's value chain's technologies", List.of("NTS06", "NTS09"), texts(stored.get("technologies")));
        String path = "/actions/" + stored.get("id").asLong();

        JsonNode after = api.get("/agendas/NTS09").json().get("totals");
        assertEquals(before.get("actions").asInt() + 1, after.get("actions").asInt());
        assertEquals(0, new BigDecimal(before.get("budget").asText()).add(new BigDecimal("250000"))
                .compareTo(new BigDecimal(after.get("budget").asText())));
        assertTrue(texts(api.get("/inputs/" + inputId).json().get("answeredBy")).contains(stored.get("id").asText()));

        // an input answered by an action cannot go
        assertRefused(api.delete("/inputs/" + inputId), 409, "id");
        // nor can a plan with actions
        Api.Answer planDelete = api.delete("/plans/" + planId);
        assertRefused(planDelete, 409, "id");
        assertTrue(planDelete.body(), planDelete.json().get("detail").asText().contains("action "));

        // the status moves by the action's workflow, not by a replace
        action.put("status", "FUNDED");
        action.put("version", stored.get("version").asLong());
        assertRefused(api.put(path, Api.json(action)), 409, "status");
        for (String transition : List.of("prepare", "fund")) {
            assertEquals(transition, 200, api.post(path + "/transitions", Api.json(Map.of("transition", transition))).status());
        }
        assertEquals("FUNDED", api.get(path).json().get("status").asText());

        assertEquals(204, api.delete(path).status());
        assertFalse(texts(api.get("/inputs/" + inputId).json().get("answeredBy")).contains(stored.get("id").asText()));
        assertEquals(before.get("actions").asInt(), api.get("/agendas/NTS09").json().get("totals").get("actions").asInt());
    }

    /** An action counts in the agendas of the inputs it answers, also when its plan's chain and its own technologies are others. */
    @Test
    public void anActionAnsweringAPhotonicsInputCountsInThePhotonicsAgenda() throws Exception {
        long planId = api.get("/plans?valueChain=VC01").json().get("items").get(0).get("id").asLong();
        JsonNode photonicsInput = api.get("/inputs?theme=ECOSYSTEM&technology=NTS01").json().get("items").get(0);
        assertEquals(List.of("NTS01"), texts(photonicsInput.get("technologies")));
        int before = api.get("/agendas/NTS01").json().get("totals").get("actions").asInt();

        Map<String, Object> action = new LinkedHashMap<>();
        action.put("plan", planId);
        action.put("title", "InP design kits for the semiconductor chain");
        action.put("horizon", "ROADMAP");
        action.put("technologies", List.of("NTS09"));
        action.put("inputs", List.of(photonicsInput.get("id").asLong()));
        Api.Answer created = api.post("/actions", Api.json(action));
        assertEquals(created.body(), 201, created.status());
        assertEquals("given, and the answered input's", List.of("NTS01", "NTS09"), texts(created.json().get("technologies")));
        long id = created.json().get("id").asLong();
        JsonNode photonics = api.get("/agendas/NTS01").json();
        assertEquals(before + 1, photonics.get("totals").get("actions").asInt());
        assertTrue(photonics.toString(), photonics.get("actions").findValues("id").stream().anyMatch(n -> n.asLong() == id));
        assertEquals(List.of(id), api.get("/actions?technology=NTS01&q=design+kits").json().get("items").findValues("id").stream()
                .map(JsonNode::asLong).toList());

        // no longer answering it, and its technology left out: it leaves the agenda
        action.put("inputs", List.of());
        action.put("version", created.json().get("version").asLong());
        Api.Answer replaced = api.put("/actions/" + id, Api.json(action));
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals(List.of("NTS09"), texts(replaced.json().get("technologies")));
        assertEquals(before, api.get("/agendas/NTS01").json().get("totals").get("actions").asInt());

        // answering it again on a replace brings the technology back
        action.put("inputs", List.of(photonicsInput.get("id").asLong()));
        action.put("version", replaced.json().get("version").asLong());
        Api.Answer again = api.put("/actions/" + id, Api.json(action));
        assertEquals(again.body(), 200, again.status());
        assertEquals(List.of("NTS01", "NTS09"), texts(again.json().get("technologies")));
        assertEquals(204, api.delete("/actions/" + id).status());
    }

    @Test
    public void actionRulesNameTheirFields() throws Exception {
        long planId = api.get("/plans?valueChain=VC01").json().get("items").get(0).get("id").asLong();
        long before = api.get("/actions").json().get("total").asLong();
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("plan", planId);
        action.put("title", "Bad budget");
        action.put("horizon", "ROADMAP");
        action.put("budget", Map.of("total", 100, "publicFunding", 60, "privateFunding", 50));
        assertRefused(api.post("/actions", Api.json(action)), 422, "budget.total");
        action.remove("budget");
        action.put("start", "2027-01-01");
        action.put("end", "2026-01-01");
        assertRefused(api.post("/actions", Api.json(action)), 422, "end");
        action.remove("end");
        action.put("inputs", List.of(999999999));
        assertRefused(api.post("/actions", Api.json(action)), 422, "inputs[0]");
        action.put("inputs", List.of());
        action.put("plan", 999999999);
        assertRefused(api.post("/actions", Api.json(action)), 422, "plan");
        action.put("plan", planId);
        action.put("horizon", "SOMEDAY");
        assertRefused(api.post("/actions", Api.json(action)), 400, "horizon");
        assertEquals(before, api.get("/actions").json().get("total").asLong());
    }

    @Test
    public void workshopAndInputRulesNameTheirFields() throws Exception {
        Map<String, Object> workshop = new LinkedHashMap<>();
        workshop.put("title", "Quantum meets equipment");
        workshop.put("date", "2026-02-30");
        workshop.put("rom", "IQ");
        assertRefused(api.post("/workshops", Api.json(workshop)), 400, "date");
        workshop.put("date", "2026-02-20");
        workshop.put("coOrganisers", List.of("IQ"));
        workshop.put("participants", List.of(Map.of("name", "A. Person", "email", "not-an-address")));
        Api.Answer refused = api.post("/workshops", Api.json(workshop));
        assertRefused(refused, 422, "coOrganisers");
        // every problem at once: the address, and that it was given without a legal basis (the AVG)
        assertEquals(List.of("coOrganisers", "participants[0].email", "participants[0].emailBasis"), texts(refused.json().get("errors"), "field"));

        workshop.put("coOrganisers", List.of("RUR"));
        workshop.put("participants", List.of(Map.of("name", "A. Person", "email", "a.person@example.org", "emailBasis", "CONSENT")));
        Api.Answer created = api.post("/workshops", Api.json(workshop));
        assertEquals(created.body(), 201, created.status());
        long workshopId = created.json().get("id").asLong();

        Map<String, Object> input = new LinkedHashMap<>();
        input.put("workshop", workshopId);
        input.put("kind", "OPPORTUNITY");
        input.put("theme", "WEATHER");
        input.put("text", "Shared cryogenic test facilities");
        assertRefused(api.post("/inputs", Api.json(input)), 422, "theme");
        input.put("theme", "ECOSYSTEM");
        input.put("status", "forgotten");
        assertRefused(api.post("/inputs", Api.json(input)), 422, "status");
        input.remove("status");
        Api.Answer stored = api.post("/inputs", Api.json(input));
        assertEquals(stored.body(), 201, stored.status());
        assertEquals("received", stored.json().get("status").asText());
        assertEquals("IQ", stored.json().get("rom").asText());

        // the workshop cannot go while it holds input; the input can, then the workshop
        assertRefused(api.delete("/workshops/" + workshopId), 409, "id");
        assertEquals(204, api.delete("/inputs/" + stored.json().get("id").asLong()).status());
        assertEquals(204, api.delete("/workshops/" + workshopId).status());
        assertProblem(api.get("/workshops/" + workshopId), 404);
    }

    @Test
    public void anOrganisationThatOthersNameCannotBeDeleted() throws Exception {
        long owner = api.get("/organisations?q=Waalre").json().get("items").get(0).get("id").asLong();
        Api.Answer refused = api.delete("/organisations/" + owner);
        assertRefused(refused, 409, "id");
        String detail = refused.json().get("detail").asText();
        assertTrue(detail, detail.contains("workshop ") && detail.contains("action "));
    }

    @Test
    public void theAgendasGatherTheActionsWithTotals() throws Exception {
        JsonNode agendas = api.get("/agendas").json();
        assertEquals(10, agendas.get("total").asInt());
        JsonNode semiconductors = api.get("/agendas/NTS09").json();
        assertEquals("KIA", semiconductors.get("owner").asText());
        JsonNode totals = semiconductors.get("totals");
        assertEquals(semiconductors.get("actions").size(), totals.get("actions").asInt());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode entry : semiconductors.get("actions")) {
            assertTrue(texts(entry.get("action").get("technologies")).contains("NTS09"));
            sum = sum.add(new BigDecimal(entry.get("action").get("budget").get("total").asText()));
        }
        assertEquals(0, sum.compareTo(new BigDecimal(totals.get("budget").asText())));
        assertTrue(totals.get("byRom").get("BOM").asInt() >= 5);
        assertProblem(api.get("/agendas/NTS99"), 404);
    }

    @Test
    public void progressAndMeasurementsShowWhatBecameOfAnAction() throws Exception {
        // a plan of BOM alone, with an action whose KPIs go up and down
        JsonNode plan = api.post("/plans", Api.json(Map.of("title", "Results plan BOM", "valueChain", "VC12", "roms", List.of("BOM"),
                "periodStart", "2026-01-01", "periodEnd", "2027-12-31"))).json();
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("plan", plan.get("id").asLong());
        action.put("title", "Pilot line vouchers");
        action.put("horizon", "SHORT_TERM");
        action.put("budget", Map.of("total", 100000, "publicFunding", 60000, "privateFunding", 40000));
        action.put("kpis", List.of(
                Map.of("indicator", "Start-ups with pilot line access", "baseline", 2, "target", 12, "unit", "companies", "year", 2027),
                Map.of("indicator", "Lead time to first wafer", "baseline", 26, "target", 12, "unit", "weeks", "year", 2027)));
        Api.Answer created = api.post("/actions", Api.json(action));
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();
        assertTrue(created.json().get("progress").isNull());

        Api bom = user("bom-member", "bom-password");
        Api liof = user("liof-member", "liof-password");
        // another ROM reads it but may not report on it; nothing is stored
        assertRefused(liof.post("/actions/" + id + "/progress", "{\"percent\":50}"), 403, null);
        assertRefused(liof.post("/actions/" + id + "/measurements", "{\"indicator\":\"Lead time to first wafer\",\"value\":1}"), 403, null);
        assertEquals(0, liof.get("/actions/" + id + "/progress").json().get("total").asInt());

        // the rules name their fields, on the values as they will be stored
        assertRefused(bom.post("/actions/" + id + "/progress", "{\"percent\":101}"), 422, "percent");
        assertRefused(bom.post("/actions/" + id + "/progress", "{\"note\":\"  \"}"), 422, "percent");
        assertRefused(bom.post("/actions/" + id + "/progress", "{\"percent\":5,\"date\":\"2999-01-01\"}"), 422, "date");
        assertRefused(bom.post("/actions/" + id + "/measurements", "{\"indicator\":\"Jobs\",\"value\":1}"), 422, "indicator");
        assertRefused(bom.post("/actions/" + id + "/measurements", "{\"indicator\":\"Lead time to first wafer\"}"), 422, "value");
        assertProblem(bom.post("/actions/999999999/progress", "{\"percent\":5}"), 404);

        Api.Answer first = bom.post("/actions/" + id + "/progress", "{\"percent\":20,\"date\":\"2026-03-01\",\"note\":\" Vouchers opened \"}");
        assertEquals(first.body(), 201, first.status());
        assertTrue(first.header("Location"), first.header("Location").endsWith("/api/actions/" + id + "/progress/" + first.json().get("id").asLong()));
        assertEquals("Vouchers opened", first.json().get("note").asText());
        assertEquals("bom-member", first.json().get("stamp").get("createdBy").asText());
        Api.Answer second = bom.post("/actions/" + id + "/progress", "{\"percent\":45,\"milestone\":\"First five vouchers granted\",\"date\":\"2026-06-01\"}");
        assertEquals(second.body(), 201, second.status());
        // an older report recorded later does not become the newest
        assertEquals(201, bom.post("/actions/" + id + "/progress", "{\"percent\":10,\"date\":\"2026-02-01\"}").status());
        assertEquals(201, bom.post("/actions/" + id + "/measurements",
                "{\"indicator\":\" start-ups WITH pilot line access \",\"value\":7,\"date\":\"2026-05-01\",\"source\":\"voucher administration\"}").status());
        assertEquals(201, bom.post("/actions/" + id + "/measurements", "{\"indicator\":\"Lead time to first wafer\",\"value\":11.5,\"date\":\"2026-06-15\"}").status());

        JsonNode read = api.get("/actions/" + id).json();
        assertTrue("every report raises the action's version", read.get("version").asLong() >= version + 5);
        assertEquals(45, read.get("progress").get("percent").asInt());
        assertEquals("First five vouchers granted", read.get("progress").get("milestone").asText());
        JsonNode startUps = read.get("kpis").get(0);
        assertEquals(0, new BigDecimal("7").compareTo(startUps.get("realised").decimalValue()));
        assertEquals("2026-05-01", startUps.get("realisedOn").asText());
        assertFalse("7 of 12 start-ups: not met", startUps.get("met").asBoolean());
        JsonNode leadTime = read.get("kpis").get(1);
        assertTrue("11.5 weeks against a target of 12 down from 26: met", leadTime.get("met").asBoolean());
        JsonNode updates = api.get("/actions/" + id + "/progress").json();
        assertEquals(3, updates.get("total").asInt());
        assertEquals(List.of("2026-06-01", "2026-03-01", "2026-02-01"), texts(updates.get("items"), "date"));
        JsonNode measured = api.get("/actions/" + id + "/measurements?indicator=Start-ups%20with%20pilot%20line%20access").json();
        assertEquals(1, measured.get("total").asInt());
        assertEquals("Start-ups with pilot line access", measured.get("items").get(0).get("indicator").asText());

        // the plan and the agenda report results, not only plans
        JsonNode results = api.get("/plans/" + plan.get("id").asLong() + "/overview").json().get("results");
        assertEquals(1, results.get("actions").asInt());
        assertEquals(45, results.get("averagePercent").asInt());
        assertEquals(2, results.get("kpis").asInt());
        assertEquals(2, results.get("kpisMeasured").asInt());
        assertEquals(1, results.get("kpisMet").asInt());
        String technology = read.get("technologies").get(0).asText();
        JsonNode agenda = api.get("/agendas/" + technology).json().get("results");
        assertTrue(agenda.toString(), agenda.get("kpisMet").asInt() >= 1 && agenda.get("withProgress").asInt() >= 1);

        // a measured KPI stays until its measurements go; all of it is in the audit trail
        Map<String, Object> renamed = new LinkedHashMap<>(action);
        renamed.put("kpis", List.of(Map.of("indicator", "Start-ups served", "target", 12, "unit", "companies", "year", 2027)));
        renamed.put("version", read.get("version").asLong());
        assertRefused(api.put("/actions/" + id, Api.json(renamed)), 409, "kpis");
        JsonNode audited = api.get("/audit?kind=progress-update&record=" + first.json().get("id").asLong()).json();
        assertEquals(audited.toString(), 1, audited.get("total").asInt());
        assertEquals("bom-member", audited.get("items").get(0).get("actor").asText());
        assertEquals(List.of("BOM"), texts(audited.get("items").get(0).get("roms")));
        assertEquals(403, liof.delete("/actions/" + id + "/progress/" + first.json().get("id").asLong()).status());
        assertEquals(204, bom.delete("/actions/" + id + "/progress/" + second.json().get("id").asLong()).status());
        assertEquals(20, api.get("/actions/" + id).json().get("progress").get("percent").asInt());
        assertProblem(bom.delete("/actions/" + id + "/progress/" + second.json().get("id").asLong()), 404);

        // the shell shows it and records it
        String shown = shell().runAs("bom-member", "nts:progress " + id, "rom-member:BOM");
        assertTrue(shown, shown.contains("20% done") && shown.contains("Lead time to first wafer") && shown.contains("11.5"));
        String recorded = shell().runAs("bom-member", "nts:measure -s survey " + id + " \"Start-ups with pilot line access\" 12", "rom-member:BOM");
        assertTrue(recorded, recorded.contains("(met)"));
        String progressed = shell().runAs("bom-member", "nts:progress -p 60 -m \"Vouchers all granted\" " + id + " the last two", "rom-member:BOM");
        assertTrue(progressed, progressed.contains("60% done") && progressed.contains("Vouchers all granted"));
        assertEquals("the last two", api.get("/actions/" + id).json().get("progress").get("note").asText());
        String refused;
        try {
            refused = shell().runAs("bom-member", "nts:progress --percent 140 " + id, "rom-member:BOM");
        } catch (Exception e) {
            refused = String.valueOf(e.getMessage());
        }
        assertTrue(refused, refused.contains("percent") && refused.contains("140") && !refused.contains("\n"));
        String misplaced;
        try {
            misplaced = shell().runAs("bom-member", "nts:progress " + id + " -p 40", "rom-member:BOM");
        } catch (Exception e) {
            misplaced = String.valueOf(e.getMessage());
        }
        assertTrue(misplaced, misplaced.contains("options come first"));

        // deleting the action deletes what was reported on it
        assertEquals(204, api.delete("/actions/" + id).status());
        assertProblem(api.get("/actions/" + id + "/progress"), 404);
    }

    @Test
    public void theSampleDataTellsTheStoryAcrossTheCountry() throws Exception {
        List<String> roms = texts(api.get("/workshops?size=100").json().get("items"), "rom");
        assertTrue(roms.toString(), roms.containsAll(List.of("BOM", "IQ", "LIOF", "NOM", "ONL")));
        for (String status : List.of("received", "triaged", "answered", "declined")) {
            assertTrue(status, api.get("/inputs?status=" + status).json().get("total").asInt() >= 1);
        }
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        api.get("/plans?size=100").json().get("items").forEach(p -> plans.put(p.get("title").asText(), p));
        List<String> statuses = plans.values().stream().map(p -> p.get("status").asText()).toList();
        assertTrue(statuses.toString(), statuses.containsAll(List.of("DRAFT", "CONSULTATION", "SUBMITTED", "APPROVED")));
        JsonNode approved = plans.get("Reinforcement plan quantum 2026-2029 (Zuid-Holland, Noord-Holland and Utrecht)");
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals(List.of("consult", "submit", "approve"), texts(api.get("/plans/" + approved.get("id").asLong() + "/history").json().get("items"), "transition"));
        // returned by KIA: a draft again, with the reason in its history
        JsonNode returned = plans.get("Reinforcement plan integrated photonics 2026-2029 (Gelderland and Overijssel)");
        assertEquals("DRAFT", returned.get("status").asText());
        JsonNode steps = api.get("/plans/" + returned.get("id").asLong() + "/history").json().get("items");
        assertEquals("return", steps.get(steps.size() - 1).get("transition").asText());
        assertTrue(steps.toString(), steps.get(steps.size() - 1).get("reason").asText().contains("baseline"));
        JsonNode results = api.get("/plans/" + approved.get("id").asLong() + "/overview").json().get("results");
        assertTrue(results.toString(), results.get("done").asInt() >= 1 && results.get("kpisMet").asInt() >= 1 && results.get("withProgress").asInt() >= 3);
    }

    @Test
    public void anInputLeadsToTheActionsAnsweringItAndAnAgendaBackToItsWorkshops() throws Exception {
        Api liof = user("liof-member", "liof-password");
        JsonNode labToFab = api.get("/inputs?q=lab-to-fab%20pilot%20lines").json().get("items").get(0);
        JsonNode trace = liof.get("/inputs/" + labToFab.get("id").asLong() + "/trace").json();
        assertEquals("answered", trace.get("status").asText());
        assertEquals("2025-05-07", trace.get("workshopDate").asText());
        JsonNode answer = null;
        for (JsonNode a : trace.get("answers")) {
            if (a.get("title").asText().equals("Lab-to-fab pilot line access for start-ups")) {
                answer = a;
            }
        }
        assertTrue(trace.toString(), answer != null);
        assertEquals(40, answer.get("percent").asInt());
        assertEquals("FUNDED", answer.get("status").asText());
        assertEquals("DRAFT", answer.get("planStatus").asText());
        assertEquals(1, answer.get("kpis").asInt());
        assertEquals(1, answer.get("kpisMeasured").asInt());
        assertEquals(trace.get("answers").size(), trace.get("results").get("actions").asInt());
        JsonNode received = api.get("/inputs?status=received&size=1").json().get("items").get(0);
        JsonNode open = api.get("/inputs/" + received.get("id").asLong() + "/trace").json();
        assertEquals(0, open.get("answers").size());
        assertEquals(0, open.get("results").get("actions").asInt());
        assertProblem(api.get("/inputs/999999999/trace"), 404);
        assertProblem(api.get("/inputs/x/trace"), 404);
        assertEquals(401, Api.anonymous(port()).get("/inputs/" + labToFab.get("id").asLong() + "/trace").status());

        JsonNode basis = liof.get("/agendas/NTS02/basis").json();
        assertTrue(basis.toString(), texts(basis.get("roms")).containsAll(List.of("IQ", "INW", "RUR")));
        JsonNode delft = null;
        for (JsonNode w : basis.get("workshops")) {
            if (w.get("date").asText().equals("2025-09-18")) {
                delft = w;
            }
        }
        assertTrue(basis.toString(), delft != null);
        assertEquals("IQ", delft.get("rom").asText());
        assertEquals(3, delft.get("answered").size());
        assertEquals(2, delft.get("open").size());
        assertTrue(basis.toString(), basis.get("inputsAnswered").asInt() >= 3 && basis.get("inputsOpen").asInt() >= 2);
        assertEquals(basis.get("inputsAnswered").asInt() + basis.get("inputsOpen").asInt() >= basis.get("inputsOnTechnology").asInt(), true);
        // names workshops, not the people in them
        assertFalse(basis.toString().contains("participants") || basis.toString().contains("@"));
        assertProblem(api.get("/agendas/NTS99/basis"), 404);

        String shown = shell().run("nts:trace " + labToFab.get("id").asLong());
        assertTrue(shown, shown.contains("Lab-to-fab pilot line access") && shown.contains("FUNDED"));
        String agenda = shell().run("nts:trace --agenda NTS02");
        assertTrue(agenda, agenda.contains("2025-09-18") && agenda.contains("IQ"));
    }

    @Test
    public void whatChangedInAPlanAndOnAnAgendaSinceAMoment() throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        Api bom = user("bom-member", "bom-password");
        JsonNode plan = bom.post("/plans", Api.json(Map.of("title", "Changes plan BOM", "valueChain", "VC11", "roms", List.of("BOM"),
                "periodStart", "2026-01-01", "periodEnd", "2027-12-31"))).json();
        long planId = plan.get("id").asLong();
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("plan", planId);
        action.put("title", "Battery materials pilot");
        action.put("horizon", "SHORT_TERM");
        action.put("kpis", List.of(Map.of("indicator", "pilots", "baseline", 0, "target", 3, "unit", "pilots", "year", 2027)));
        JsonNode created = bom.post("/actions", Api.json(action)).json();
        long id = created.get("id").asLong();
        assertEquals(200, bom.post("/actions/" + id + "/transitions", "{\"transition\":\"prepare\"}").status());
        assertEquals(201, bom.post("/actions/" + id + "/progress", "{\"percent\":30,\"note\":\"Site found\"}").status());
        assertEquals(201, bom.post("/actions/" + id + "/measurements", "{\"indicator\":\"pilots\",\"value\":1,\"source\":\"survey\"}").status());
        JsonNode current = bom.get("/actions/" + id).json();
        Map<String, Object> renamed = new LinkedHashMap<>(action);
        renamed.put("title", "Battery materials pilots");
        renamed.put("version", current.get("version").asLong());
        assertEquals(200, bom.put("/actions/" + id, Api.json(renamed)).status());
        Map<String, Object> other = new LinkedHashMap<>(action);
        other.put("title", "Dropped idea");
        other.put("kpis", List.of());
        long gone = bom.post("/actions", Api.json(other)).json().get("id").asLong();
        assertEquals(204, bom.delete("/actions/" + gone).status());

        // another ROM reads it, as it reads the plan
        JsonNode changes = user("liof-member", "liof-password").get("/plans/" + planId + "/changes?since=" + since).json();
        List<String> seen = new ArrayList<>();
        for (JsonNode c : changes.get("items")) {
            seen.add(c.get("kind").asText() + " " + c.get("what").asText());
        }
        assertEquals(changes.toString(), List.of("action delete", "action create", "action update", "kpi-measurement create", "progress-update create",
                "action transition", "action create", "plan create"), seen);
        assertEquals(8, changes.get("total").asInt());
        JsonNode items = changes.get("items");
        assertEquals("Dropped idea", items.get(0).get("title").asText());
        assertEquals(List.of("title"), texts(items.get(2).get("fields")));
        assertTrue(items.get(3).get("detail").asText(), items.get(3).get("detail").asText().startsWith("pilots = 1 (survey"));
        assertTrue(items.get(4).get("detail").asText(), items.get(4).get("detail").asText().startsWith("30%: Site found"));
        assertEquals("IDEA", items.get(5).get("from").asText());
        assertEquals("IN_PREPARATION", items.get(5).get("to").asText());
        assertEquals("bom-member", items.get(5).get("by").asText());
        for (int i = 1; i < items.size(); i++) {
            assertFalse(Instant.parse(items.get(i).get("at").asText()).isAfter(Instant.parse(items.get(i - 1).get("at").asText())));
        }
        // pages of two, neither overlapping nor skipping
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            JsonNode p = api.get("/plans/" + planId + "/changes?size=2&page=" + page + "&since=" + since).json();
            assertEquals(8, p.get("total").asInt());
            p.get("items").forEach(c -> paged.add(c.get("kind").asText() + " " + c.get("what").asText()));
        }
        assertEquals(seen, paged);
        assertEquals(0, api.get("/plans/" + planId + "/changes?since=" + Instant.now().minusMillis(1)).json().get("total").asInt());

        // the agenda of the plan's chain's technology shows the same changes of its actions
        JsonNode agenda = api.get("/agendas/NTS08/changes?since=" + since + "&size=200").json();
        List<String> ofAction = new ArrayList<>();
        for (JsonNode c : agenda.get("items")) {
            if (c.get("action").asLong() == id || c.get("action").asLong() == gone) {
                ofAction.add(c.get("kind").asText() + " " + c.get("what").asText());
            }
        }
        assertEquals(agenda.toString(), seen.subList(0, 7), ofAction);

        // the moment is checked below REST, naming the field
        assertRefused(api.get("/plans/" + planId + "/changes"), 422, "since");
        assertRefused(api.get("/plans/" + planId + "/changes?since=" + Instant.now().plusSeconds(3600)), 422, "since");
        assertRefused(api.get("/plans/" + planId + "/changes?since=last-week"), 400, "since");
        assertRefused(api.get("/agendas/NTS08/changes?since=2026-02-30"), 400, "since");
        assertRefused(api.get("/plans/" + planId + "/changes?since=2025-01-01&size=200&page=51"), 422, "page");
        assertProblem(api.get("/plans/999999999/changes?since=2025-01-01"), 404);
        assertProblem(api.get("/agendas/NTS99/changes?since=2025-01-01"), 404);

        // documented in the API's description, with the moment as a query parameter
        JsonNode paths = api.get("/openapi.json").json().get("paths");
        for (String path : List.of("/inputs/{id}/trace", "/agendas/{technology}/basis", "/plans/{id}/changes", "/agendas/{technology}/changes")) {
            assertTrue("documented: " + path, paths.has(path));
        }
        assertTrue(texts(paths.get("/plans/{id}/changes").get("get").get("parameters"), "name").contains("since"));

        String shown = shell().run("nts:changes --since " + since + " " + planId);
        assertTrue(shown, shown.contains("progress-update create") && shown.contains("IDEA -> IN_PREPARATION") && shown.contains("Dropped idea"));
        String refused;
        try {
            refused = shell().run("nts:changes -s someday " + planId);
        } catch (Exception e) {
            refused = String.valueOf(e.getMessage());
        }
        assertTrue(refused, refused.contains("since") && refused.contains("someday") && !refused.contains("\n"));
    }

    @Test
    public void shellShowsTheProcess() throws Exception {
        KarafShell shell = shell();
        String workshops = shell.run("nts:workshops eindhoven");
        assertTrue(workshops, workshops.contains("2025-05-07") && workshops.contains("BOM, LIOF, IZ"));
        String talent = shell.run("nts:inputs --theme TALENT");
        assertTrue(talent, talent.contains("Shortage of specialised staff"));
        long planId = api.get("/plans?valueChain=VC01").json().get("items").get(0).get("id").asLong();
        String plan = shell.run("nts:plans " + planId);
        assertTrue(plan, plan.contains("Lab-to-fab pilot line access for start-ups") && plan.contains("INFRASTRUCTURE"));
        String agendas = shell.run("nts:agendas");
        assertTrue(agendas, agendas.contains("NTS09") && agendas.contains("Semiconductor technologies"));
    }

    @Test
    public void fundingCallsAreSearchableAndUniquePerSource() throws Exception {
        assertEquals(3, api.get("/funding-calls").json().get("total").asInt());
        assertEquals(2, api.get("/funding-calls?source=SEDIA").json().get("total").asInt());
        // the sample calls' dates are days from the first start: 150 days ago to 40 days ago, and so on
        LocalDate today = LocalDate.now(AMSTERDAM);
        JsonNode openBefore = api.get("/funding-calls?openAt=" + today.minusDays(100)).json();
        assertEquals(List.of("EDF-2025-DA-SENS-EXAMPLE-01"), texts(openBefore.get("items"), "identifier"));
        JsonNode edf = openBefore.get("items").get(0);
        assertEquals(LocalDateTime.of(today.minusDays(40), LocalTime.of(17, 0)),
                LocalDateTime.ofInstant(Instant.parse(edf.get("deadline").asText()), AMSTERDAM));
        assertEquals(List.of("Quantum sensing pilot lines"), texts(api.get("/funding-calls?q=quantum").json().get("items"), "title"));
        assertRefused(api.get("/funding-calls?openAt=someday"), 400, "openAt");

        Map<String, Object> call = new LinkedHashMap<>();
        call.put("source", "SEDIA");
        call.put("identifier", "EDF-2025-DA-SENS-EXAMPLE-01");
        call.put("title", "A copy");
        assertRefused(api.post("/funding-calls", Api.json(call)), 409, "identifier");
        call.put("identifier", "EDF-2026-NEW");
        call.put("opening", "2026-05-01T00:00:00Z");
        call.put("deadline", "2026-04-01T17:00:00Z");
        call.put("url", "ftp://example.org/call");
        Api.Answer refused = api.post("/funding-calls", Api.json(call));
        assertRefused(refused, 422, "deadline");
        assertEquals(List.of("deadline", "url"), texts(refused.json().get("errors"), "field"));

        Api.Answer delete = api.delete("/funding-calls/" + edf.get("id").asLong());
        assertRefused(delete, 409, "id");
        assertTrue(delete.body(), delete.json().get("detail").asText().contains("consortium "));
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** A fresh start has a call of each status; the status follows the dates, on read and in the search (on any page). */
    @Test
    public void callsFollowTheirDatesUnlessCancelled() throws Exception {
        Map<String, String> sample = Map.of("OPEN", "HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02", "FORTHCOMING", "MIT-RD-2026-NB-EXAMPLE",
                "CLOSED", "EDF-2025-DA-SENS-EXAMPLE-01");
        for (Map.Entry<String, String> e : sample.entrySet()) {
            JsonNode found = api.get("/funding-calls?q=example&status=" + e.getKey()).json();
            assertEquals(e.getKey(), List.of(e.getValue()), texts(found.get("items"), "identifier"));
            assertEquals(e.getKey(), found.get("items").get(0).get("status").asText());
        }
        // stored FORTHCOMING (none given), its dates around now: read and found as open, also on a page of one
        Instant now = Instant.now();
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("source", "RVO");
        call.put("identifier", "DATES-" + System.nanoTime());
        call.put("title", "A call open since yesterday");
        call.put("opening", now.minus(Duration.ofDays(1)).toString());
        call.put("deadline", now.plus(Duration.ofDays(1)).toString());
        Api.Answer created = api.post("/funding-calls", Api.json(call));
        assertEquals(created.body(), 201, created.status());
        assertEquals("OPEN", created.json().get("status").asText());
        long id = created.json().get("id").asLong();
        assertEquals("OPEN", api.get("/funding-calls/" + id).json().get("status").asText());
        JsonNode open = api.get("/funding-calls?status=OPEN&size=1&sort=-opening").json();
        assertEquals(2, open.get("total").asInt());
        assertEquals(id, open.get("items").get(0).get("id").asLong());
        assertEquals(0, api.get("/funding-calls?status=FORTHCOMING&q=yesterday").json().get("total").asInt());

        // its entity tag carries the status its dates give it, so a copy cached while open goes stale at
        // the deadline although nobody wrote; If-Match takes the tag by its version
        Api.Answer read = api.get("/funding-calls/" + id);
        String tag = read.header("ETag");
        assertEquals(tag, "\"" + read.json().get("version").asLong() + "-open\"", tag);
        // a source cancels it: cancelled whatever its dates, and no longer open
        ObjectNode cancelled = (ObjectNode) created.json();
        cancelled.put("status", "CANCELLED");
        cancelled.remove("version");
        Api.Answer replaced = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/funding-calls/" + id))
                .header("Content-Type", "application/json").header("If-Match", tag)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Api.json(cancelled))));
        assertEquals(replaced.body(), 200, replaced.status());
        assertEquals("CANCELLED", replaced.json().get("status").asText());
        assertEquals("\"" + replaced.json().get("version").asLong() + "-cancelled\"", replaced.header("ETag"));
        assertEquals(1, api.get("/funding-calls?status=OPEN").json().get("total").asInt());
        assertEquals(List.of(id), api.get("/funding-calls?status=CANCELLED").json().get("items").findValues("id").stream().map(JsonNode::asLong).toList());
        assertEquals(0, api.get("/funding-calls?q=yesterday&openAt=" + now).json().get("total").asInt());
        String shown = shell().run("nts:funding-calls --open-now");
        assertTrue(shown, shown.contains("HORIZON-CL4-2026-DIGITAL-EMERGING-EXAMPLE-02") && !shown.contains("A call open since") && shown.contains("1-1 of 1"));
        assertEquals(204, api.delete("/funding-calls/" + id).status());

        // audited under one spelling of the kind; the former one finds the same entries
        JsonNode trail = api.get("/audit?kind=funding-call&record=" + id).json();
        assertEquals(List.of("delete", "update", "create"), texts(trail.get("items"), "action"));
        assertEquals(trail.get("items"), api.get("/audit?kind=funding%20call&record=" + id).json().get("items"));
        for (JsonNode entry : api.get("/audit?size=200").json().get("items")) {
            assertTrue(entry.toString(), entry.get("kind").asText().matches("[a-z]+(-[a-z]+)*"));
        }
    }

    @Test
    public void consortiaAnswerCallsWithALeadAndMembers() throws Exception {
        long waalre = api.get("/organisations?q=Waalre").json().get("items").get(0).get("id").asLong();
        JsonNode found = api.get("/consortia?organisation=" + waalre).json();
        assertEquals(1, found.get("total").asInt());
        JsonNode consortium = found.get("items").get(0);
        assertEquals("BOM", consortium.get("rom").asText());
        assertTrue(consortium.get("members").size() >= 3);

        Map<String, Object> input = new LinkedHashMap<>();
        input.put("call", consortium.get("call").asLong());
        input.put("name", "Lead twice");
        input.put("lead", waalre);
        input.put("members", List.of(Map.of("organisation", waalre, "role", "partner")));
        assertRefused(api.post("/consortia", Api.json(input)), 422, "members[0].organisation");
        input.put("members", List.of());
        input.put("call", 999999999);
        assertRefused(api.post("/consortia", Api.json(input)), 422, "call");
    }

    @Test
    public void shellListsCallsAndConsortia() throws Exception {
        String calls = shell().run("nts:funding-calls --source SEDIA");
        assertTrue(calls, calls.contains("EDF-2025-DA-SENS-EXAMPLE-01") && calls.contains("25,000,000"));
        String consortia = shell().run("nts:consortia senspack");
        assertTrue(consortia, consortia.contains("SENSPACK") && consortia.contains("partner"));
    }
}
