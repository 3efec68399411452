package nl.nts.platform.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A workshop where SMEs, start-ups, knowledge institutions and government bring challenges,
 * opportunities and proposals. Owned by the organising ROM.
 *
 * @param id            assigned on create
 * @param title         1 to 200 characters
 * @param date          the day it was held (or will be)
 * @param place         where, e.g. "Brainport Industries Campus, Eindhoven"; up to 200 characters
 * @param rom           the organising ROM, which owns the workshop and its inputs
 * @param coOrganisers  other ROMs organising it with {@code rom}
 * @param technologies  the key technologies discussed
 * @param valueChains   codes of the value chains discussed
 * @param organisations ids of the participating organisations
 * @param participants  the people present, each with name, role and optional e-mail
 * @param version       raised by every change
 * @param stamp         when and by whom it was created and changed
 */
public record Workshop(
        Long id,
        String title,
        LocalDate date,
        String place,
        String rom,
        List<String> coOrganisers,
        List<String> technologies,
        List<String> valueChains,
        List<Long> organisations,
        List<Participant> participants,
        Long version,
        Stamp stamp) {

    public Workshop {
        coOrganisers = Copies.list(coOrganisers);
        technologies = Copies.list(technologies);
        valueChains = Copies.list(valueChains);
        organisations = Copies.list(organisations);
        participants = Copies.list(participants);
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
     * A builder holding all of this workshop's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .title(title)
                .date(date)
                .place(place)
                .rom(rom)
                .coOrganisers(coOrganisers)
                .technologies(technologies)
                .valueChains(valueChains)
                .organisations(organisations)
                .participants(participants)
                .version(version)
                .stamp(stamp);
    }

    /**
     * Builds a {@link Workshop} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private Long id;
        private String title;
        private LocalDate date;
        private String place;
        private String rom;
        private List<String> coOrganisers = List.of();
        private List<String> technologies = List.of();
        private List<String> valueChains = List.of();
        private List<Long> organisations = List.of();
        private List<Participant> participants = List.of();
        private Long version;
        private Stamp stamp;

        private Builder() {
        }

        /**
         * @param id see {@link Workshop#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param title see {@link Workshop#title()}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param date see {@link Workshop#date()}
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * @param place see {@link Workshop#place()}
         * @return this builder
         */
        public Builder place(String place) {
            this.place = place;
            return this;
        }

        /**
         * @param rom see {@link Workshop#rom()}
         * @return this builder
         */
        public Builder rom(String rom) {
            this.rom = rom;
            return this;
        }

        /**
         * @param coOrganisers see {@link Workshop#coOrganisers()}
         * @return this builder
         */
        public Builder coOrganisers(List<String> coOrganisers) {
            this.coOrganisers = coOrganisers;
            return this;
        }

        /**
         * @param technologies see {@link Workshop#technologies()}
         * @return this builder
         */
        public Builder technologies(List<String> technologies) {
            this.technologies = technologies;
            return this;
        }

        /**
         * @param valueChains see {@link Workshop#valueChains()}
         * @return this builder
         */
        public Builder valueChains(List<String> valueChains) {
            this.valueChains = valueChains;
            return this;
        }

        /**
         * @param organisations see {@link Workshop#organisations()}
         * @return this builder
         */
        public Builder organisations(List<Long> organisations) {
            this.organisations = organisations;
            return this;
        }

        /**
         * @param participants see {@link Workshop#participants()}
         * @return this builder
         */
        public Builder participants(List<Participant> participants) {
            this.participants = participants;
            return this;
        }

        /**
         * @param version see {@link Workshop#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link Workshop#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @return a new workshop of the components set so far
         */
        public Workshop build() {
            return new Workshop(id, title, date, place, rom, coOrganisers, technologies,
                    valueChains, organisations, participants, version, stamp);
        }
    }
}
