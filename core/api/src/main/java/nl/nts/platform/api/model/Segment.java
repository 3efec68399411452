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

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this segment's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .code(code)
                .name(name);
    }

    /**
     * Builds a {@link Segment} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private String code;
        private String name;

        private Builder() {
        }

        /**
         * @param code see {@link Segment#code()}
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * @param name see {@link Segment#name()}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @return a new segment of the components set so far
         */
        public Segment build() {
            return new Segment(code, name);
        }
    }
}
