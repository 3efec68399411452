package nl.nts.platform.core.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The caller the core's services run for on this thread. A surface that serves a user (the
 * REST API, a web page) binds its caller around the work it does for them; a shell command
 * runs for the user of its session without binding anything (Karaf runs it as that user);
 * the plugin host binds the plugin it runs. Plugins never see this: a plugin calling a
 * service always acts for itself.
 */
public interface CallerScope {

    /** Runs {@code work} for {@code caller} on this thread, then restores what was bound before. */
    <T> T call(Caller caller, Supplier<T> work);

    default void run(Caller caller, Runnable work) {
        call(caller, () -> {
            work.run();
            return null;
        });
    }

    /**
     * @return the caller bound on this thread, else the user of the Karaf session the thread
     *         runs a command for, else empty
     */
    Optional<Caller> current();
}
