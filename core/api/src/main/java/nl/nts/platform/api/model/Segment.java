package nl.nts.platform.api.model;

/**
 * One step of a value chain, e.g. design, materials, front-end fabrication, back-end and
 * packaging, equipment, applications. Organisations say which segments they work in.
 *
 * @param code unique within its chain, 2 to 20 characters of {@code A-Z}, {@code 0-9},
 *             {@code -} and {@code _}, e.g. {@code BACKEND}
 * @param name the segment's name, 1 to 200 characters, e.g. "Back-end and packaging"
 */
public record Segment(String code, String name) {
}
