package nl.nts.platform.core.store;

import javax.transaction.RollbackException;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The JTA transaction of the calling thread, from the transaction manager the framework
 * registers (tracked once, for the life of this bundle).
 */
final class Transactions {

    private static volatile ServiceTracker<TransactionManager, TransactionManager> tracker;

    private Transactions() {
    }

    /** Whether this code runs in a framework (false in a unit test of the entities). */
    static boolean inFramework() {
        return FrameworkUtil.getBundle(Transactions.class) != null;
    }

    /** The transaction manager, or null outside a framework or while none is registered. */
    static TransactionManager manager() {
        ServiceTracker<TransactionManager, TransactionManager> opened = tracker;
        if (opened == null) {
            Bundle bundle = FrameworkUtil.getBundle(Transactions.class);
            if (bundle == null || bundle.getBundleContext() == null) {
                return null;
            }
            synchronized (Transactions.class) {
                if (tracker == null) {
                    ServiceTracker<TransactionManager, TransactionManager> made = new ServiceTracker<>(bundle.getBundleContext(), TransactionManager.class, null);
                    made.open();
                    tracker = made;
                }
                opened = tracker;
            }
        }
        return opened.getService();
    }

    /** This thread's transaction, or null when there is none (or no transaction manager). */
    static Transaction current() {
        TransactionManager manager = manager();
        try {
            return manager == null ? null : manager.getTransaction();
        } catch (SystemException e) {
            throw new IllegalStateException("the transaction manager cannot tell the current transaction", e);
        }
    }

    /**
     * Runs {@code then} once the transaction has ended, committed or rolled back, on the thread
     * that ends it.
     */
    static void whenEnded(Transaction tx, Runnable then) throws RollbackException, SystemException {
        tx.registerSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.run();
            }
        });
    }
}
