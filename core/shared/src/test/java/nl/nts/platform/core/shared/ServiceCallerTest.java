package nl.nts.platform.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;

/** Who calls a service instance is the framework's to say (the using bundle), never the thread's when a plugin calls. */
class ServiceCallerTest {

    /** Binds on this thread, as the domain's scope does. */
    private static final class Scope implements CallerScope {
        private final ThreadLocal<Caller> bound = new ThreadLocal<>();

        @Override
        public <T> T call(Caller caller, Supplier<T> work) {
            Caller before = bound.get();
            bound.set(caller);
            try {
                return work.get();
            } finally {
                bound.set(before);
            }
        }

        @Override
        public Optional<Caller> current() {
            return Optional.ofNullable(bound.get());
        }
    }

    private static Bundle bundle(long id, String name, Map<String, String> headers) {
        Dictionary<String, String> dictionary = new Hashtable<>(headers);
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> switch (m.getName()) {
            case "getBundleId" -> id;
            case "getSymbolicName" -> name;
            case "getHeaders" -> dictionary;
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static ComponentContext usedBy(Bundle bundle) {
        return (ComponentContext) Proxy.newProxyInstance(ComponentContext.class.getClassLoader(), new Class<?>[] {ComponentContext.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getUsingBundle" -> bundle;
                    case "getProperties" -> new Hashtable<String, Object>(Map.of("component.name", "test"));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private final Scope scope = new Scope();
    private final Caller shellUser = Caller.user("kia", java.util.List.of("kia-operator"));

    @Test
    void aPluginActsForItselfWhateverItsThreadCarries() {
        ServiceCaller plugin = new ServiceCaller(scope, usedBy(bundle(42, "bom-plugin", Map.of("NTS-Plugin-Id", "rom-bom", "NTS-Plugin-Rom", "BOM"))));
        Caller seen = scope.call(shellUser, () -> plugin.bound(() -> scope.current().orElseThrow()));
        assertEquals(Caller.plugin("rom-bom", "BOM"), seen);
        assertEquals(Caller.plugin("rom-bom", "BOM"), scope.call(shellUser, plugin::get));
    }

    @Test
    void aForeignBundleIsAnonymousAndTheCoresOwnActForTheBoundCaller() {
        ServiceCaller foreign = new ServiceCaller(scope, usedBy(bundle(43, "some-bundle", Map.of())));
        assertEquals(Caller.anonymous(), scope.call(shellUser, foreign::get));
        ServiceCaller core = new ServiceCaller(scope, usedBy(bundle(44, "nts-core-rest", Map.of())));
        assertEquals(shellUser, scope.call(shellUser, core::get));
        assertThrows(SecurityException.class, core::get, "the core's surface forgot to say whom it serves");
        assertNull(core.bound(() -> scope.current().orElse(null)), "reads without a caller run unbound");
    }

    @Test
    void aCoreNameWithAPluginHeaderIsAPlugin() {
        assertEquals(Caller.plugin("sneaky", null), ServiceCaller.fixedCaller(bundle(45, "nts-core-sneaky", Map.of("NTS-Plugin-Id", "sneaky"))));
    }
}
