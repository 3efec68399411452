package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.PersonalDataField;
import nl.nts.platform.api.service.PersonQuery;

/** Who a copy of personal data is made for, and the list of places it is made from. */
class PersonalDataTest {

    @Test
    void aPersonIsNamedAtLeastOnceAndMatchedWithoutCaseOrBlanks() {
        JpaPersonalData.Person p = JpaPersonalData.Person.of(new PersonQuery(" Anna de Vries ", " Anna@DeVonk.example", "anna"));
        assertEquals(List.of("anna de vries", "anna@devonk.example", "anna"), List.of(p.name(), p.email(), p.user()));
        ValidationException none = assertThrows(ValidationException.class, () -> JpaPersonalData.Person.of(new PersonQuery(" ", null, "")));
        assertEquals(List.of("name"), none.violations().stream().map(Violation::field).toList());
        ValidationException tooLong = assertThrows(ValidationException.class, () -> JpaPersonalData.Person.of(new PersonQuery(null, "e".repeat(255), null)));
        assertEquals(List.of("email"), tooLong.violations().stream().map(Violation::field).toList());
    }

    @Test
    void aTextMentionsAPersonByTheirWholeNameOrAddressAndTheMentionBecomesThePseudonym() {
        JpaPersonalData.Person anna = JpaPersonalData.Person.of(new PersonQuery("Anna de Vries", "anna@devonk.example", null));
        assertTrue(anna.mentioned("Spoke with ANNA DE VRIES about welders"));
        assertTrue(anna.mentioned("mail anna@devonk.example."));
        assertFalse(anna.mentioned("Spoke with Annabel de Vriesland"), "a name inside longer words is not theirs");
        assertFalse(anna.mentioned("joanna@devonk.example"), "nor an address inside another");
        assertFalse(anna.mentioned(null));
        String p = anna.pseudonym();
        assertEquals("Call " + p + " (" + p + ") on Monday", anna.replaced("Call Anna de Vries (anna@DeVonk.example) on Monday"));
        JpaPersonalData.Person user = JpaPersonalData.Person.of(new PersonQuery(null, null, "anna"));
        assertFalse(user.mentioned("anna"), "a user name is matched in stamps, not in texts");
        JpaPersonalData.Person bakker = JpaPersonalData.Person.of(new PersonQuery("Bakker", null, null));
        assertFalse(bakker.mentioned("Bakker Logistiek B.V."), "one word is no one's name in a text: it would rewrite other people's");
        assertEquals("Bakker Logistiek B.V.", bakker.replaced("Bakker Logistiek B.V."));
    }

    @Test
    void aPseudonymTellsNothingAndCannotBeComputedFromAGuess() {
        JpaPersonalData.Person anna = JpaPersonalData.Person.of(new PersonQuery("Anna", "anna@devonk.example", null));
        String a = anna.pseudonym();
        assertEquals(a, anna.pseudonym(), "one person, one pseudonym throughout an erasure");
        assertNotEquals(a, JpaPersonalData.Person.of(new PersonQuery("Anna", "anna@devonk.example", null)).pseudonym(),
                "drawn at random: the same guess gives another");
        assertTrue(a.matches("person-[0-9a-f]{16}"), a);
        assertFalse(a.contains("anna"));
    }

    @Test
    void everyPlaceIsNamedOnceWithItsPurposeAndBasis() {
        Set<String> places = new HashSet<>();
        for (PersonalDataField f : JpaPersonalData.FIELDS) {
            assertTrue(places.add(f.place()), "named twice: " + f.place());
            assertFalse(f.holds().isBlank() || f.purpose().isBlank() || f.basis().isBlank(), f.toString());
        }
    }
}
