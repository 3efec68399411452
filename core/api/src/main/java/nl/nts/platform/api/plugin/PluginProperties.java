package nl.nts.platform.api.plugin;

/** The names of the service properties and manifest headers that identify a plugin. */
public final class PluginProperties {

    /** Service property: the id of the plugin a service belongs to, e.g. {@code report-csv}. */
    public static final String PLUGIN_ID = "nts.plugin.id";

    /** Service property: the ROM a plugin belongs to, e.g. {@code BOM}; absent for a national plugin. */
    public static final String ROM = "nts.rom";

    /** Manifest header: the plugin's id; the bundle carrying it is a plugin. */
    public static final String HEADER_PLUGIN_ID = "NTS-Plugin-Id";

    /** Manifest header: the ROM the plugin belongs to; absent for a national plugin. */
    public static final String HEADER_ROM = "NTS-Plugin-Rom";

    /** The Karaf feature of plugin {@code id} is named {@code FEATURE_PREFIX + id}. */
    public static final String FEATURE_PREFIX = "nts-plugin-";

    private PluginProperties() {
    }
}
