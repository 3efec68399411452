package nl.nts.platform.core.plugins;

import java.util.Map;
import java.util.Objects;

import org.osgi.framework.Constants;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.core.shared.Caller;

/**
 * One service a plugin registered, with the service properties every plugin kind shares
 * parsed once.
 *
 * @param <T>        the plugin kind, e.g. {@code ReportFormat}
 * @param key        what the kind looks it up by, e.g. the report format's id
 * @param service    the plugin's object; the registry tells registrations apart by its identity
 * @param plugin     {@code nts.plugin.id}, or {@value #UNKNOWN_PLUGIN}
 * @param rom        {@code nts.rom}; null for a national plugin
 * @param ranking    {@code service.ranking}; 0 when absent or not an Integer, as OSGi reads it
 * @param serviceId  {@code service.id}; 0 when absent (outside a framework)
 * @param caller     who the plugin's code runs as: decided by its bundle ({@link PluginCaller}), not by
 *                   {@code plugin} and {@code rom}, which the plugin writes freely
 * @param properties all service properties, for what only one kind reads
 * @param description what the plugin told about itself when it registered (a kind's own record),
 *                    asked once so that no request waits on it; null when the kind keeps none
 */
record PluginService<T>(String key, T service, String plugin, String rom, int ranking, long serviceId, Caller caller,
        Map<String, Object> properties, Object description) {

    static final String UNKNOWN_PLUGIN = "unknown";

    PluginService {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(caller, "caller");
        properties = Map.copyOf(properties);
    }

    /** Reads the common properties of one registration. */
    static <T> PluginService<T> of(String key, T service, Map<String, ?> properties, Caller caller, Object description) {
        String plugin = text(properties.get(PluginProperties.PLUGIN_ID));
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        return new PluginService<>(key, service, plugin == null ? UNKNOWN_PLUGIN : plugin, text(properties.get(PluginProperties.ROM)),
                ranking instanceof Integer r ? r : 0, serviceId(properties), caller, Map.copyOf(properties), description);
    }

    /** The description kept at registration, of the kind's own type. */
    <D> D description(Class<D> type) {
        return type.cast(description);
    }

    /** @return {@code service.id}; 0 when absent */
    static long serviceId(Map<String, ?> properties) {
        return properties.get(Constants.SERVICE_ID) instanceof Number n ? n.longValue() : 0L;
    }

    /** @return {@code service.bundleid}, the bundle that registered the service; -1 when absent (outside a framework) */
    static long bundleId(Map<String, ?> properties) {
        return properties.get(Constants.SERVICE_BUNDLEID) instanceof Number n ? n.longValue() : -1L;
    }

    /** @return a service property as text; null when absent or blank */
    String property(String name) {
        return text(properties.get(name));
    }

    /** @return the value as stripped text; null for null or blank */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }
}
