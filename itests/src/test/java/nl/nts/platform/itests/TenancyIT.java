package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A ROM's user changes what that ROM owns and nothing else: every refused write is a 403 and
 * leaves the record as it was. National records are the operator's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TenancyIT extends PlatformTest {

    private Api bom() {
        return new Api(Integer.getInteger(NtsDistribution.HTTP_PORT), "bom-member", "bom-password");
    }

    @Test
    public void aRomMemberWritesItsOwnRomsRecordsOnly() throws Exception {
        Api bom = bom();
        // its own ROM: allowed
        Api.Answer own = bom.post("/workshops", Api.json(workshop("BOM")));
        assertEquals(own.body(), 201, own.status());
        assertEquals("bom-member", own.json().get("stamp").get("createdBy").asText());
        long ownId = own.json().get("id").asLong();
        Api.Answer input = bom.post("/inputs", Api.json(Map.of("workshop", ownId, "kind", "RISK", "theme", "CAPITAL", "text", "Exit to abroad")));
        assertEquals(input.body(), 201, input.status());

        // another ROM's: refused, nothing written or changed
        long workshopsBefore = api.get("/workshops").json().get("total").asLong();
        assertProblem(bom.post("/workshops", Api.json(workshop("LIOF"))), 403);
        assertEquals(workshopsBefore, api.get("/workshops").json().get("total").asLong());

        Api.Answer liofWorkshop = api.post("/workshops", Api.json(workshop("LIOF")));
        long liofId = liofWorkshop.json().get("id").asLong();
        Map<String, Object> rename = workshop("LIOF");
        rename.put("title", "Renamed by BOM");
        rename.put("version", liofWorkshop.json().get("version").asLong());
        assertProblem(bom.put("/workshops/" + liofId, Api.json(rename)), 403);
        assertProblem(bom.delete("/workshops/" + liofId), 403);
        assertProblem(bom.post("/inputs", Api.json(Map.of("workshop", liofId, "kind", "RISK", "theme", "CAPITAL", "text", "x"))), 403);
        JsonNode unchanged = api.get("/workshops/" + liofId).json();
        assertEquals("Tenancy test LIOF", unchanged.get("title").asText());
        assertEquals(liofWorkshop.json().get("version"), unchanged.get("version"));

        // moving its own record to another ROM: refused
        Map<String, Object> hijack = workshop("LIOF");
        hijack.put("version", own.json().get("version").asLong());
        assertProblem(bom.put("/workshops/" + ownId, Api.json(hijack)), 403);
        assertEquals("BOM", api.get("/workshops/" + ownId).json().get("rom").asText());

        // a Limburg organisation is LIOF's
        long limburg = api.get("/organisations?rom=LIOF").json().get("items").get(0).get("id").asLong();
        assertProblem(bom.delete("/organisations/" + limburg), 403);
        assertEquals(200, api.get("/organisations/" + limburg).status());
    }

    @Test
    public void nationalRecordsAndPlatformManagementAreTheOperators() throws Exception {
        Api bom = bom();
        assertProblem(bom.post("/value-chains", Api.json(Map.of("code", "VC-BOM", "name", "Mine", "technologies", List.of("NTS01")))), 403);
        assertProblem(bom.post("/funding-calls", Api.json(Map.of("source", "RVO", "identifier", "X-1", "title", "Mine"))), 403);
        assertProblem(bom.post("/plugins", "{\"id\":\"report-csv\"}"), 403);
        assertEquals("AVAILABLE", api.get("/plugins/report-csv").json().get("state").asText());
        assertProblem(bom.post("/connectors/any/runs", ""), 403);
        assertProblem(api.get("/value-chains/VC-BOM"), 404);
        // reading the national picture is every user's
        assertEquals(200, bom.get("/organisations").status());
        assertEquals(200, bom.get("/agendas/NTS09").status());
    }

    private static Map<String, Object> workshop(String rom) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("title", "Tenancy test " + rom);
        w.put("date", "2026-04-01");
        w.put("rom", rom);
        return w;
    }
}
