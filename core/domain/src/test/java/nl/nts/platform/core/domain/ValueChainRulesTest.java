package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Segment;
import nl.nts.platform.api.model.ValueChain;

class ValueChainRulesTest {

    private final ValueChainRules rules = new ValueChainRules(Set.of("NTS01", "NTS09")::contains, Set.of("BOM", "LIOF")::contains);

    private static ValueChain chain(String code, String name, List<String> technologies, List<String> roms) {
        return new ValueChain(code, name, null, technologies, roms, List.of(), null, null);
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void acceptsAGoodChainAndTrimsItsText() {
        ValueChain checked = rules.checkNew(new ValueChain("VC-99", "  Photonics  ", "   ", List.of("NTS01"), List.of("BOM"),
                List.of(new Segment("FAB", " Chip fabrication ")), null, null));
        assertEquals("Photonics", checked.name());
        assertNull(checked.description(), "a blank description is stored as none");
        assertEquals(List.of("NTS01"), checked.technologies());
        assertEquals(List.of(new Segment("FAB", "Chip fabrication")), checked.segments());
    }

    @Test
    void reportsEveryBrokenRuleWithItsField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rules.checkNew(chain("vc 1", " ", List.of("NTS01", "NTS99", "NTS01"), List.of("XYZ"))));
        assertEquals(List.of("code", "name", "technologies[1]", "technologies[2]", "roms[0]"), fields(e));
        assertEquals("unknown key technology 'NTS99'", e.violations().get(2).message());
    }

    @Test
    void requiresCodeNameAndATechnology() {
        ValidationException e = assertThrows(ValidationException.class, () -> rules.checkNew(chain(null, null, List.of(), List.of())));
        assertEquals(List.of("code", "name", "technologies"), fields(e));
    }

    @Test
    void boundsTheLengthOfEveryTextField() {
        String longName = "n".repeat(ValueChainRules.NAME_MAX + 1);
        String longText = "d".repeat(ValueChainRules.DESCRIPTION_MAX + 1);
        ValidationException e = assertThrows(ValidationException.class,
                () -> rules.checkNew(new ValueChain("C".repeat(21), longName, longText, List.of("NTS09"), List.of(), List.of(), null, null)));
        assertEquals(List.of("code", "name", "description"), fields(e));
        assertEquals("is 201 characters long; at most 200 are allowed", e.violations().get(1).message());
        // at the limits all is well
        rules.checkNew(new ValueChain("C".repeat(20), "n".repeat(200), "d".repeat(4000), List.of("NTS09"), List.of(), List.of(), null, null));
    }

    @Test
    void segmentsNeedADistinctCodeAndAName() {
        ValidationException e = assertThrows(ValidationException.class, () -> rules.checkNew(new ValueChain("VC50", "Chain", null,
                List.of("NTS01"), List.of(), java.util.Arrays.asList(new Segment("FAB", "Fab"), new Segment("FAB", "Again"),
                        new Segment("x", ""), null), null, null)));
        assertEquals(List.of("segments[1].code", "segments[2].code", "segments[2].name", "segments[3]"), fields(e));
    }

    @Test
    void aReplacementMayNotChangeTheCode() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> rules.checkReplacement("VC01", chain("VC02", "Semiconductors", List.of("NTS09"), List.of())));
        assertEquals("code", e.violations().get(0).field());
        assertEquals("VC01", rules.checkReplacement("VC01", chain(null, "Semiconductors", List.of("NTS09"), List.of())).code());
    }
}
