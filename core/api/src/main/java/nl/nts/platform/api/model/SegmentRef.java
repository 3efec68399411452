package nl.nts.platform.api.model;

/**
 * Points at one segment of one value chain, e.g. {@code VC01} / {@code BACKEND}.
 *
 * @param valueChain the value chain's code
 * @param segment    the segment's code within that chain
 */
public record SegmentRef(String valueChain, String segment) {

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this segment reference's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .valueChain(valueChain)
                .segment(segment);
    }

    /**
     * Builds a {@link SegmentRef} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private String valueChain;
        private String segment;

        private Builder() {
        }

        /**
         * @param valueChain see {@link SegmentRef#valueChain()}
         * @return this builder
         */
        public Builder valueChain(String valueChain) {
            this.valueChain = valueChain;
            return this;
        }

        /**
         * @param segment see {@link SegmentRef#segment()}
         * @return this builder
         */
        public Builder segment(String segment) {
            this.segment = segment;
            return this;
        }

        /**
         * @return a new segment reference of the components set so far
         */
        public SegmentRef build() {
            return new SegmentRef(valueChain, segment);
        }
    }
}
