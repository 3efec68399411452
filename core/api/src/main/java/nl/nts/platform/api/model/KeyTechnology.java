package nl.nts.platform.api.model;

import java.util.Objects;

/**
 * One of the ten key technologies of the Dutch National Technology Strategy (Ministry of
 * Economic Affairs, January 2024). Reference data: shipped with the core, read-only.
 *
 * @param code   the platform's code, {@code NTS01} to {@code NTS10}
 * @param nameEn the English name, e.g. "Semiconductor technologies"
 * @param nameNl the official Dutch name, e.g. "Halfgeleidertechnologie"
 */
public record KeyTechnology(String code, String nameEn, String nameNl) {
    public KeyTechnology {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameNl, "nameNl");
    }
}
