package nl.nts.platform.api;

/**
 * A plugin failed while the core called it: it threw, or it did not finish in time. Only the
 * one request that used the plugin fails; the REST API answers 500 (or 504 when it ran out of
 * time) naming the plugin.
 */
public class PluginException extends NtsException {
    private static final long serialVersionUID = 1L;

    private final String plugin;
    private final boolean timedOut;

    /**
     * @param plugin   the id of the plugin that failed
     * @param message  what went wrong, in words an operator can act on
     * @param timedOut true when the plugin did not finish in time
     */
    public PluginException(String plugin, String message, boolean timedOut) {
        super(message);
        this.plugin = plugin;
        this.timedOut = timedOut;
    }

    /** @return the id of the plugin that failed */
    public String plugin() {
        return plugin;
    }

    /** @return true when the plugin did not finish in time */
    public boolean timedOut() {
        return timedOut;
    }
}
