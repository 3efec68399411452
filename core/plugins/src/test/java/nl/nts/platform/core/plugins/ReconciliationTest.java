package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.nts.platform.core.plugins.Reconciliation.Step;

class ReconciliationTest {

    @Test
    void installedAsRecordedIsKeptWhateverTheSpelling() {
        assertEquals(Step.KEEP, Reconciliation.decide("rom-bom", "0.1.0-SNAPSHOT", Optional.of("0.1.0.SNAPSHOT"), List.of("0.1.0.SNAPSHOT")).step());
    }

    @Test
    void theRecordedVersionIsInstalledWhenOffered() {
        Reconciliation.Decision d = Reconciliation.decide("rom-bom", "1.0.0", Optional.empty(), List.of("1.0.0", "1.1.0"));
        assertEquals(Step.INSTALL, d.step());
        assertEquals("1.0.0", d.version(), "the recorded version, not the newest");
    }

    @Test
    void aNewDistributionThatOffersOnlyNewerVersionsUpgradesToTheNewest() {
        Reconciliation.Decision d = Reconciliation.decide("rom-bom", "1.0.0", Optional.of("0.9.0"), List.of("1.1.0", "1.2.0", "0.9.0"));
        assertEquals(Step.UPGRADE, d.step());
        assertEquals("1.2.0", d.version());
        assertTrue(d.message().contains("upgrading to it"), d.message());
    }

    @Test
    void neverADowngradeAndNeverAnInstallOfSomethingNotOffered() {
        Reconciliation.Decision older = Reconciliation.decide("rom-bom", "2.0.0", Optional.empty(), List.of("1.0.0"));
        assertEquals(Step.MISSING, older.step());
        assertNull(older.version());
        assertTrue(older.message().contains("only 1.0.0") && older.message().contains("DELETE /api/plugins/rom-bom"), older.message());
        Reconciliation.Decision none = Reconciliation.decide("gone", "1.0.0", Optional.empty(), List.of());
        assertEquals(Step.MISSING, none.step());
        assertTrue(none.message().contains("no version of it"), none.message());
    }
}
