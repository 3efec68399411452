package nl.nts.platform.api.model;

/**
 * A person at a workshop. The platform keeps no more about people than this.
 *
 * @param name         the person's name, 1 to 200 characters
 * @param role         the person's role, e.g. "CTO" or "moderator"; may be null
 * @param email        an e-mail address; may be null
 * @param organisation the id of the organisation the person came for; may be null
 */
public record Participant(String name, String role, String email, Long organisation) {

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this participant's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .name(name)
                .role(role)
                .email(email)
                .organisation(organisation);
    }

    /**
     * Builds a {@link Participant} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private String name;
        private String role;
        private String email;
        private Long organisation;

        private Builder() {
        }

        /**
         * @param name see {@link Participant#name()}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param role see {@link Participant#role()}
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * @param email see {@link Participant#email()}
         * @return this builder
         */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * @param organisation see {@link Participant#organisation()}
         * @return this builder
         */
        public Builder organisation(Long organisation) {
            this.organisation = organisation;
            return this;
        }

        /**
         * @return a new participant of the components set so far
         */
        public Participant build() {
            return new Participant(name, role, email, organisation);
        }
    }
}
