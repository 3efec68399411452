package nl.nts.platform.api.model;

import java.util.List;

/**
 * A cross-regional value chain in which ROMs turn key technologies into business, e.g.
 * "Integrated photonics (InP and SiN chips to modules)". Value chains are data, edited by
 * operators; the set shipped with the platform is a starting point.
 *
 * <p>The same record serves as input and output. As input, {@code version} may be null on
 * create; on update it is the version the client last read, and an update against a newer
 * version is refused (optimistic concurrency).
 *
 * @param code         unique code, 2 to 20 characters of {@code A-Z}, {@code 0-9},
 *                     {@code -} and {@code _}, starting with a letter or digit, e.g.
 *                     {@code VC01}
 * @param name         the name, 1 to 200 characters
 * @param description  free text up to 4000 characters; may be null
 * @param technologies codes of the key technologies the chain builds on, at least one
 * @param roms         codes of the ROMs taking part; may be empty
 * @param segments     the chain's steps in order, each with a code unique in the chain
 * @param version      the record's version, raised by every change; null on input when
 *                     unknown
 * @param stamp        when and by whom it was created and changed; ignored on input
 */
public record ValueChain(
        String code,
        String name,
        String description,
        List<String> technologies,
        List<String> roms,
        List<Segment> segments,
        Long version,
        Stamp stamp) {

    public ValueChain {
        technologies = Copies.list(technologies);
        roms = Copies.list(roms);
        segments = Copies.list(segments);
    }
}
