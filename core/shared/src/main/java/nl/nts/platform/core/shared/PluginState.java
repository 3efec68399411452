package nl.nts.platform.core.shared;

/**
 * The installed plugins and their configuration as the database records them: the platform's
 * state, which a start (and a restore) brings the running framework in line with.
 */
public interface PluginState {

    /**
     * Installs what the database records as installed and is not, and configures it as
     * recorded; logged and audited. Runs in the background.
     */
    void reconcile();
}
