package nl.nts.platform.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A regional reinforcement plan for one value chain: the actions that answer what the field
 * brought in. Owned by one ROM or several jointly.
 *
 * @param id          assigned on create
 * @param title       1 to 200 characters
 * @param valueChain  the code of the value chain the plan reinforces
 * @param roms        the owning ROMs, at least one; the first leads
 * @param periodStart the first day the plan covers
 * @param periodEnd   the last day the plan covers, not before {@code periodStart}
 * @param status      where the plan stands
 * @param edition     the plan's own edition number (1, 2, ...), raised by its authors when
 *                    they publish a new edition; not to be confused with {@code version}
 * @param summary     up to 4000 characters; may be null
 * @param version     raised by every change (optimistic concurrency)
 * @param stamp       when and by whom it was created and changed
 */
public record Plan(
        Long id,
        String title,
        String valueChain,
        List<String> roms,
        LocalDate periodStart,
        LocalDate periodEnd,
        PlanStatus status,
        Integer edition,
        String summary,
        Long version,
        Stamp stamp) {

    public Plan {
        roms = Copies.list(roms);
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
     * A builder holding all of this plan's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .title(title)
                .valueChain(valueChain)
                .roms(roms)
                .periodStart(periodStart)
                .periodEnd(periodEnd)
                .status(status)
                .edition(edition)
                .summary(summary)
                .version(version)
                .stamp(stamp);
    }

    /**
     * Builds a {@link Plan} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private Long id;
        private String title;
        private String valueChain;
        private List<String> roms = List.of();
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private PlanStatus status;
        private Integer edition;
        private String summary;
        private Long version;
        private Stamp stamp;

        private Builder() {
        }

        /**
         * @param id see {@link Plan#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param title see {@link Plan#title()}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param valueChain see {@link Plan#valueChain()}
         * @return this builder
         */
        public Builder valueChain(String valueChain) {
            this.valueChain = valueChain;
            return this;
        }

        /**
         * @param roms see {@link Plan#roms()}
         * @return this builder
         */
        public Builder roms(List<String> roms) {
            this.roms = roms;
            return this;
        }

        /**
         * @param periodStart see {@link Plan#periodStart()}
         * @return this builder
         */
        public Builder periodStart(LocalDate periodStart) {
            this.periodStart = periodStart;
            return this;
        }

        /**
         * @param periodEnd see {@link Plan#periodEnd()}
         * @return this builder
         */
        public Builder periodEnd(LocalDate periodEnd) {
            this.periodEnd = periodEnd;
            return this;
        }

        /**
         * @param status see {@link Plan#status()}
         * @return this builder
         */
        public Builder status(PlanStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param edition see {@link Plan#edition()}
         * @return this builder
         */
        public Builder edition(Integer edition) {
            this.edition = edition;
            return this;
        }

        /**
         * @param summary see {@link Plan#summary()}
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /**
         * @param version see {@link Plan#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link Plan#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @return a new plan of the components set so far
         */
        public Plan build() {
            return new Plan(id, title, valueChain, roms, periodStart, periodEnd, status, edition,
                    summary, version, stamp);
        }
    }
}
