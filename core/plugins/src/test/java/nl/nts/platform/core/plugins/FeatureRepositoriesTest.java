package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.features.FeaturesService;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.Roles;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.shared.Caller;

/** Who may add which plugin repository is decided before Karaf is asked anything. */
class FeatureRepositoriesTest {

    private final Fakes fakes = new Fakes();
    private final FakeCallerScope scope = new FakeCallerScope();
    private final FeatureRepositories repositories;
    private static final Caller BOM_ADMIN = Caller.user("bom-admin", List.of(Roles.romAdmin("BOM"), Roles.romMember("BOM")));

    FeatureRepositoriesTest() {
        FeaturesService features = fakes.fake(FeaturesService.class, (name, args) -> null);
        JpaTemplate jpa = fakes.fake(JpaTemplate.class, (name, args) -> null);
        ReferenceData referenceData = fakes.fake(ReferenceData.class,
                (name, args) -> name.equals("roms") ? List.of(new Rom("BOM", "BOM", List.of()), new Rom("LIOF", "LIOF", List.of())) : null);
        repositories = new FeatureRepositories(features, jpa, scope, referenceData,
                Map.of("BOM", "https://maven.bom.example/nts/, file:/srv/nts/roms/bom/", "service.pid", "nl.nts.platform.plugins.repositories"));
    }

    @Test
    void theAllowanceIsReadByRomAndAnAdminSeesOnlyTheirs() {
        assertEquals(Map.of("BOM", List.of("https://maven.bom.example/nts/", "file:/srv/nts/roms/bom/")), scope.call(BOM_ADMIN, repositories::allowed));
        Caller liofAdmin = Caller.user("liof-admin", List.of(Roles.romAdmin("LIOF")));
        assertEquals(Map.of(), scope.call(liofAdmin, repositories::allowed));
    }

    @Test
    void aRomAdminOutsideTheAllowanceOrForAnotherRomIsRefusedBeforeKarafIsAsked() {
        SecurityException outside = assertThrows(SecurityException.class,
                () -> scope.call(BOM_ADMIN, () -> repositories.add("https://maven.elsewhere.example/nts/features.xml", null)));
        assertTrue(outside.getMessage().contains("not within the locations the operator allows ROM BOM: https://maven.bom.example/nts/, file:/srv/nts/roms/bom/"),
                outside.getMessage());
        assertThrows(SecurityException.class, () -> scope.call(BOM_ADMIN, () -> repositories.add("file:/srv/nts/roms/bom/x.xml", "LIOF")));
        Caller liofAdmin = Caller.user("liof-admin", List.of(Roles.romAdmin("LIOF")));
        SecurityException none = assertThrows(SecurityException.class, () -> scope.call(liofAdmin, () -> repositories.add("file:/srv/nts/roms/liof/x.xml", null)));
        assertTrue(none.getMessage().contains("the operator allows ROM LIOF no plugin repositories"), none.getMessage());
        Caller member = Caller.user("bom-member", List.of(Roles.romMember("BOM")));
        assertThrows(SecurityException.class, () -> scope.call(member, () -> repositories.add("file:/srv/nts/roms/bom/x.xml", "BOM")));
        assertEquals(0, fakes.count("addRepository"), "Karaf was not asked");
    }

    @Test
    void aUrlThatIsNoneOrClimbsOutOfItsPlaceIsRefusedNamingUrl() {
        for (String url : List.of("", "not a url", "ftp://host/features.xml", "file:/srv/nts/roms/bom/../liof/features.xml",
                "file:/srv/nts/roms/bom/%2e%2e/liof/features.xml", "features.xml")) {
            ValidationException e = assertThrows(ValidationException.class, () -> scope.call(BOM_ADMIN, () -> repositories.add(url, null)), url);
            assertEquals("url", e.violations().get(0).field(), url);
        }
        ValidationException rom = assertThrows(ValidationException.class, () -> scope.call(BOM_ADMIN, () -> repositories.add("file:/srv/nts/roms/bom/x.xml", "XYZ")));
        assertEquals("rom", rom.violations().get(0).field());
        assertEquals(0, fakes.count("addRepository"));
    }
}
