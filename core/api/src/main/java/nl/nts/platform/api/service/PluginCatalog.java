package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.PluginInfo;

/**
 * The plugins: those installed (bundles with an {@code NTS-Plugin-Id} header) and those the
 * configured feature repositories offer (features named {@code nts-plugin-<id>}). Installing,
 * updating and removing never refreshes another bundle: the core keeps running untouched.
 * Plugins come only from the configured repositories, never from a URL a caller supplies.
 */
@ProviderType
public interface PluginCatalog {

    /** @return every plugin, installed or available, ordered by id */
    List<PluginInfo> list();

    /**
     * @throws NotFoundException when no plugin of that id is installed or available
     */
    PluginInfo get(String id);

    /**
     * Installs a plugin's feature, or moves it to another version, and records the change in
     * the audit trail (kind {@code plugin}, action {@code install}).
     *
     * @param id      the plugin's id
     * @param version the version to install, or null for the newest offered
     * @return the plugin as installed
     * @throws NotFoundException when the repositories offer no such plugin or version
     * @throws SecurityException when the caller may not manage this plugin: a national plugin
     *                           is the operator's, a ROM's plugin also its {@code rom-admin}'s
     */
    PluginInfo install(String id, String version);

    /**
     * Removes a plugin installed by its feature, and records the change in the audit trail
     * (kind {@code plugin}, action {@code uninstall}).
     *
     * @throws NotFoundException when no plugin of that id is installed by a feature
     * @throws SecurityException when the caller may not manage this plugin
     */
    void uninstall(String id);
}
