package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import nl.nts.platform.core.shared.Caller;

class PluginCallerTest {

    /** The properties a BOM plugin writes when it claims to be LIOF's national plugin. */
    private static final Map<String, Object> CLAIMS = Map.of("nts.plugin.id", "liof-tools", "nts.rom", "LIOF", "nts.report.format", "x");

    /** A bundle with a symbolic name and manifest headers; nothing else is asked. */
    private static Bundle bundle(long id, String symbolicName, Map<String, String> headers) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getHeaders" -> new Hashtable<>(headers);
            case "getSymbolicName" -> symbolicName;
            case "getBundleId" -> id;
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    private static ServiceReference<?> registeredBy(Bundle bundle) {
        return (ServiceReference<?>) Proxy.newProxyInstance(ServiceReference.class.getClassLoader(), new Class<?>[] {ServiceReference.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getBundle")) {
                        return bundle;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aPluginRunsAsItsBundleSaysWhateverItsPropertiesClaim() {
        Bundle bom = bundle(40, "nts-plugin-rom-bom", Map.of("NTS-Plugin-Id", "rom-bom", "NTS-Plugin-Rom", "BOM"));
        assertEquals(Caller.plugin("rom-bom", "BOM"), PluginCaller.of(registeredBy(bom), CLAIMS));

        Bundle national = bundle(41, "nts-plugin-report-csv", Map.of("NTS-Plugin-Id", "report-csv"));
        assertEquals(Caller.plugin("report-csv", null), PluginCaller.of(registeredBy(national), CLAIMS));
    }

    @Test
    void aBundleThatIsNoPluginOnlyReads() {
        Bundle foreign = bundle(42, "com.example.reports", Map.of());
        assertEquals(Caller.anonymous(), PluginCaller.of(registeredBy(foreign), CLAIMS));
        assertEquals(Caller.anonymous(), PluginCaller.of(registeredBy(null), CLAIMS), "a service whose bundle is gone");
        assertEquals(Caller.anonymous(), PluginCaller.of(null, CLAIMS));
    }

    @Test
    void theCoresOwnServicesAreTrustedWithTheirProperties() {
        Bundle core = bundle(20, "nts-core-plugins", Map.of());
        assertEquals(Caller.plugin("liof-tools", "LIOF"), PluginCaller.of(registeredBy(core), CLAIMS));
    }
}
