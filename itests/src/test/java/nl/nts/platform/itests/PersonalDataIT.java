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

import java.sql.Connection;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.osgi.framework.BundleContext;
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
        w.put("participants", List.of(Map.of("name", name, "role", "CEO", "email", email, "emailBasis", "CONSENT"), Map.of("name", "Someone Else",
                "email", "else-" + System.nanoTime() + "@example.org", "emailBasis", "PUBLIC_TASK")));
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
        // a note-taker's text that names the person
        assertEquals(201, bom.post("/inputs", Api.json(Map.of("workshop", w1.json().get("id").asLong(), "kind", "CHALLENGE", "theme", "TALENT",
                "text", "Follow up with " + name + " (" + email + ") about welders"))).status());
        // a one-person business named after them, as a CRM import brings it (an id in HubSpot)
        assertEquals(201, bom.post("/organisations", Api.json(Map.of("name", name + " Advies", "kind", "SME", "country", "NL", "province", "Noord-Brabant",
                "externalIds", Map.of("hubspot", "hs-" + tag)))).status());

        // the participants' e-mail addresses are the organising ROM's to see (and the operator's), in a record and in a list
        long bomWorkshop = w1.json().get("id").asLong();
        assertEquals(email, bom.get("/workshops/" + bomWorkshop).json().get("participants").get(0).get("email").asText());
        assertTrue(liof.get("/workshops/" + bomWorkshop).json().get("participants").get(0).get("email").isNull());
        assertEquals(name, liof.get("/workshops/" + bomWorkshop).json().get("participants").get(0).get("name").asText());
        int others = 0;
        for (JsonNode listed : liof.get("/workshops?rom=BOM&size=200").json().get("items")) {
            // a workshop LIOF co-organises is LIOF's to follow up too (the sample data's first one)
            boolean coOrganised = listed.get("coOrganisers").toString().contains("\"LIOF\"");
            others += coOrganised ? 0 : 1;
            listed.get("participants").forEach(p -> assertTrue(listed.get("title").asText(), coOrganised || p.get("email").isNull()));
        }
        assertTrue(others > 0);
        assertEquals(email, api.get("/workshops/" + bomWorkshop).json().get("participants").get(0).get("email").asText());

        Api.Answer byEmail = api.post("/personal-data/copies", Api.json(Map.of("email", " " + email.toUpperCase() + " ")));
        assertEquals(byEmail.body(), 200, byEmail.status());
        assertTrue(byEmail.header("Cache-Control").contains("no-store"));
        JsonNode copy = byEmail.json();
        assertTrue(copy.get("complete").asBoolean());
        assertEquals(0, copy.get("roms").size());
        Set<String> places = places(copy);
        assertTrue(places.toString(), places.containsAll(Set.of("workshop.participant workshop BOM", "workshop.participant workshop LIOF",
                "input.contact input BOM", "free-text input BOM", "audit.copy audit-entry BOM", "audit.copy audit-entry LIOF")));
        List<JsonNode> participant = found(copy, "workshop.participant");
        assertEquals("one finding per workshop, only the person's own values: " + participant, 2, participant.size());
        assertTrue(participant.get(0).get("values").toString().contains(email));
        assertFalse("nobody else's data in the copy", byEmail.body().contains("Someone Else") || byEmail.body().contains("else-"));
        // the workshops' and the input's creations hold the e-mail address in their copies
        assertTrue(found(copy, "audit.copy").size() >= 3);

        JsonNode byName = api.post("/personal-data/copies", Api.json(Map.of("name", name.toLowerCase()))).json();
        // by name also the business named after them (its record holds no address)
        assertTrue(places(byName).toString(), places(byName).contains("free-text organisation BOM"));
        assertEquals(places(byEmail.json()).stream().filter(p -> !p.startsWith("audit")).toList(),
                places(byName).stream().filter(p -> !p.startsWith("audit") && !p.equals("free-text organisation BOM")).toList());

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
        // a web session of theirs, and a failed login counted towards the lock
        assertEquals(201, Api.anonymous(port()).post("/session", Api.json(Map.of("user", "bom-member", "password", "bom-password"))).status());
        assertEquals(401, Api.anonymous(port()).post("/session", Api.json(Map.of("user", "bom-member", "password", "not-the-password"))).status());
        JsonNode copy = api.post("/personal-data/copies", Api.json(Map.of("user", "bom-member"))).json();
        Set<String> places = places(copy);
        assertTrue(places.toString(), places.contains("record.stamp workshop -") && places.contains("audit.actor audit-entry -"));
        assertTrue(places.toString(), places.contains("web-session.user web-session -") && places.contains("login-failure.account login-failure -"));
        JsonNode bomAdmin = user("bom-admin", "bom-admin-password").post("/personal-data/copies", Api.json(Map.of("user", "bom-member"))).json();
        assertTrue("a ROM's admin: the user's name as their ROM's audit entries hold it, no stamps: " + places(bomAdmin),
                places(bomAdmin).stream().noneMatch(p -> p.startsWith("record.stamp")) && places(bomAdmin).contains("audit.actor audit-entry -"));
    }

    @Inject
    private BundleContext context;

    /** Every row of every table of the platform, read from its database (Liquibase's own tables aside). */
    private List<String> everyRow() throws Exception {
        DataSource ds = context.getService(context.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=nts)").iterator().next());
        try (Connection c = ds.getConnection()) {
            return TableRows.of(c, false);
        }
    }

    @Test
    public void anErasedPersonLeavesNoTraceWhileTheRecordsAndTheTrailStay() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String name = "Bram Erased " + tag;
        String email = "bram." + tag + "@erase.example";
        Api bom = user("bom-member", "bom-password");
        JsonNode w1 = bom.post("/workshops", Api.json(workshop("BOM erasure table " + tag, "BOM", name, email))).json();
        JsonNode w2 = user("liof-member", "liof-password").post("/workshops", Api.json(workshop("LIOF erasure table " + tag, "LIOF", name, email))).json();
        Map<String, Object> left = new LinkedHashMap<>(Map.of("kind", "RISK", "theme", "TALENT", "text", "Left by Bram " + tag));
        left.put("submission", Map.of("organisation", "Bram BV " + tag, "contactName", name, "contactEmail", email, "contactConsent", true));
        assertEquals(201, Api.anonymous(port()).post("/public/BOM/inputs", Api.json(left)).status());
        long noted = bom.post("/inputs", Api.json(Map.of("workshop", w1.get("id").asLong(), "kind", "CHALLENGE", "theme", "TALENT",
                "text", "Call " + name + " at " + email + " about welders"))).json().get("id").asLong();
        long business = bom.post("/organisations", Api.json(Map.of("name", name + " Advies", "kind", "SME", "country", "NL", "province", "Noord-Brabant",
                "externalIds", Map.of("hubspot", "hs-" + tag)))).json().get("id").asLong();
        assertEquals(1, api.get("/organisations?q=" + tag).json().get("total").asInt());
        // a progress note that names them (a progress update has no version of its own)
        long action = api.get("/actions?size=1").json().get("items").get(0).get("id").asLong();
        Api.Answer progress = api.post("/actions/" + action + "/progress", Api.json(Map.of("date", "2026-11-30", "percent", 10,
                "milestone", "Intake with " + name, "note", "Called " + name + " about the pilot")));
        assertEquals(progress.body(), 201, progress.status());
        // a workshop changed afterwards: its audit entry has the person in the copies before and after
        Map<String, Object> renamed = workshop("BOM erasure table (renamed) " + tag, "BOM", name, email);
        renamed.put("version", w1.get("version").asLong());
        assertEquals(200, bom.send("PUT", "/workshops/" + w1.get("id").asLong(), Api.json(renamed)).status());
        assertTrue(everyRow().stream().anyMatch(r -> r.contains(email)));

        assertRefused(bom.post("/personal-data/erasures", Api.json(Map.of("email", email))), 403, null);
        assertRefused(user("bom-admin", "bom-admin-password").post("/personal-data/erasures", Api.json(Map.of("email", email))), 403, null);
        Api.Answer erased = api.post("/personal-data/erasures", Api.json(Map.of("name", name, "email", email)));
        assertEquals(erased.body(), 200, erased.status());
        String pseudonym = erased.json().get("pseudonym").asText();
        assertTrue(pseudonym, pseudonym.matches("person-[0-9a-f]{16}"));
        JsonNode changed = erased.json().get("changed");
        assertEquals(changed.toString(), 2, changed.get("workshop.participant").asInt());
        assertEquals(1, changed.get("input.contact").asInt());
        assertEquals(changed.toString(), 4, changed.get("free-text").asInt());
        assertTrue(changed.toString(), changed.get("audit.copy").asInt() >= 4);

        // no trace left in any table, in any case
        List<String> traces = everyRow().stream().filter(r -> r.toLowerCase().contains(email) || r.toLowerCase().contains(name.toLowerCase())).toList();
        assertEquals("rows that still hold the name or e-mail address", List.of(), traces);
        // nor in a backup made afterwards
        Api.Answer backup = api.post("/backups", "");
        assertEquals(backup.body(), 202, backup.status());
        JsonNode job = WholePlatform.awaitJob(api, backup.header("Location"));
        assertEquals(job.toString(), "DONE", job.get("state").asText());
        java.net.http.HttpResponse<byte[]> file = api.download(job.get("download").asText().replaceFirst("^/api", ""));
        assertEquals(200, file.statusCode());
        String exported = WholePlatform.unzipped(file.body()).toLowerCase();
        assertTrue("the backup holds the platform's records", exported.contains(("Call " + pseudonym + " at " + pseudonym).toLowerCase()));
        assertFalse("a backup made afterwards holds no trace", exported.contains(email) || exported.contains(name.toLowerCase()));
        assertEquals(0, api.post("/personal-data/copies", Api.json(Map.of("name", name, "email", email))).json().get("findings").size());

        // the records stay: the workshop with the pseudonym (a version on), the other participant as they were; the input without its contact
        JsonNode workshop = api.get("/workshops/" + w1.get("id").asLong()).json();
        assertEquals(w1.get("version").asLong() + 2, workshop.get("version").asLong());
        JsonNode p0 = workshop.get("participants").get(0);
        assertEquals(pseudonym, p0.get("name").asText());
        assertTrue(p0.get("email").isNull() && p0.get("role").isNull());
        assertTrue(workshop.get("participants").get(1).get("email").asText().startsWith("else-"));
        assertEquals(pseudonym, api.get("/workshops/" + w2.get("id").asLong()).json().get("participants").get(0).get("name").asText());
        JsonNode input = null;
        for (JsonNode i : api.get("/inputs?rom=BOM&size=200&sort=-createdAt").json().get("items")) {
            if (i.get("text").asText().equals("Left by Bram " + tag)) {
                input = i;
            }
        }
        assertEquals("Bram BV " + tag, input.get("submission").get("organisation").asText());
        assertTrue(input.get("submission").get("contactName").isNull() && input.get("submission").get("contactEmail").isNull());
        assertEquals("the rest of a text that named them stays", "Call " + pseudonym + " at " + pseudonym + " about welders",
                api.get("/inputs/" + noted).json().get("text").asText());
        assertEquals(pseudonym + " Advies", api.get("/organisations/" + business).json().get("name").asText());
        assertEquals("the text search forgets the name's words", 0, api.get("/organisations?q=" + tag).json().get("total").asInt());
        JsonNode note = api.get("/actions/" + action + "/progress").json().get("items").get(0);
        assertEquals("Intake with " + pseudonym, note.get("milestone").asText());
        assertEquals("Called " + pseudonym + " about the pilot", note.get("note").asText());

        // the trail: the same entries, the person a pseudonym in their copies; the erasure itself recorded without what was erased
        JsonNode entries = api.get("/audit?kind=workshop&record=" + w1.get("id").asLong()).json().get("items");
        assertEquals(2, entries.size());
        assertTrue(entries.toString(), entries.toString().contains(pseudonym) && entries.toString().contains("Someone Else"));
        JsonNode erasure = api.get("/audit?kind=personal-data&action=erase").json().get("items").get(0);
        assertEquals(pseudonym, erasure.get("record").asText());
        assertTrue(erasure.get("before").isNull() && erasure.get("after").isNull());
    }

    @Test
    public void anErasedUserIsAPseudonymInStampsStepsAndTheTrail() throws Exception {
        Api early = user("early", "early-password");
        String tag = Long.toString(System.nanoTime(), 36);
        JsonNode w = early.post("/workshops", Api.json(workshop("Early " + tag, "BOM", "Q " + tag, "q" + tag + "@example.org"))).json();
        assertEquals("early", w.get("stamp").get("createdBy").asText());
        JsonNode done = api.post("/personal-data/erasures", Api.json(Map.of("user", "early"))).json();
        String pseudonym = done.get("pseudonym").asText();
        assertTrue(done.toString(), done.get("changed").get("record.stamp").asInt() >= 1 && done.get("changed").get("audit.actor").asInt() >= 1);
        assertEquals(pseudonym, api.get("/workshops/" + w.get("id").asLong()).json().get("stamp").get("createdBy").asText());
        assertEquals(pseudonym, api.get("/audit?kind=workshop&record=" + w.get("id").asLong()).json().get("items").get(0).get("actor").asText());
        // (the word index holds the words of texts: a sample input says "early", which is no user name)
        List<String> traces = everyRow().stream().filter(r -> !r.startsWith("NTS_SEARCH_WORD: "))
                .filter(r -> r.contains("=early ") || r.endsWith("=early") || r.contains("\"early\"")).toList();
        assertEquals("rows that still hold the user name", List.of(), traces);
    }

    @Test
    public void aRetentionRunErasesWhatIsDueAndNothingElse() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Api bom = user("bom-member", "bom-password");
        // an address needs the basis it is kept on
        Map<String, Object> noBasis = new LinkedHashMap<>(Map.of("title", "No basis " + tag, "date", "2026-10-01", "rom", "BOM"));
        noBasis.put("participants", List.of(Map.of("name", "Nobody " + tag, "email", "nobody." + tag + "@example.org")));
        assertRefused(bom.post("/workshops", Api.json(noBasis)), 422, "participants[0].emailBasis");
        // held 7 years ago (e-mail and name due), 2.5 years ago (the e-mail due), two months ago (nothing due)
        Map<String, Object> old = workshop("Retention old " + tag, "BOM", "Olga Old " + tag, "olga." + tag + "@example.org");
        old.put("date", "2019-12-01");
        Map<String, Object> mid = workshop("Retention mid " + tag, "BOM", "Mila Mid " + tag, "mila." + tag + "@example.org");
        mid.put("date", "2024-06-01");
        Map<String, Object> recent = workshop("Retention new " + tag, "BOM", "Nina New " + tag, "nina." + tag + "@example.org");
        JsonNode o = bom.post("/workshops", Api.json(old)).json();
        JsonNode m = bom.post("/workshops", Api.json(mid)).json();
        JsonNode n = bom.post("/workshops", Api.json(recent)).json();

        assertRefused(bom.post("/personal-data/retention-runs", ""), 403, null);
        assertRefused(api.post("/personal-data/retention-runs?dryRun=maybe", ""), 400, "dryRun");
        Api.Answer dry = api.post("/personal-data/retention-runs?dryRun=true", "");
        assertEquals(dry.body(), 201, dry.status());
        assertTrue(dry.json().get("dryRun").asBoolean());
        assertTrue(dry.json().toString(), ids(dry.json(), 0).containsAll(List.of(o.get("id").asLong(), m.get("id").asLong())));
        assertEquals("a dry run changes nothing", "olga." + tag + "@example.org", api.get("/workshops/" + o.get("id").asLong()).json()
                .get("participants").get(0).get("email").asText());

        Api.Answer ran = api.post("/personal-data/retention-runs", "");
        assertEquals(ran.body(), 201, ran.status());
        JsonNode run = ran.json();
        assertEquals("/api/personal-data/retention-runs/" + run.get("id").asLong(), ran.header("Location"));
        List<Long> emails = ids(run, 0);
        assertTrue(run.toString(), emails.containsAll(List.of(o.get("id").asLong(), m.get("id").asLong())));
        assertFalse(run.toString(), emails.contains(n.get("id").asLong()));
        assertEquals(List.of(o.get("id").asLong()), ids(run, 1).stream().filter(id -> id.equals(o.get("id").asLong()) || id.equals(m.get("id").asLong())).toList());
        assertFalse("a report names records by id, never a person: " + run, run.toString().contains(tag));

        JsonNode oldNow = api.get("/workshops/" + o.get("id").asLong()).json();
        assertTrue(oldNow.toString(), oldNow.get("participants").get(0).get("name").asText().matches("person-[0-9a-f]{16}"));
        assertTrue(oldNow.get("participants").get(0).get("email").isNull() && oldNow.get("participants").get(0).get("role").isNull());
        assertEquals("one version on, whatever kinds changed it", o.get("version").asLong() + 1, oldNow.get("version").asLong());
        JsonNode midNow = api.get("/workshops/" + m.get("id").asLong()).json().get("participants").get(0);
        assertEquals("Mila Mid " + tag, midNow.get("name").asText());
        assertTrue(midNow.toString(), midNow.get("email").isNull() && midNow.get("emailBasis").isNull());
        JsonNode newNow = api.get("/workshops/" + n.get("id").asLong()).json().get("participants").get(0);
        assertEquals("nina." + tag + "@example.org", newNow.get("email").asText());
        assertEquals("CONSENT", newNow.get("emailBasis").asText());

        // gone from every table, the audit trail's copies included; what was not due stays
        List<String> rows = everyRow();
        for (String gone : List.of("olga." + tag, "Olga Old " + tag, "mila." + tag)) {
            assertEquals(gone, List.of(), rows.stream().filter(r -> r.contains(gone)).toList());
        }
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("NTS_AUDIT") && r.contains("nina." + tag)));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("NTS_AUDIT") && r.contains("Mila Mid " + tag)));

        // stored with its report; the trail records the run, not what it erased
        assertEquals(run.get("id").asLong(), api.get("/personal-data/retention-runs").json().get("items").get(0).get("id").asLong());
        assertEquals(run.get("kinds"), api.get("/personal-data/retention-runs/" + run.get("id").asLong()).json().get("kinds"));
        assertRefused(api.get("/personal-data/retention-runs/987654321"), 404, null);
        JsonNode entry = api.get("/audit?kind=personal-data&action=retain").json().get("items").get(0);
        assertEquals("retention-run " + run.get("id").asLong(), entry.get("record").asText());
        assertTrue(entry.get("before").isNull() && entry.get("after").isNull());

        // and in the shell, by an operator
        String out = shell().runAsOperator("nts:personal-data-retention --dry-run");
        assertTrue(out, out.contains("(dry run, nothing erased): due 0 workshop.participant.email in 0 workshops"));
    }

    private static List<Long> ids(JsonNode run, int kind) {
        List<Long> ids = new ArrayList<>();
        run.get("kinds").get(kind).get("ids").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    @Test
    public void theFieldsSayWhatIsKeptWhyAndOnWhatBasis() throws Exception {
        JsonNode fields = api.get("/personal-data/fields").json().get("items");
        Set<String> places = new TreeSet<>();
        for (JsonNode f : fields) {
            places.add(f.get("place").asText());
            assertFalse(f.toString(), f.get("purpose").asText().isBlank() || f.get("basis").asText().isBlank() || f.get("retention").asText().isBlank());
            if (f.get("place").asText().equals("workshop.participant")) {
                assertTrue(f.toString(), f.get("retention").asText().contains("e-mail address and its basis 24 months"));
            }
        }
        assertTrue(places.toString(), places.containsAll(Set.of("workshop.participant", "input.contact", "record.stamp", "audit.actor", "audit.copy")));
    }
}
