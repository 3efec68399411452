package nl.nts.platform.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A key performance indicator of an action.
 *
 * @param indicator what is measured, e.g. "start-ups with access to a pilot line"
 * @param baseline  the value at the start; may be null
 * @param target    the value to reach
 * @param unit      the unit, e.g. "companies", "FTE", "EUR"
 * @param year      the year by which {@code target} is to be reached
 * @param realised   the newest measured value ({@link KpiMeasurement}, by date); null while none is
 *                   recorded. Set by the core; ignored on write
 * @param realisedOn the date of that measurement; set by the core
 * @param met        whether {@code realised} reaches {@code target} (see {@link #reaches}); null while
 *                   nothing is measured. Set by the core
 */
public record Kpi(String indicator, BigDecimal baseline, BigDecimal target, String unit, Integer year,
        BigDecimal realised, LocalDate realisedOn, Boolean met) {

    /**
     * The constructor of API 1.0, kept so that code compiled against it links; new code uses
     * {@link #builder()}.
     *
     * @param indicator see {@link #indicator()}
     * @param baseline  see {@link #baseline()}
     * @param target    see {@link #target()}
     * @param unit      see {@link #unit()}
     * @param year      see {@link #year()}
     * @deprecated use {@link #builder()}
     */
    @Deprecated
    public Kpi(String indicator, BigDecimal baseline, BigDecimal target, String unit, Integer year) {
        this(indicator, baseline, target, unit, year, null, null, null);
    }

    /**
     * Whether a measured value reaches a target: at or above it when the target lies above the
     * baseline (or there is no baseline), at or below it when the target lies below the baseline
     * (fewer emissions, shorter lead times).
     *
     * @param baseline the value at the start; may be null
     * @param target   the value to reach
     * @param realised the value measured; null for "not measured"
     * @return null when {@code realised} or {@code target} is null, else whether it reaches the target
     */
    public static Boolean reaches(BigDecimal baseline, BigDecimal target, BigDecimal realised) {
        if (realised == null || target == null) {
            return null;
        }
        boolean downwards = baseline != null && target.compareTo(baseline) < 0;
        return downwards ? realised.compareTo(target) <= 0 : realised.compareTo(target) >= 0;
    }

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
                .year(year)
                .realised(realised)
                .realisedOn(realisedOn)
                .met(met);
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
        private BigDecimal realised;
        private LocalDate realisedOn;
        private Boolean met;

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
         * @param realised see {@link Kpi#realised()}
         * @return this builder
         */
        public Builder realised(BigDecimal realised) {
            this.realised = realised;
            return this;
        }

        /**
         * @param realisedOn see {@link Kpi#realisedOn()}
         * @return this builder
         */
        public Builder realisedOn(LocalDate realisedOn) {
            this.realisedOn = realisedOn;
            return this;
        }

        /**
         * @param met see {@link Kpi#met()}
         * @return this builder
         */
        public Builder met(Boolean met) {
            this.met = met;
            return this;
        }

        /**
         * @return a new KPI of the components set so far
         */
        public Kpi build() {
            return new Kpi(indicator, baseline, target, unit, year, realised, realisedOn, met);
        }
    }
}
