package nl.nts.platform.core.domain;

import java.util.Set;

import nl.nts.platform.api.model.Location;

/** Where an organisation is, seen from a value chain and the ROMs taking part in it. */
final class Locations {

    /** The member states of the European Union besides the Netherlands (ISO 3166-1 alpha-2). */
    static final Set<String> OTHER_EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
            "IE", "IT", "LT", "LU", "LV", "MT", "PL", "PT", "RO", "SE", "SI", "SK");

    private Locations() {
    }

    static Location of(String country, String rom, Set<String> chainRoms) {
        if ("NL".equals(country)) {
            return rom != null && chainRoms.contains(rom) ? Location.IN_REGION : Location.NETHERLANDS;
        }
        return OTHER_EU.contains(country) ? Location.EU : Location.OUTSIDE_EU;
    }
}
