package nl.nts.platform.api.model;

import java.util.Objects;

/**
 * A province in a ROM's working area, with its statistical codes.
 *
 * @param province     the province's name, e.g. "Noord-Brabant"
 * @param nuts2        the NUTS-2 code of the 2024 revision, e.g. {@code NL41}
 * @param nuts2In2021  the NUTS-2 code of the 2021 revision; differs for Utrecht
 *                     ({@code NL31}, now {@code NL35}) and Zuid-Holland ({@code NL33}, now
 *                     {@code NL36}), and is what older data sets such as CORDIS still use
 * @param iso3166_2    the ISO 3166-2 subdivision code, e.g. {@code NL-NB}
 */
public record Region(String province, String nuts2, String nuts2In2021, String iso3166_2) {
    public Region {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(nuts2, "nuts2");
        Objects.requireNonNull(nuts2In2021, "nuts2In2021");
        Objects.requireNonNull(iso3166_2, "iso3166_2");
    }
}
