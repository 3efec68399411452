package nl.nts.platform.api.model;

import java.math.BigDecimal;

/**
 * A key performance indicator of an action.
 *
 * @param indicator what is measured, e.g. "start-ups with access to a pilot line"
 * @param baseline  the value at the start; may be null
 * @param target    the value to reach
 * @param unit      the unit, e.g. "companies", "FTE", "EUR"
 * @param year      the year by which {@code target} is to be reached
 */
public record Kpi(String indicator, BigDecimal baseline, BigDecimal target, String unit, Integer year) {

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this KPI's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .indicator(indicator)
                .baseline(baseline)
                .target(target)
                .unit(unit)
                .year(year);
    }

    /**
     * Builds a {@link Kpi} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private String indicator;
        private BigDecimal baseline;
        private BigDecimal target;
        private String unit;
        private Integer year;

        private Builder() {
        }

        /**
         * @param indicator see {@link Kpi#indicator()}
         * @return this builder
         */
        public Builder indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        /**
         * @param baseline see {@link Kpi#baseline()}
         * @return this builder
         */
        public Builder baseline(BigDecimal baseline) {
            this.baseline = baseline;
            return this;
        }

        /**
         * @param target see {@link Kpi#target()}
         * @return this builder
         */
        public Builder target(BigDecimal target) {
            this.target = target;
            return this;
        }

        /**
         * @param unit see {@link Kpi#unit()}
         * @return this builder
         */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /**
         * @param year see {@link Kpi#year()}
         * @return this builder
         */
        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        /**
         * @return a new KPI of the components set so far
         */
        public Kpi build() {
            return new Kpi(indicator, baseline, target, unit, year);
        }
    }
}
