package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static nl.nts.platform.itests.NationalCoreIT.assertRefused;
import static nl.nts.platform.itests.NationalCoreIT.texts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.http.HttpRequest;
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
 * Organisations, value-chain segments and resilience through the distribution: the sample
 * data, search and paging, the rules, optimistic concurrency and referential integrity.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrganisationsIT extends PlatformTest {

    /**
     * A body in a charset other than JSON's UTF-8 gets our 415 problem document. (A charset Java
     * does not know at all is refused by the HTTP edge before CXF's servlet: HttpEdgeIT.)
     */
    @Test
    public void aCharsetOtherThanUtf8IsTheClientsMistake() throws Exception {
        for (String charset : List.of("ISO-8859-1", "utf-16", "US-ASCII", "windows-1252")) {
            Api.Answer answer = api.send(HttpRequest.newBuilder(api.uri("/organisations")).header("Content-Type", "application/json; charset=" + charset)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Charset BV\",\"kind\":\"SME\",\"country\":\"BE\"}")));
            assertEquals(charset + ": " + answer.body(), 415, answer.status());
            assertTrue(answer.contentType(), answer.contentType().startsWith("application/problem+json"));
        }
    }

    /**
     * Many writers based on one version: exactly one wins, each other is told the record moved on
     * (412), round after round, and the audit trail holds one change a version. Embedded H2 lets
     * an {@code UPDATE ... WHERE VERSION = ?} of an old version succeed a second time now and then
     * under such a race (a few in thousands of racing writes); the core's row locks must not.
     */
    @Test
    public void writersBasedOnTheSameVersionNeverBothWin() throws Exception {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("name", "Race BV " + System.nanoTime(), "kind", "SME", "country", "NL",
                "province", "Utrecht"));
        Api.Answer created = api.post("/organisations", Api.json(input));
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("id").asLong();
        String path = "/organisations/" + id;
        int rounds = 20; // longer races: bench/mixed.sh
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < rounds; round++) {
                String version = api.get(path).header("ETag");
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Api.Answer>> answers = new java.util.ArrayList<>();
                for (int w = 0; w < 16; w++) {
                    Map<String, Object> mine = new LinkedHashMap<>(input);
                    mine.put("city", "City " + round + "-" + w);
                    answers.add(writers.submit(() -> {
                        go.await();
                        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                                .header("If-Match", version).PUT(HttpRequest.BodyPublishers.ofString(Api.json(mine))));
                    }));
                }
                go.countDown();
                int won = 0;
                for (java.util.concurrent.Future<Api.Answer> f : answers) {
                    Api.Answer a = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertTrue(a.status() + " " + a.body(), a.status() == 200 || a.status() == 412 || a.status() == 409);
                    won += a.status() == 200 ? 1 : 0;
                }
                assertEquals("winners on version " + version + " in round " + round, 1, won);
            }
        } finally {
            writers.shutdownNow();
        }
        assertEquals(1 + rounds, api.get(path).json().get("version").asLong());
        JsonNode trail = api.get("/audit?kind=organisation&record=" + id + "&size=200").json().get("items");
        assertEquals(trail.toString(), 1 + rounds, trail.size());
    }

    @Test
    public void theSampleOrganisationsAreSearchable() throws Exception {
        JsonNode all = api.get("/organisations?size=200").json();
        long total = all.get("total").asLong();
        assertTrue("a few dozen sample organisations, got " + total, total >= 30);
        assertEquals(total, all.get("items").size());

        for (JsonNode o : api.get("/organisations?rom=LIOF&size=200").json().get("items")) {
            assertEquals("LIOF", o.get("rom").asText());
            assertEquals("Limburg", o.get("province").asText());
            assertEquals("NL42", o.get("nuts2").asText());
        }
        assertTrue(texts(api.get("/organisations?technology=NTS02").json().get("items"), "name").contains("Delftse Qubit Hardware B.V."));
        JsonNode photonics = api.get("/organisations?valueChain=VC02").json();
        for (JsonNode o : photonics.get("items")) {
            assertTrue(o.toString(), texts(o.get("segments"), "valueChain").contains("VC02"));
        }
        for (JsonNode o : api.get("/organisations?kind=start-up").json().get("items")) {
            assertEquals("START_UP", o.get("kind").asText());
        }
        List<String> eindhoven = texts(api.get("/organisations?q=EINDHOVEN%20photon").json().get("items"), "name");
        assertEquals(List.of("Photon Valley InP Foundry B.V."), eindhoven);

        List<String> descending = texts(api.get("/organisations?sort=-name&size=200").json().get("items"), "name");
        assertEquals(descending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending);

        JsonNode page1 = api.get("/organisations?size=5&page=1").json();
        JsonNode page2 = api.get("/organisations?size=5&page=2").json();
        assertEquals(5, page2.get("items").size());
        assertEquals(2, page2.get("page").asInt());
        assertTrue(java.util.Collections.disjoint(texts(page1.get("items"), "id"), texts(page2.get("items"), "id")));
        // a page in the second half is read backwards: the same records, in the same order, as a forward read
        int last = (int) ((total + 4) / 5);
        List<String> allIds = texts(all.get("items"), "id");
        assertEquals(allIds.subList((last - 1) * 5, (int) total), texts(api.get("/organisations?size=5&page=" + last).json().get("items"), "id"));
        assertEquals(allIds.subList((last - 2) * 5, (last - 1) * 5), texts(api.get("/organisations?size=5&page=" + (last - 1)).json().get("items"), "id"));
        JsonNode past = api.get("/organisations?size=5&page=1000").json();
        assertEquals(0, past.get("items").size());
        assertEquals(total, past.get("total").asLong());
    }

    @Test
    public void badSearchParametersAreNamed() throws Exception {
        assertRefused(api.get("/organisations?size=500"), 422, "size");
        assertRefused(api.get("/organisations?page=0"), 422, "page");
        assertRefused(api.get("/organisations?page=first"), 400, "page");
        assertRefused(api.get("/organisations?sort=colour"), 422, "sort");
        assertRefused(api.get("/organisations?kind=UNICORN"), 400, "kind");
        assertRefused(api.get("/organisations?rom=XYZ"), 422, "rom");
        assertRefused(api.get("/organisations/not-a-number"), 404, null);
        assertRefused(api.get("/organisations/999999999"), 404, null);
    }

    @Test
    public void anOrganisationIsCreatedChangedAndDeletedWithOptimisticConcurrency() throws Exception {
        Map<String, Object> input = organisation("Venlo Vision Robotics B.V.", "99887766", "Limburg");
        Api.Answer created = api.post("/organisations", Api.json(input));
        assertEquals(created.body(), 201, created.status());
        JsonNode o = created.json();
        String path = "/organisations/" + o.get("id").asLong();
        assertEquals(api.uri(path).getRawPath(), created.header("Location"));
        assertEquals("\"1\"", created.header("ETag"));
        assertEquals("LIOF", o.get("rom").asText());
        assertEquals("NL42", o.get("nuts2").asText());
        assertEquals(Api.USER, o.get("stamp").get("createdBy").asText());
        assertTrue(o.get("stamp").get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertEquals("\"1\"", api.get(path).header("ETag"));
        String id = o.get("id").asText();
        assertTrue("found by the starts of its words, case and accents ignored", found("VISION robót", id));
        assertFalse("not inside a word", found("ision", id));

        input.put("city", "Venlo");
        assertRefused(api.put(path, Api.json(input)), 428, "version");
        Api.Answer changed = api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString(Api.json(input))));
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("\"2\"", changed.header("ETag"));
        assertEquals("Venlo", changed.json().get("city").asText());
        assertTrue("found by its new words", found("venlo vision", id));
        assertFalse("no longer by its old ones", found("somewhere vision", id));
        assertNotEquals(changed.json().get("stamp").get("createdAt"), changed.json().get("stamp").get("updatedAt"));

        input.put("city", "Tegelen");
        Api.Answer staleIfMatch = api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString(Api.json(input))));
        assertRefused(staleIfMatch, 412, "If-Match");
        input.put("version", 1);
        assertRefused(api.put(path, Api.json(input)), 409, "version");
        assertEquals("Venlo", api.get(path).json().get("city").asText());

        assertRefused(api.send(HttpRequest.newBuilder(api.uri(path)).header("If-Match", "\"1\"").DELETE()), 412, "If-Match");
        assertEquals(204, api.send(HttpRequest.newBuilder(api.uri(path)).header("If-Match", "\"2\"").DELETE()).status());
        assertProblem(api.get(path), 404);
        assertFalse("a deleted record is no longer found", found("venlo vision", id));
    }

    private boolean found(String words, String id) throws Exception {
        return texts(api.get("/organisations?size=200&q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8))
                .json().get("items"), "id").contains(id);
    }

    @Test
    public void organisationRulesAreEnforcedAndNothingIsWritten() throws Exception {
        long before = api.get("/organisations").json().get("total").asLong();
        assertRefused(api.post("/organisations", Api.json(organisation("Short KvK B.V.", "1234567", "Limburg"))), 422, "kvkNumber");
        assertRefused(api.post("/organisations", Api.json(organisation("No Province B.V.", null, "Bavaria"))), 422, "province");
        // a KvK number of a sample organisation
        assertRefused(api.post("/organisations", Api.json(organisation("Copy B.V.", "70412345", "Noord-Brabant"))), 409, "kvkNumber");
        Map<String, Object> unknownSegment = organisation("Segmentless B.V.", null, "Utrecht");
        unknownSegment.put("segments", List.of(Map.of("valueChain", "VC01", "segment", "MOON_BASE")));
        assertRefused(api.post("/organisations", Api.json(unknownSegment)), 422, "segments[0]");
        Map<String, Object> takenExternalId = organisation("Second HubSpot B.V.", null, "Utrecht");
        takenExternalId.put("externalIds", Map.of("hubspot", "h-1001"));
        assertRefused(api.post("/organisations", Api.json(takenExternalId)), 409, "externalIds.hubspot");
        Map<String, Object> foreign = organisation("Aachen Optik GmbH", null, "Noord-Brabant");
        foreign.put("country", "DE");
        assertRefused(api.post("/organisations", Api.json(foreign)), 422, "province");
        assertEquals(before, api.get("/organisations").json().get("total").asLong());
    }

    @Test
    public void resilienceFlagsSegmentsWithoutADutchOrganisation() throws Exception {
        JsonNode resilience = api.get("/value-chains/VC01/resilience").json();
        assertTrue(resilience.toString(), texts(resilience.get("gaps")).contains("FRONTEND"));
        JsonNode frontEnd = segment(resilience, "FRONTEND");
        assertTrue(frontEnd.toString(), frontEnd.get("noDutchOrganisation").asBoolean());
        assertTrue(frontEnd.toString(), frontEnd.get("outsideEu").asInt() >= 2);
        assertTrue(segment(resilience, "EQUIPMENT").get("inRegion").asInt() >= 1);

        // a Dutch fab outside the chain's regions closes the gap, as "elsewhere in the Netherlands"
        Map<String, Object> fab = organisation("Groningen 300mm Pilot Fab B.V.", "55443322", "Groningen");
        fab.put("segments", List.of(Map.of("valueChain", "VC01", "segment", "FRONTEND")));
        Api.Answer created = api.post("/organisations", Api.json(fab));
        assertEquals(created.body(), 201, created.status());
        JsonNode after = api.get("/value-chains/VC01/resilience").json();
        assertEquals(1, segment(after, "FRONTEND").get("netherlands").asInt());
        assertFalse(texts(after.get("gaps")).contains("FRONTEND"));
        assertEquals(204, api.delete("/organisations/" + created.json().get("id").asLong()).status());

        assertProblem(api.get("/value-chains/VC99/resilience"), 404);
    }

    @Test
    public void aValueChainInUseCannotLoseItsSegmentsOrBeDeleted() throws Exception {
        Api.Answer delete = api.delete("/value-chains/VC01");
        assertRefused(delete, 409, "code");
        assertTrue(delete.body(), delete.json().get("detail").asText().contains("organisation "));

        JsonNode chain = api.get("/value-chains/VC01").json();
        Map<String, Object> withoutFrontEnd = new LinkedHashMap<>();
        withoutFrontEnd.put("name", chain.get("name").asText());
        withoutFrontEnd.put("technologies", texts(chain.get("technologies")));
        withoutFrontEnd.put("roms", texts(chain.get("roms")));
        List<Map<String, String>> segments = new java.util.ArrayList<>();
        chain.get("segments").forEach(s -> {
            if (!s.get("code").asText().equals("FRONTEND")) {
                segments.add(Map.of("code", s.get("code").asText(), "name", s.get("name").asText()));
            }
        });
        withoutFrontEnd.put("segments", segments);
        withoutFrontEnd.put("version", chain.get("version").asLong());
        Api.Answer refused = api.put("/value-chains/VC01", Api.json(withoutFrontEnd));
        assertRefused(refused, 409, "segments");
        assertTrue(refused.body(), refused.json().get("detail").asText().contains("FRONTEND"));
        assertEquals(chain.get("version"), api.get("/value-chains/VC01").json().get("version"));
    }

    @Test
    public void shellListsOrganisationsAndResilience() throws Exception {
        KarafShell shell = shell();
        String limburg = shell.run("nts:organisations --rom LIOF");
        assertTrue(limburg, limburg.contains("Maastricht Imaging Devices B.V.") && !limburg.contains("Dommel Chip Design"));
        String search = shell.run("nts:organisations qubit");
        assertTrue(search, search.contains("Delftse Qubit Hardware B.V.") && search.contains("1-1 of 1"));
        String resilience = shell.run("nts:resilience VC01");
        assertTrue(resilience, resilience.contains("FRONTEND") && resilience.contains("NO DUTCH ORGANISATION"));
        try {
            shell.runAsOperator("nts:load-sample-data");
            fail("sample data must not load into a database that holds data");
        } catch (Exception expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("holds"));
        }
    }

    private static JsonNode segment(JsonNode resilience, String code) {
        for (JsonNode s : resilience.get("segments")) {
            if (s.get("segment").asText().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no segment " + code + " in " + resilience);
    }

    private static Map<String, Object> organisation(String name, String kvk, String province) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", name);
        o.put("kind", "SME");
        if (kvk != null) {
            o.put("kvkNumber", kvk);
        }
        o.put("city", "Somewhere");
        o.put("country", "NL");
        o.put("province", province);
        o.put("technologies", List.of("NTS05"));
        o.put("trl", 6);
        return o;
    }
}
