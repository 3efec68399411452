package nl.nts.platform.core.domain;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.core.shared.Caller;

/**
 * The callers bound on threads, one set for the whole core. Registered under this class, which
 * no other bundle can see: other bundles reach it only through {@link ThreadCallerScope}.
 */
@Component(service = CallerThreads.class)
public class CallerThreads {

    private final ThreadLocal<Caller> bound = new ThreadLocal<>();

    Optional<Caller> bound() {
        return Optional.ofNullable(bound.get());
    }

    Caller bind(Caller caller) {
        Caller before = bound.get();
        bound.set(caller);
        return before;
    }

    void restore(Caller before) {
        if (before == null) {
            bound.remove();
        } else {
            bound.set(before);
        }
    }
}
