package nl.nts.platform.core.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;

/**
 * The configuration plugins own (their ConfigurationAdmin PIDs, as their Declarative Services
 * components declare them), kept in the database as part of the platform's state, so that a
 * new runtime on the same database configures them alike. Secrets ({@link Secrets}) are shown
 * masked and never written to the audit trail.
 */
public interface PluginSettings {

    /**
     * One configuration of a plugin.
     *
     * @param plugin     the plugin's id
     * @param pid        the ConfigurationAdmin PID, e.g. {@code nl.nts.platform.connector.cordis}
     * @param properties its properties, secrets masked; empty when it is not configured
     * @param changedBy  who stored it last; null when not stored
     * @param changedAt  when; null when not stored
     */
    record PluginConfiguration(String plugin, String pid, Map<String, Object> properties, String changedBy, Instant changedAt) {
    }

    /**
     * @return every configuration the plugin owns or has stored, by PID
     * @throws NotFoundException when no plugin of that id is installed, recorded or offered
     * @throws SecurityException when the caller may not manage the plugin: reading is as guarded as {@link #configure}
     */
    List<PluginConfiguration> configurations(String plugin);

    /**
     * Replaces one configuration of a plugin, in the database and in ConfigurationAdmin, with an
     * audit entry (kind {@code plugin-configuration}); a secret sent as {@link Secrets#MASK}
     * keeps its stored value.
     *
     * @param properties the new properties: text, numbers, booleans, or lists of them
     * @throws ValidationException when the PID is not one the plugin owns, or a value is of another type
     * @throws SecurityException   when the caller may not manage the plugin
     */
    PluginConfiguration configure(String plugin, String pid, Map<String, Object> properties);

    /**
     * Removes one configuration of a plugin (its component then stops, if it requires one).
     *
     * @throws NotFoundException when it is not configured
     */
    void unconfigure(String plugin, String pid);
}
