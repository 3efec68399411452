package nl.nts.platform.api.model;

import java.time.LocalDate;

/**
 * An organisation's part in one EU research and innovation project, as CORDIS publishes it
 * (its open data files {@code project.csv} and {@code organization.csv}).
 *
 * @param id        the project's id in CORDIS, e.g. {@code 101000001}; 1 to 20 letters and digits,
 *                  listed once per organisation
 * @param acronym   the project's acronym, e.g. {@code PHOTOPACK}; up to 50 characters, may be null
 * @param title     the project's title; up to 300 characters, may be null
 * @param programme the framework programme, e.g. {@code HORIZON} or {@code H2020}; up to 50
 *                  characters, may be null
 * @param role      the organisation's role in it, as CORDIS names it: {@code coordinator},
 *                  {@code participant}, {@code partner}, {@code thirdParty},
 *                  {@code associatedPartner}; up to 30 characters, may be null
 * @param start     when the project started; may be null
 * @param end       when it ends or ended; not before {@code start}; may be null
 * @since 1.4
 */
public record EuProject(String id, String acronym, String title, String programme, String role, LocalDate start, LocalDate end) {

    /** The role of the organisation that leads a project, as CORDIS writes it. */
    public static final String COORDINATOR = "coordinator";

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this project's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).acronym(acronym).title(title).programme(programme).role(role).start(start).end(end);
    }

    /**
     * Builds an {@link EuProject} by naming its components. A component not set is absent. Not
     * for concurrent use.
     */
    public static final class Builder {

        private String id;
        private String acronym;
        private String title;
        private String programme;
        private String role;
        private LocalDate start;
        private LocalDate end;

        private Builder() {
        }

        /**
         * @param id see {@link EuProject#id()}
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param acronym see {@link EuProject#acronym()}
         * @return this builder
         */
        public Builder acronym(String acronym) {
            this.acronym = acronym;
            return this;
        }

        /**
         * @param title see {@link EuProject#title()}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param programme see {@link EuProject#programme()}
         * @return this builder
         */
        public Builder programme(String programme) {
            this.programme = programme;
            return this;
        }

        /**
         * @param role see {@link EuProject#role()}
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * @param start see {@link EuProject#start()}
         * @return this builder
         */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /**
         * @param end see {@link EuProject#end()}
         * @return this builder
         */
        public Builder end(LocalDate end) {
            this.end = end;
            return this;
        }

        /**
         * @return a new EU project of the components set so far
         */
        public EuProject build() {
            return new EuProject(id, acronym, title, programme, role, start, end);
        }
    }
}
