package nl.nts.platform.core.domain;

import java.util.concurrent.TimeUnit;

import nl.nts.platform.api.service.Workflows;

/**
 * The plugin host's workflow engine as a domain service holds it: by a dynamic reference, so
 * that updating the plugin host leaves the domain's services registered. A call while the host
 * restarts waits a while for the engine to come back.
 */
final class WorkflowEngineHandle {

    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(15);

    private Workflows engine;

    synchronized void set(Workflows workflows) {
        engine = workflows;
        notifyAll();
    }

    synchronized void unset(Workflows workflows) {
        if (engine == workflows) {
            engine = null;
        }
    }

    /** @throws IllegalStateException when the engine does not come back in time (the REST API answers 503) */
    synchronized Workflows get() {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (engine == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the workflow engine is not available; try again in a moment");
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the workflow engine");
            }
        }
        return engine;
    }
}
