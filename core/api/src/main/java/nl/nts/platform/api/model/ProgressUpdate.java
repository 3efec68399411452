package nl.nts.platform.api.model;

import java.time.LocalDate;

/**
 * A report of how far an action is: a percentage done, a milestone reached, or both, with a note.
 * Recorded by the action's ROMs (or an operator) and audited; the newest by date is the action's
 * {@link Action#progress()}.
 *
 * @param id        assigned when recorded
 * @param action    the id of the action; set by the core from the address it is recorded at
 * @param date      the day the progress was seen; today (Europe/Amsterdam) when not given, never
 *                  in the future
 * @param percent   how much of the action is done, 0 to 100; may be null when a milestone is given
 * @param milestone a milestone reached, up to 200 characters; may be null when a percentage is given
 * @param note      what happened, up to 4000 characters; may be null
 * @param stamp     when and by whom it was recorded (who: {@code stamp.createdBy})
 */
public record ProgressUpdate(Long id, Long action, LocalDate date, Integer percent, String milestone, String note, Stamp stamp) {

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this update's components, also those added after the calling code
     * was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).action(action).date(date).percent(percent).milestone(milestone).note(note).stamp(stamp);
    }

    /** Builds a {@link ProgressUpdate} by naming its components; not for concurrent use. */
    public static final class Builder {

        private Long id;
        private Long action;
        private LocalDate date;
        private Integer percent;
        private String milestone;
        private String note;
        private Stamp stamp;

        private Builder() {
        }

        /**
         * @param id see {@link ProgressUpdate#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param action see {@link ProgressUpdate#action()}
         * @return this builder
         */
        public Builder action(Long action) {
            this.action = action;
            return this;
        }

        /**
         * @param date see {@link ProgressUpdate#date()}
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * @param percent see {@link ProgressUpdate#percent()}
         * @return this builder
         */
        public Builder percent(Integer percent) {
            this.percent = percent;
            return this;
        }

        /**
         * @param milestone see {@link ProgressUpdate#milestone()}
         * @return this builder
         */
        public Builder milestone(String milestone) {
            this.milestone = milestone;
            return this;
        }

        /**
         * @param note see {@link ProgressUpdate#note()}
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * @param stamp see {@link ProgressUpdate#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @return a new update of the components set so far
         */
        public ProgressUpdate build() {
            return new ProgressUpdate(id, action, date, percent, milestone, note, stamp);
        }
    }
}
