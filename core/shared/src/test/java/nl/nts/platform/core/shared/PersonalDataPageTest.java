package nl.nts.platform.core.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.PersonalDataCopy;
import nl.nts.platform.api.model.PersonalDataField;

/** The copy as a page: every place with its reason, what was found, and no text taken as markup. */
class PersonalDataPageTest {

    @Test
    void everyTextIsEscapedAndEveryPlaceShown() {
        List<PersonalDataField> fields = List.of(new PersonalDataField("workshop.participant", "participants", "follow-up", "public task"),
                new PersonalDataField("input.contact", "contacts", "contact", "consent"));
        PersonalDataCopy copy = new PersonalDataCopy(Instant.parse("2026-12-03T10:00:00Z"), "kia", "<script>alert(1)</script>", null, null,
                List.of(), List.of(new PersonalDataCopy.Finding("workshop.participant", "workshop", "21", "BOM", "Round table & more",
                        Map.of("participants[0].name", "<b>Anna</b>"))), true);
        String page = PersonalDataPage.html(copy, fields);
        assertFalse(page.contains("<script>") || page.contains("<b>Anna"), page);
        assertTrue(page.contains("&lt;script&gt;") && page.contains("&lt;b&gt;Anna") && page.contains("Round table &amp; more"), page);
        assertTrue(page.contains("Legal basis: consent") && page.contains("Nothing found."), page);
    }
}
