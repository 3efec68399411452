package nl.nts.platform.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.transaction.Status;

import org.junit.jupiter.api.Test;

/** A write is counted once its transaction has ended, never before: a reader never keeps what it missed. */
class ChangeMarksTest {

    @Test
    void aWriteIsCountedWhenItsTransactionEndsNotWhenItIsMarked() {
        FakeTransaction tx = new FakeTransaction();
        long before = ChangeMarks.endedHere();
        ChangeMarks.countWhenEnded(tx);
        ChangeMarks.countWhenEnded(tx);
        assertEquals(before, ChangeMarks.endedHere(), "not while the transaction runs");
        tx.complete(Status.STATUS_COMMITTED);
        assertEquals(before + 2, ChangeMarks.endedHere());
    }

    @Test
    void aRolledBackWriteIsCountedToo() {
        FakeTransaction tx = new FakeTransaction();
        long before = ChangeMarks.endedHere();
        ChangeMarks.countWhenEnded(tx);
        tx.complete(Status.STATUS_ROLLEDBACK);
        assertEquals(before + 1, ChangeMarks.endedHere());
    }

    @Test
    void aWriteWithoutATransactionOrOneEndingAlreadyIsCountedAtOnce() {
        long before = ChangeMarks.endedHere();
        ChangeMarks.countWhenEnded(null);
        FakeTransaction ending = new FakeTransaction();
        ending.refuse = true;
        ChangeMarks.countWhenEnded(ending);
        assertEquals(before + 2, ChangeMarks.endedHere());
    }
}
