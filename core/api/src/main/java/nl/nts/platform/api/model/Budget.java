package nl.nts.platform.api.model;

import java.math.BigDecimal;

/**
 * What an action costs and who pays, in euros.
 *
 * @param total          the whole budget
 * @param publicFunding  the part paid from public money
 * @param privateFunding the part paid by companies and investors; public and private
 *                       together make the total
 * @param fundingSource  where the public money comes from, e.g. "Regio Deal", "EDF call
 *                       EDF-2025-RA"; may be null
 */
public record Budget(BigDecimal total, BigDecimal publicFunding, BigDecimal privateFunding, String fundingSource) {

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this budget's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .total(total)
                .publicFunding(publicFunding)
                .privateFunding(privateFunding)
                .fundingSource(fundingSource);
    }

    /**
     * Builds a {@link Budget} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private BigDecimal total;
        private BigDecimal publicFunding;
        private BigDecimal privateFunding;
        private String fundingSource;

        private Builder() {
        }

        /**
         * @param total see {@link Budget#total()}
         * @return this builder
         */
        public Builder total(BigDecimal total) {
            this.total = total;
            return this;
        }

        /**
         * @param publicFunding see {@link Budget#publicFunding()}
         * @return this builder
         */
        public Builder publicFunding(BigDecimal publicFunding) {
            this.publicFunding = publicFunding;
            return this;
        }

        /**
         * @param privateFunding see {@link Budget#privateFunding()}
         * @return this builder
         */
        public Builder privateFunding(BigDecimal privateFunding) {
            this.privateFunding = privateFunding;
            return this;
        }

        /**
         * @param fundingSource see {@link Budget#fundingSource()}
         * @return this builder
         */
        public Builder fundingSource(String fundingSource) {
            this.fundingSource = fundingSource;
            return this;
        }

        /**
         * @return a new budget of the components set so far
         */
        public Budget build() {
            return new Budget(total, publicFunding, privateFunding, fundingSource);
        }
    }
}
