package nl.nts.platform.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.Violation;

/** The text rule every record's rules apply, whoever calls them (REST, the shell, a plugin, a connector). */
class CodesTest {

    @Test
    void aTextWithAControlCharacterIsABrokenRuleNamingTheField() {
        for (char c = 0; c < 0x20; c++) {
            List<Violation> violations = new ArrayList<>();
            String stored = Codes.text("place", "Eind" + c + "hoven", true, 100, violations);
            if (c == '\t' || c == '\n' || c == '\r') {
                assertTrue(violations.isEmpty(), "U+" + (int) c + ": " + violations);
                assertEquals("Eind" + c + "hoven", stored);
            } else {
                assertEquals(1, violations.size(), "U+" + (int) c);
                assertEquals("place", violations.get(0).field());
                assertTrue(violations.get(0).message().contains(String.format("U+%04X", (int) c)), violations.get(0).message());
            }
        }
        // DEL, C1 controls and Dutch typography are text a database and a report hold
        for (String text : List.of("a\u007fb", "a\u0085b", "Caf\u00e9 \u20ac 5, ge\u00efnd", "\ud83d\ude80")) {
            List<Violation> violations = new ArrayList<>();
            Codes.text("place", text, true, 100, violations);
            assertTrue(violations.isEmpty(), text + ": " + violations);
        }
    }

    @Test
    void onlyTextOfACodesShapeCouldBeACode() {
        assertTrue(Codes.couldBeCode("VC01"));
        assertTrue(Codes.couldBeCode("NTS-01_A"));
        for (String text : new String[] {null, "", "V", "vc01", "VC01\u0000", " VC01", "VC\u00c901", "A".repeat(Codes.CODE_MAX + 1)}) {
            assertFalse(Codes.couldBeCode(text), String.valueOf(text));
        }
    }
}
