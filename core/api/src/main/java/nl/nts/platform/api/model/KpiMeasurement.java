package nl.nts.platform.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value measured for one KPI of an action at a date. Recorded by the action's ROMs (or an
 * operator) and audited; the newest by date is the KPI's {@link Kpi#realised()}.
 *
 * @param id        assigned when recorded
 * @param action    the id of the action; set by the core from the address it is recorded at
 * @param indicator the KPI measured: one of the action's {@link Kpi#indicator()}s
 * @param value     what was measured, in the KPI's unit
 * @param date      the day it was measured; today (Europe/Amsterdam) when not given, never in the future
 * @param source    where the figure comes from (a report, a survey, a system), up to 200 characters;
 *                  may be null
 * @param stamp     when and by whom it was recorded (who: {@code stamp.createdBy})
 */
public record KpiMeasurement(Long id, Long action, String indicator, BigDecimal value, LocalDate date, String source, Stamp stamp) {

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this measurement's components, also those added after the calling
     * code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).action(action).indicator(indicator).value(value).date(date).source(source).stamp(stamp);
    }

    /** Builds a {@link KpiMeasurement} by naming its components; not for concurrent use. */
    public static final class Builder {

        private Long id;
        private Long action;
        private String indicator;
        private BigDecimal value;
        private LocalDate date;
        private String source;
        private Stamp stamp;

        private Builder() {
        }

        /**
         * @param id see {@link KpiMeasurement#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param action see {@link KpiMeasurement#action()}
         * @return this builder
         */
        public Builder action(Long action) {
            this.action = action;
            return this;
        }

        /**
         * @param indicator see {@link KpiMeasurement#indicator()}
         * @return this builder
         */
        public Builder indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        /**
         * @param value see {@link KpiMeasurement#value()}
         * @return this builder
         */
        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        /**
         * @param date see {@link KpiMeasurement#date()}
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * @param source see {@link KpiMeasurement#source()}
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * @param stamp see {@link KpiMeasurement#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @return a new measurement of the components set so far
         */
        public KpiMeasurement build() {
            return new KpiMeasurement(id, action, indicator, value, date, source, stamp);
        }
    }
}
