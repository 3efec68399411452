package nl.nts.platform.core.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;

/**
 * The feature repositories plugins come from beside the distribution's own: a ROM's own
 * repository, added by that ROM's admin within the locations the operator allows the ROM
 * ({@code etc/nl.nts.platform.plugins.repositories.cfg}), or any repository the operator adds.
 * Each addition and removal is stored (a new runtime on the same database adds them again) and
 * audited (kind {@code plugin-repository}). A ROM's repository may offer only that ROM's plugins.
 */
public interface PluginRepositories {

    /**
     * A feature repository added through the platform.
     *
     * @param url     where Karaf reads it, e.g. {@code https://maven.bom.example/nl/bom/plugins/1.0.0/plugins-1.0.0-features.xml}
     * @param rom     the ROM whose plugins it offers; null for a national one
     * @param name    the repository's own name, null when Karaf cannot read it now
     * @param plugins the plugins it offers ({@code nts-plugin-<id>} features), as {@code id version}
     * @param addedBy who added it
     * @param addedAt when
     */
    record Repository(String url, String rom, String name, List<String> plugins, String addedBy, Instant addedAt) {
        public Repository {
            plugins = plugins == null ? List.of() : List.copyOf(plugins);
        }
    }

    /** @return the repositories added through the platform, by URL; a ROM's admin sees those of their ROMs, the operator all */
    List<Repository> list();

    /**
     * @return the locations the operator allows, by ROM: a ROM's admin sees their ROMs', the operator every ROM's
     */
    Map<String, List<String>> allowed();

    /**
     * Adds a feature repository.
     *
     * @param url where Karaf reads it: {@code file:}, {@code http:}, {@code https:} or {@code mvn:}
     * @param rom the ROM whose plugins it offers; null for a national repository (the operator's
     *            only). A ROM's admin of one ROM may leave it out
     * @throws SecurityException   when the caller is no admin of that ROM, or the URL is not within the
     *                             locations the operator allows it (the message names them)
     * @throws ValidationException naming {@code url} when it is no URL of those schemes, Karaf cannot
     *                             read it, or it offers what a ROM's repository may not (another ROM's
     *                             or a national plugin, features that are no plugin, other repositories);
     *                             naming {@code rom} when the ROM is not known
     * @throws ConflictException   naming {@code url} when it is added already
     */
    Repository add(String url, String rom);

    /**
     * Removes a repository added through the platform.
     *
     * @throws NotFoundException when no repository of that URL was added
     * @throws ConflictException naming {@code url} while a plugin it offers is installed from it
     * @throws SecurityException when the caller may not manage the repository's ROM
     */
    void remove(String url);
}
