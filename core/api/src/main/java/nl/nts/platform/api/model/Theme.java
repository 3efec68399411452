package nl.nts.platform.api.model;

/**
 * A theme of input from the field, e.g. talent, capital, infrastructure. Reference data.
 *
 * @param code    e.g. {@code CHAIN_RESILIENCE}
 * @param name    e.g. "Value chain resilience"
 * @param example what the field said about it at the Eindhoven workshop of 7 May 2025
 */
public record Theme(String code, String name, String example) {
}
