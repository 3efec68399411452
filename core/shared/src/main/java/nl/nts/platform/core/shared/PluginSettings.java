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
     * @param name       what the plugin's metatype calls it; null without a metatype
     * @param properties its properties, secrets masked; empty when it is not configured
     * @param settings   the settings the plugin's metatype describes for it, each with its current
     *                   value; empty when the plugin has no metatype for this PID (then any
     *                   property is taken as it is sent)
     * @param changedBy  who stored it last; null when not stored
     * @param changedAt  when; null when not stored
     */
    record PluginConfiguration(String plugin, String pid, String name, Map<String, Object> properties, List<Setting> settings, String changedBy,
            Instant changedAt) {
        public PluginConfiguration {
            settings = settings == null ? List.of() : List.copyOf(settings);
        }
    }

    /**
     * One setting of a plugin's configuration, as its metatype ({@code @ObjectClassDefinition},
     * {@code @AttributeDefinition}) describes it.
     *
     * @param id           the property's key
     * @param name         its name for people
     * @param description  what it does; null when the plugin does not say
     * @param type         {@code string}, {@code password}, {@code integer}, {@code long}, {@code short},
     *                     {@code byte}, {@code char}, {@code double}, {@code float} or {@code boolean}
     * @param multiple     whether it takes a list of values
     * @param required     whether a configuration must give it (unless it has a default)
     * @param defaultValue its default, of its type (a list when multiple); a password's shows masked; null when none
     * @param options      the values it may take, when the metatype lists them; empty when any value of its type will do
     * @param value        its value now, of its type; a password's shows masked; null when not set
     */
    record Setting(String id, String name, String description, String type, boolean multiple, boolean required, Object defaultValue,
            List<Choice> options, Object value) {
        public Setting {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /**
     * A value a setting may take.
     *
     * @param value the value, as text
     * @param label its label for people
     */
    record Choice(String value, String label) {
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
     * @param properties the new properties: text, numbers, booleans, or lists of them; where the
     *                   plugin has a metatype for the PID, each is checked against its setting
     *                   (known key, type, options, the plugin's own rules) and stored as its type
     * @throws ValidationException when the PID is not one the plugin owns, or a value is of another
     *                             type or breaks its setting's rules (naming {@code properties.<key>}),
     *                             or a required setting is missing
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
