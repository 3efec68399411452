package nl.nts.platform.api.model;

import java.util.List;

/**
 * A plugin, installed or available to install.
 *
 * @param id            the plugin's id, e.g. {@code report-csv}
 * @param name          its name (the bundle's name), null when not installed
 * @param version       the installed version, null when not installed
 * @param vendor        who made it, from the bundle, null when not installed
 * @param rom           the ROM it belongs to, null for a national plugin
 * @param state         {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, ... of its bundle,
 *                      or {@code AVAILABLE} when it is not installed
 * @param feature       the Karaf feature that installs it, {@code nts-plugin-<id>}, or null
 *                      when the plugin was installed another way
 * @param versions      the versions the configured feature repositories offer
 * @param contributions what it contributes, e.g. {@code ["report format csv"]}
 */
public record PluginInfo(String id, String name, String version, String vendor, String rom, String state, String feature,
        List<String> versions, List<String> contributions) {

    public PluginInfo {
        versions = List.copyOf(versions);
        contributions = List.copyOf(contributions);
    }
}
