package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.core.shared.Caller;

class WorkflowStatusTest {

    private static final Caller MEMBER = Caller.user("anne", List.of("rom-member:BOM"));
    private static final Caller OPERATOR = Caller.user("kia", List.of("kia-operator"));

    @Test
    void aNewRecordStartsInTheInitialStateWhateverTheCallersRoles() {
        assertEquals(PlanStatus.DRAFT, WorkflowStatus.decide("plan", null, null, null, PlanStatus.DRAFT, MEMBER));
        assertEquals(PlanStatus.DRAFT, WorkflowStatus.decide("plan", null, null, PlanStatus.DRAFT, PlanStatus.DRAFT, MEMBER));
        ValidationException skipped = assertThrows(ValidationException.class,
                () -> WorkflowStatus.decide("plan", null, null, PlanStatus.APPROVED, PlanStatus.DRAFT, OPERATOR));
        assertEquals("status", skipped.violations().get(0).field());
    }

    @Test
    void onlyTheCoreSeedsRecordsInLaterStates() {
        assertEquals("answered", WorkflowStatus.decide("input", null, null, "answered", "received", Caller.system("sample-data")));
    }

    @Test
    void aStoredRecordKeepsItsStatusOrRefusesAChange() {
        assertEquals(PlanStatus.SUBMITTED, WorkflowStatus.decide("plan", 3L, PlanStatus.SUBMITTED, null, PlanStatus.DRAFT, MEMBER));
        assertEquals(PlanStatus.SUBMITTED, WorkflowStatus.decide("plan", 3L, PlanStatus.SUBMITTED, PlanStatus.SUBMITTED, PlanStatus.DRAFT, MEMBER));
        ConflictException changed = assertThrows(ConflictException.class,
                () -> WorkflowStatus.decide("plan", 3L, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.DRAFT, OPERATOR));
        assertEquals("status", changed.field());
    }
}
