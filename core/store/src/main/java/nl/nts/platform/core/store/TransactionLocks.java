package nl.nts.platform.core.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.transaction.RollbackException;
import javax.transaction.SystemException;
import javax.transaction.Transaction;

import nl.nts.platform.api.ConflictException;

/**
 * Exclusive locks on keys, each held by one transaction until it completes (commit or
 * rollback), whichever thread ends it. A transaction that asks again for a key it holds gets it
 * at once; one that waits longer than the timeout gets a {@link ConflictException}, the answer
 * of a record busy with another writer, so two transactions that lock two records in opposite
 * order cannot wait on each other for ever.
 *
 * <p>Kept apart from the transaction manager (given as a supplier of the current transaction)
 * so that it can be tested without one.
 */
final class TransactionLocks {

    private final Supplier<Transaction> current;
    private final long timeoutMillis;
    /** key to the transaction holding it; guarded by itself, waiters wait on it */
    private final Map<String, Transaction> held = new HashMap<>();

    TransactionLocks(Supplier<Transaction> current, long timeoutMillis) {
        this.current = current;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * @param key  what is locked, e.g. {@code "OrganisationEntity#12"}
     * @param what the record in words, for the refusal
     * @return false when there is no transaction to hold the lock (nothing is locked)
     * @throws ConflictException when another transaction holds the key longer than the timeout
     */
    boolean lock(String key, String what) {
        Transaction tx = current.get();
        if (tx == null) {
            return false;
        }
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (held) {
            for (;;) {
                Transaction holder = held.get(key);
                if (holder == tx) {
                    return true;
                }
                if (holder == null) {
                    held.put(key, tx);
                    break;
                }
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    throw new ConflictException("version", what + " is being changed by someone else right now; try again");
                }
                try {
                    held.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ConflictException("version", what + " is being changed by someone else right now; try again");
                }
            }
        }
        try {
            Transactions.whenEnded(tx, () -> release(key, tx));
        } catch (RollbackException | SystemException | RuntimeException e) {
            // the transaction is ending already (marked for rollback): it cannot hold the lock
            release(key, tx);
            throw new IllegalStateException("the transaction cannot take a lock on " + what, e);
        }
        return true;
    }

    private void release(String key, Transaction tx) {
        synchronized (held) {
            if (held.get(key) == tx) {
                held.remove(key);
                held.notifyAll();
            }
        }
    }

    /** How many keys are held now (for tests). */
    int held() {
        synchronized (held) {
            return held.size();
        }
    }
}
