package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertRefused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The right of access over real HTTP and the shell: a person who took part in workshops of two
 * ROMs and left input on a public page is found in every place the core lists, by name or e-mail
 * address; a ROM's admin finds only what their ROM holds; the copy is a page to read too; making
 * it is audited without naming the person.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersonalDataIT extends PlatformTest {

    private static Map<String, Object> workshop(String title, String rom, String name, String email) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("title", title);
        w.put("date", "2026-10-01");
        w.put("rom", rom);
        w.put("participants", List.of(Map.of("name", name, "role", "CEO", "email", email), Map.of("name", "Someone Else", "email",
                "else-" + System.nanoTime() + "@example.org")));
        return w;
    }

    private static Set<String> places(JsonNode copy) {
        Set<String> places = new TreeSet<>();
        copy.get("findings").forEach(f -> places.add(f.get("place").asText() + " " + f.get("kind").asText() + " " + (f.get("rom").isNull() ? "-" : f.get("rom").asText())));
        return places;
    }

    private static List<JsonNode> found(JsonNode copy, String place) {
        List<JsonNode> found = new ArrayList<>();
        copy.get("findings").forEach(f -> {
            if (f.get("place").asText().equals(place)) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    public void aPersonIsFoundInEveryPlaceAndARomsAdminSeesTheirRomOnly() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String name = "Anna de Vries " + tag;
        String email = "anna." + tag + "@devonk.example";
        Api bom = user("bom-member", "bom-password");
        Api liof = user("liof-member", "liof-password");
        Api.Answer w1 = bom.post("/workshops", Api.json(workshop("BOM round table " + tag, "BOM", name, email)));
        assertEquals(w1.body(), 201, w1.status());
        Api.Answer w2 = liof.post("/workshops", Api.json(workshop("LIOF round table " + tag, "LIOF", name.toUpperCase(), email)));
        assertEquals(w2.body(), 201, w2.status());
        Map<String, Object> left = new LinkedHashMap<>(Map.of("kind", "PROPOSAL", "theme", "TALENT", "text", "Train welders " + tag));
        left.put("submission", Map.of("organisation", "De Vonk", "contactName", name, "contactEmail", email.toUpperCase(), "contactConsent", true));
        assertEquals(201, Api.anonymous(port()).post("/public/BOM/inputs", Api.json(left)).status());

        Api.Answer byEmail = api.post("/personal-data/copies", Api.json(Map.of("email", " " + email.toUpperCase() + " ")));
        assertEquals(byEmail.body(), 200, byEmail.status());
        assertTrue(byEmail.header("Cache-Control").contains("no-store"));
        JsonNode copy = byEmail.json();
        assertTrue(copy.get("complete").asBoolean());
        assertEquals(0, copy.get("roms").size());
        Set<String> places = places(copy);
        assertTrue(places.toString(), places.containsAll(Set.of("workshop.participant workshop BOM", "workshop.participant workshop LIOF",
                "input.contact input BOM", "audit.copy audit-entry -")));
        List<JsonNode> participant = found(copy, "workshop.participant");
        assertEquals("one finding per workshop, only the person's own values: " + participant, 2, participant.size());
        assertTrue(participant.get(0).get("values").toString().contains(email));
        assertFalse("nobody else's data in the copy", byEmail.body().contains("Someone Else") || byEmail.body().contains("else-"));
        // the workshops' and the input's creations hold the e-mail address in their copies
        assertTrue(found(copy, "audit.copy").size() >= 3);

        JsonNode byName = api.post("/personal-data/copies", Api.json(Map.of("name", name.toLowerCase()))).json();
        assertEquals(places(byEmail.json()).stream().filter(p -> !p.startsWith("audit")).toList(),
                places(byName).stream().filter(p -> !p.startsWith("audit")).toList());

        // a ROM's admin: what BOM holds, nothing of LIOF's
        JsonNode bomCopy = user("bom-admin", "bom-admin-password").post("/personal-data/copies", Api.json(Map.of("email", email))).json();
        assertEquals("[\"BOM\"]", bomCopy.get("roms").toString());
        Set<String> bomPlaces = places(bomCopy);
        assertTrue(bomPlaces.toString(), bomPlaces.contains("workshop.participant workshop BOM") && bomPlaces.contains("input.contact input BOM"));
        assertFalse(bomPlaces.toString(), bomPlaces.contains("workshop.participant workshop LIOF"));
        assertFalse(bomCopy.toString(), bomCopy.toString().contains("LIOF round table"));

        assertRefused(bom.post("/personal-data/copies", Api.json(Map.of("email", email))), 403, null);
        assertRefused(api.post("/personal-data/copies", "{}"), 422, "name");
        assertRefused(api.post("/personal-data/copies", Api.json(Map.of("email", "x".repeat(300)))), 422, "email");

        // a page to read, for the person
        Api.Answer page = api.send(HttpRequest.newBuilder(api.uri("/personal-data/copies")).header("Content-Type", "application/json")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("email", email)))));
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("BOM round table " + tag) && page.body().contains("Legal basis"));

        // making a copy is audited, naming the person by a pseudonym only
        JsonNode entries = api.get("/audit?kind=personal-data&size=50").json().get("items");
        assertTrue(entries.size() >= 3);
        assertFalse(entries.toString(), entries.toString().contains(email) || entries.toString().toLowerCase().contains("anna"));
        assertTrue(entries.get(0).get("record").asText().startsWith("person-"));

        String shell = shell().runAsOperator("nts:personal-data --email " + email);
        assertTrue(shell, shell.contains("workshop.participant") && shell.contains("input.contact"));
    }

    @Test
    public void aUsersNameIsFoundInStampsTokensAndTheTrail() throws Exception {
        Api bom = user("bom-member", "bom-password");
        String tag = Long.toString(System.nanoTime(), 36);
        assertEquals(201, bom.post("/workshops", Api.json(workshop("Stamped " + tag, "BOM", "P " + tag, "p" + tag + "@example.org"))).status());
        JsonNode copy = api.post("/personal-data/copies", Api.json(Map.of("user", "bom-member"))).json();
        Set<String> places = places(copy);
        assertTrue(places.toString(), places.contains("record.stamp workshop -") && places.contains("audit.actor audit-entry -"));
        JsonNode bomAdmin = user("bom-admin", "bom-admin-password").post("/personal-data/copies", Api.json(Map.of("user", "bom-member"))).json();
        assertTrue("a ROM's admin: the user's name as their ROM's audit entries hold it, no stamps: " + places(bomAdmin),
                places(bomAdmin).stream().noneMatch(p -> p.startsWith("record.stamp")) && places(bomAdmin).contains("audit.actor audit-entry -"));
    }

    @Test
    public void theFieldsSayWhatIsKeptWhyAndOnWhatBasis() throws Exception {
        JsonNode fields = api.get("/personal-data/fields").json().get("items");
        Set<String> places = new TreeSet<>();
        for (JsonNode f : fields) {
            places.add(f.get("place").asText());
            assertFalse(f.toString(), f.get("purpose").asText().isBlank() || f.get("basis").asText().isBlank());
        }
        assertTrue(places.toString(), places.containsAll(Set.of("workshop.participant", "input.contact", "record.stamp", "audit.actor", "audit.copy")));
    }
}
