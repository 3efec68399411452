package nl.nts.platform.core.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

/** Who may change what: the one policy every surface meets. */
class CallerTest {

    private static final Caller OPERATOR = Caller.user("kia", List.of("kia-operator"));
    private static final Caller BOM_MEMBER = Caller.user("anne", List.of("rom-member:BOM"));
    private static final Caller BOM_ADMIN = Caller.user("bert", List.of(" rom-admin:BOM", "rom-member:BOM "));
    private static final Caller BOM_PLUGIN = Caller.plugin("rom-bom", "BOM");
    private static final Caller NATIONAL_PLUGIN = Caller.plugin("report-csv", null);

    private static void allowed(Caller who, List<String> owners, boolean shared) {
        assertDoesNotThrow(() -> who.requireWrite(owners, shared, "change it"), who + " " + owners);
    }

    private static void refused(Caller who, List<String> owners, boolean shared) {
        SecurityException e = assertThrows(SecurityException.class, () -> who.requireWrite(owners, shared, "change it"), who + " " + owners);
        assertTrue(e.getMessage().startsWith(who + " may not change it"), e.getMessage());
    }

    @Test
    void aRomsUsersAndPluginChangeWhatTheRomOwnsAloneOrJointly() {
        for (Caller bom : List.of(BOM_MEMBER, BOM_ADMIN, BOM_PLUGIN)) {
            allowed(bom, List.of("BOM"), false);
            allowed(bom, List.of("LIOF", "BOM"), false);
            refused(bom, List.of("LIOF"), false);
            refused(bom, List.of(), false);
            allowed(bom, List.of(), true);
        }
    }

    @Test
    void operatorsTheCoreAndNationalPluginsChangeEverything() {
        for (Caller national : List.of(OPERATOR, Caller.system("sample-data"), NATIONAL_PLUGIN)) {
            allowed(national, List.of(), false);
            allowed(national, List.of("LIOF"), false);
            assertTrue(national.holds("kia-operator"));
        }
    }

    @Test
    void nobodyLoggedInChangesNothingNotEvenSharedRecords() {
        refused(Caller.anonymous(), List.of(), true);
        refused(Caller.anonymous(), List.of("BOM"), false);
        refused(Caller.user("visitor", List.of()), List.of(), true);
    }

    @Test
    void aRomsPluginHoldsItsRomsMemberRoleOnly() {
        assertTrue(BOM_PLUGIN.holds("rom-member:BOM"));
        assertFalse(BOM_PLUGIN.holds("rom-admin:BOM"));
        assertFalse(BOM_PLUGIN.holds("integrator"), "it would start national connectors");
        assertFalse(BOM_PLUGIN.holds("rom-member:LIOF"));
        assertEquals("plugin:rom-bom", BOM_PLUGIN.actor());
    }

    @Test
    void rolesAreComparedTrimmedAndAdminsKnowTheirRoms() {
        assertTrue(BOM_ADMIN.holds("rom-admin:BOM"));
        assertEquals(Set.of("BOM"), BOM_ADMIN.administeredRoms());
        assertEquals(Set.of(), BOM_PLUGIN.administeredRoms());
        SecurityException e = assertThrows(SecurityException.class, () -> BOM_MEMBER.requireRole("read the audit", "rom-admin:BOM"));
        assertTrue(e.getMessage().contains("rom-admin:BOM or kia-operator"), e.getMessage());
    }

    @Test
    void aSubjectOfTheRealmIsItsUserWithItsRoles() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("anne"));
        subject.getPrincipals().add(new RolePrincipal(" rom-member:BOM"));
        Caller anne = Caller.of(subject).orElseThrow();
        assertEquals("anne", anne.name());
        assertTrue(anne.holds("rom-member:BOM"));
        assertTrue(Caller.of(new Subject()).isEmpty());
        assertTrue(Caller.of(null).isEmpty());
    }
}
