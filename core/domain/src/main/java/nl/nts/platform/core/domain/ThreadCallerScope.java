package nl.nts.platform.core.domain;

import java.security.AccessController;
import java.util.Optional;
import java.util.function.Supplier;

import javax.security.auth.Subject;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

/**
 * The caller on this thread: the one a core surface bound, else the user of the Karaf shell
 * session the thread runs a command for (Karaf runs commands as the session's subject). Only
 * the core's own bundles may bind a caller; anyone else trying is refused.
 */
@Component(service = CallerScope.class, scope = ServiceScope.BUNDLE)
public class ThreadCallerScope implements CallerScope {

    private final CallerThreads threads;
    private final boolean mayBind;

    @Activate
    public ThreadCallerScope(@Reference CallerThreads threads, ComponentContext context) {
        this.threads = threads;
        this.mayBind = context.getUsingBundle() == null || ServiceCaller.isCore(context.getUsingBundle());
    }

    @Override
    public <T> T call(Caller caller, Supplier<T> work) {
        if (!mayBind) {
            throw new SecurityException("only the core's own bundles say whom a call is for");
        }
        Caller before = threads.bind(caller);
        try {
            return work.get();
        } finally {
            threads.restore(before);
        }
    }

    @Override
    public Optional<Caller> current() {
        Optional<Caller> bound = threads.bound();
        return bound.isPresent() ? bound : sessionUser();
    }

    @SuppressWarnings("removal") // Karaf 4.4 runs shell commands as the session's subject this way
    private static Optional<Caller> sessionUser() {
        return Caller.of(Subject.getSubject(AccessController.getContext()));
    }
}
