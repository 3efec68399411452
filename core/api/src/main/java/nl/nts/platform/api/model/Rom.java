package nl.nts.platform.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A regional development agency (regionale ontwikkelingsmaatschappij). Reference data:
 * shipped with the core, read-only.
 *
 * @param code    the short code records carry to say which ROM owns them, e.g.
 *                {@code BOM}, {@code LIOF}, {@code IZ}
 * @param name    the full name, e.g. "Brabantse Ontwikkelings Maatschappij"
 * @param regions the provinces the ROM works in, at least one
 */
public record Rom(String code, String name, List<Region> regions) {
    public Rom {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        regions = List.copyOf(regions);
    }
}
