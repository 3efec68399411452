package nl.nts.platform.core.store;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import nl.nts.platform.api.ConflictException;

/**
 * Runs a write and gives a refused one the answer a client can act on. Two writers racing
 * past a service's own checks meet at the database: its unique keys or a version column refuse
 * one of them, which then gets the same answer it would have got had it come second.
 */
public final class Writes {

    private Writes() {
    }

    /**
     * @param what        the record written, in words, e.g. {@code "value chain 'VC01'"}
     * @param uniqueTaken the conflict to report when a unique key refuses the write
     */
    public static <T> T guarded(String what, Supplier<ConflictException> uniqueTaken, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (causedByOptimisticLock(e) || concurrentUpdate(e)) {
                throw changedMeanwhile(what);
            }
            if (uniqueKeyViolated(e)) {
                throw uniqueTaken.get();
            }
            throw e;
        }
    }

    public static ConflictException changedMeanwhile(String what) {
        return new ConflictException("version", what + " was changed by someone else meanwhile; read it again");
    }

    /**
     * @param expected the version the caller read, or null when it asked to overwrite whatever
     *                 is there
     * @throws ConflictException on field {@code version} when the record moved on
     */
    public static void checkVersion(String what, long current, Long expected) {
        if (expected != null && expected != current) {
            throw new ConflictException("version",
                    what + " is at version " + current + ", the request was based on version " + expected + "; read it again");
        }
    }

    /** A refused delete names (some of) the records that still refer to the one to delete. */
    public static ConflictException referredTo(String what, String field, List<String> referrers, long total) {
        String names = String.join(", ", referrers);
        String more = total > referrers.size() ? " and " + (total - referrers.size()) + " more" : "";
        return new ConflictException(field, what + " is still referred to by " + names + more);
    }

    private static boolean causedByOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two transactions changed the same row: SQL state 40001 (serialization failure, PostgreSQL)
     * or H2's "concurrent update" (90131). The loser gets the answer of a stale version.
     */
    private static boolean concurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 90131)) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 23 is "integrity constraint violation" in every database we run on. */
    private static boolean uniqueKeyViolated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
