package nl.nts.platform.core.store;

import java.util.ArrayList;
import java.util.List;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.Transaction;
import javax.transaction.xa.XAResource;

/** A JTA transaction for tests: its synchronizations run when the test completes it. */
final class FakeTransaction implements Transaction {
    private final List<Synchronization> synchronizations = new ArrayList<>();
    boolean refuse;

    void complete(int status) {
        synchronizations.forEach(s -> s.afterCompletion(status));
    }

    @Override
    public void registerSynchronization(Synchronization sync) {
        if (refuse) {
            throw new IllegalStateException("marked for rollback");
        }
        synchronizations.add(sync);
    }

    @Override
    public void commit() {
    }

    @Override
    public boolean delistResource(XAResource xaRes, int flag) {
        return false;
    }

    @Override
    public boolean enlistResource(XAResource xaRes) {
        return false;
    }

    @Override
    public int getStatus() {
        return Status.STATUS_ACTIVE;
    }

    @Override
    public void rollback() {
    }

    @Override
    public void setRollbackOnly() {
    }
}
