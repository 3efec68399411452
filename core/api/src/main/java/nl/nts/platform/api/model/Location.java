package nl.nts.platform.api.model;

/**
 * Where an organisation is, seen from a value chain: in a region of a ROM taking part in the
 * chain, elsewhere in the Netherlands, elsewhere in the EU, or outside the EU.
 */
public enum Location {
    IN_REGION,
    NETHERLANDS,
    EU,
    OUTSIDE_EU
}
