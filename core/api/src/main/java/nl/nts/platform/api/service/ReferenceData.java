package nl.nts.platform.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.Theme;

/**
 * The reference data that ships with the core: the NTS key technologies, the ROMs and the
 * themes of input from the field.
 * Read-only; the core loads it on every start, so it always matches the installed version.
 */
@ProviderType
public interface ReferenceData {

    /** @return the ten key technologies, ordered by code */
    List<KeyTechnology> technologies();

    /**
     * @param code a key technology code such as {@code NTS09}; matched exactly
     * @return the technology, or empty when no technology has that code
     */
    Optional<KeyTechnology> technology(String code);

    /** @return the ROMs, ordered by code */
    List<Rom> roms();

    /**
     * @param code a ROM code such as {@code BOM}; matched exactly
     * @return the ROM, or empty when no ROM has that code
     */
    Optional<Rom> rom(String code);

    /** @return the themes of input from the field, in their shipped order */
    List<Theme> themes();

    /**
     * @param code a theme code such as {@code TALENT}; matched exactly
     * @return the theme, or empty when no theme has that code
     */
    Optional<Theme> theme(String code);
}
