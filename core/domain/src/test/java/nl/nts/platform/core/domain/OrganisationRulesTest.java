package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.EuProject;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.SegmentRef;

class OrganisationRulesTest {

    private final OrganisationRules rules = new OrganisationRules(Set.of("NTS01", "NTS09")::contains, ShippedReferenceData.roms());

    private static Organisation org(String kvk, String country, String province) {
        return new Organisation(null, "Lichtweg B.V.", OrganisationKind.START_UP, kvk, "26.11", "Eindhoven", country, province,
                null, null, List.of("NTS01"), List.of(new SegmentRef("VC02", "FAB")), 5, Map.of("hubspot", "42"), null, null);
    }

    private static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aDutchOrganisationGetsItsNuts2AndRomFromTheProvince() {
        Organisation checked = rules.check(org("12345678", "NL", "Noord-Brabant"));
        assertEquals("NL41", checked.nuts2());
        assertEquals("BOM", checked.rom());
        Organisation utrecht = rules.check(org(null, "NL", "Utrecht"));
        assertEquals("NL35", utrecht.nuts2(), "the 2024 NUTS revision");
        assertEquals("RUR", utrecht.rom());
    }

    @Test
    void aForeignOrganisationHasNoProvinceNorRom() {
        Organisation checked = rules.check(org(null, "TW", null));
        assertNull(checked.rom());
        assertNull(checked.nuts2());
        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(org("12345678", "DE", "Bayern")));
        assertEquals(List.of("kvkNumber", "province"), fields(e));
    }

    @Test
    void theKvkNumberIsExactlyEightDigits() {
        for (String bad : List.of("1234567", "123456789", "1234567a", "12 45678")) {
            ValidationException e = assertThrows(ValidationException.class, () -> rules.check(org(bad, "NL", "Limburg")), bad);
            assertEquals(List.of("kvkNumber"), fields(e), bad);
        }
        assertEquals("01234567", rules.check(org("01234567", "NL", "Limburg")).kvkNumber(), "leading zeros are kept");
    }

    @Test
    void everyOtherRuleNamesItsField() {
        Organisation bad = new Organisation(null, "", null, null, "twenty-six", null, "XX", null, null, null,
                List.of("NTS99"), List.of(new SegmentRef("VC02", "FAB"), new SegmentRef("VC02", "FAB")), 10,
                Map.of("Hub Spot", "1", "cordis", " "), null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(bad));
        assertEquals(Set.of("name", "kind", "country", "sbiCode", "technologies[0]", "segments[1]", "trl",
                "externalIds.Hub Spot", "externalIds.cordis"), Set.copyOf(fields(e)));
    }

    @Test
    void aDutchOrganisationNeedsAKnownProvince() {
        assertEquals(List.of("province"), fields(assertThrows(ValidationException.class, () -> rules.check(org(null, "NL", null)))));
        assertEquals(List.of("province"), fields(assertThrows(ValidationException.class, () -> rules.check(org(null, "NL", "Brabant")))));
    }

    @Test
    void euProjectsNeedACordisIdListedOnceAndComeBackInTheOrderOfTheirIds() {
        Organisation o = org(null, "BE", null).toBuilder().euProjects(List.of(
                EuProject.builder().id(" 101000002 ").acronym(" QSENSE-NL ").role("coordinator").start(LocalDate.of(2025, 3, 1)).build(),
                EuProject.builder().id("101000001").build())).build();
        Organisation checked = rules.check(o);
        assertEquals(List.of("101000001", "101000002"), checked.euProjects().stream().map(EuProject::id).toList());
        assertEquals("QSENSE-NL", checked.euProjects().get(1).acronym());

        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(org(null, "BE", null).toBuilder().euProjects(List.of(
                EuProject.builder().id("not a cordis id").build(),
                EuProject.builder().id("7").acronym("A".repeat(51)).start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2025, 1, 1)).build(),
                EuProject.builder().id("7").build())).build()));
        assertEquals(List.of("euProjects[0].id", "euProjects[1].acronym", "euProjects[1].end", "euProjects[2].id"), fields(e));
    }
}
