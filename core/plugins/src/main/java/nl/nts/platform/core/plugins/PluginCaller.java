package nl.nts.platform.core.plugins;

import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.ServiceCaller;

/**
 * Who a plugin's service runs as: decided by the bundle that registered it, as its own calls
 * into the core are ({@link ServiceCaller}). Never by the service properties: a plugin writes
 * those freely, and a BOM plugin claiming {@code nts.rom=LIOF} must not act for LIOF.
 */
final class PluginCaller {

    private PluginCaller() {
    }

    /**
     * @return the plugin of the registering bundle's {@code NTS-Plugin-Id} for the ROM of its
     *         {@code NTS-Plugin-Rom}; for a service of the core's own bundles, the plugin its
     *         properties name (the core is trusted); for any other bundle, or one already gone,
     *         an anonymous caller, which reads and changes nothing
     */
    static Caller of(ServiceReference<?> reference, Map<String, ?> properties) {
        Bundle bundle = reference == null ? null : reference.getBundle();
        if (bundle == null) {
            return Caller.anonymous();
        }
        Caller fixed = ServiceCaller.fixedCaller(bundle);
        if (fixed != null) {
            return fixed;
        }
        // one of the core's own bundles: trusted to say which plugin it stands for
        String named = PluginService.text(properties.get(PluginProperties.PLUGIN_ID));
        return Caller.plugin(named == null ? PluginService.UNKNOWN_PLUGIN : named, PluginService.text(properties.get(PluginProperties.ROM)));
    }
}
