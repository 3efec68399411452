package nl.nts.platform.api.model;

import java.util.List;

/**
 * Organisations joining forces to answer a funding call.
 *
 * @param id      assigned on create
 * @param call    the id of the funding call it answers
 * @param name    1 to 200 characters
 * @param lead    the id of the leading organisation (the coordinator)
 * @param members the other members, each with its role
 * @param rom     the ROM that brokers it and owns the record; may be null for a national
 *                consortium
 * @param version raised by every change
 * @param stamp   when and by whom it was created and changed
 */
public record Consortium(Long id, Long call, String name, Long lead, List<Member> members, String rom, Long version, Stamp stamp) {

    public Consortium {
        members = Copies.list(members);
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
     * A builder holding all of this consortium's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .call(call)
                .name(name)
                .lead(lead)
                .members(members)
                .rom(rom)
                .version(version)
                .stamp(stamp);
    }

    /**
     * Builds a {@link Consortium} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private Long id;
        private Long call;
        private String name;
        private Long lead;
        private List<Member> members = List.of();
        private String rom;
        private Long version;
        private Stamp stamp;

        private Builder() {
        }

        /**
         * @param id see {@link Consortium#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param call see {@link Consortium#call()}
         * @return this builder
         */
        public Builder call(Long call) {
            this.call = call;
            return this;
        }

        /**
         * @param name see {@link Consortium#name()}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param lead see {@link Consortium#lead()}
         * @return this builder
         */
        public Builder lead(Long lead) {
            this.lead = lead;
            return this;
        }

        /**
         * @param members see {@link Consortium#members()}
         * @return this builder
         */
        public Builder members(List<Member> members) {
            this.members = members;
            return this;
        }

        /**
         * @param rom see {@link Consortium#rom()}
         * @return this builder
         */
        public Builder rom(String rom) {
            this.rom = rom;
            return this;
        }

        /**
         * @param version see {@link Consortium#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link Consortium#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @return a new consortium of the components set so far
         */
        public Consortium build() {
            return new Consortium(id, call, name, lead, members, rom, version, stamp);
        }
    }

    /**
     * @param organisation the member's organisation id
     * @param role         its role, e.g. "partner", "subcontractor", "end user"; 1 to 100
     *                     characters
     */
    public record Member(Long organisation, String role) {

        /**
         * A builder with every component absent: {@code null}.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding all of this member's components, to build a changed copy. It carries
         * every component, also those added after the calling code was compiled.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            return new Builder()
                    .organisation(organisation)
                    .role(role);
        }

        /**
         * Builds a {@link Member} by naming its components. A component not set is
         * absent. Each setter replaces the value set before; {@link #build()} may be called
         * more than once and makes a new record each time. Not for concurrent use.
         */
        public static final class Builder {

            private Long organisation;
            private String role;

            private Builder() {
            }

            /**
             * @param organisation see {@link Member#organisation()}
             * @return this builder
             */
            public Builder organisation(Long organisation) {
                this.organisation = organisation;
                return this;
            }

            /**
             * @param role see {@link Member#role()}
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * @return a new member of the components set so far
             */
            public Member build() {
                return new Member(organisation, role);
            }
        }
    }
}
