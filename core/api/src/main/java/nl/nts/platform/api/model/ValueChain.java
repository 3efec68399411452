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

    /**
     * A builder with every component absent: {@code null}, or an empty list.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this value chain's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .code(code)
                .name(name)
                .description(description)
                .technologies(technologies)
                .roms(roms)
                .segments(segments)
                .version(version)
                .stamp(stamp);
    }

    /**
     * Builds a {@link ValueChain} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private String code;
        private String name;
        private String description;
        private List<String> technologies = List.of();
        private List<String> roms = List.of();
        private List<Segment> segments = List.of();
        private Long version;
        private Stamp stamp;

        private Builder() {
        }

        /**
         * @param code see {@link ValueChain#code()}
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * @param name see {@link ValueChain#name()}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param description see {@link ValueChain#description()}
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * @param technologies see {@link ValueChain#technologies()}
         * @return this builder
         */
        public Builder technologies(List<String> technologies) {
            this.technologies = technologies;
            return this;
        }

        /**
         * @param roms see {@link ValueChain#roms()}
         * @return this builder
         */
        public Builder roms(List<String> roms) {
            this.roms = roms;
            return this;
        }

        /**
         * @param segments see {@link ValueChain#segments()}
         * @return this builder
         */
        public Builder segments(List<Segment> segments) {
            this.segments = segments;
            return this;
        }

        /**
         * @param version see {@link ValueChain#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link ValueChain#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @return a new value chain of the components set so far
         */
        public ValueChain build() {
            return new ValueChain(code, name, description, technologies, roms, segments, version, stamp);
        }
    }
}
