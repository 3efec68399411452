package nl.nts.platform.api.model;

/**
 * A person at a workshop. The platform keeps no more about people than this.
 *
 * @param name         the person's name, 1 to 200 characters
 * @param role         the person's role, e.g. "CTO" or "moderator"; may be null
 * @param email        an e-mail address; may be null
 * @param organisation the id of the organisation the person came for; may be null
 * @param emailBasis   on what legal basis the e-mail address is kept: required with an e-mail
 *                     address (a workshop with an address and no basis is refused, naming
 *                     {@code participants[i].emailBasis}), dropped without one. Addresses
 *                     recorded before model 1.4 carry {@link LegalBasis#PUBLIC_TASK}, the basis
 *                     the platform stated for them then. Shown with the address only.
 * (since model 1.4)
 */
public record Participant(String name, String role, String email, Long organisation, LegalBasis emailBasis) {

    /**
     * A participant as model 1.3 knew them, without {@link #emailBasis()}: kept so that code
     * compiled against 1.3 links. Prefer {@link #builder()}.
     *
     * @param name         see {@link #name()}
     * @param role         see {@link #role()}
     * @param email        see {@link #email()}
     * @param organisation see {@link #organisation()}
     * @deprecated since model 1.4: a participant with an e-mail address needs its basis
     */
    @Deprecated
    public Participant(String name, String role, String email, Long organisation) {
        this(name, role, email, organisation, null);
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
                .organisation(organisation)
                .emailBasis(emailBasis);
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
        private LegalBasis emailBasis;

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
         * @param emailBasis see {@link Participant#emailBasis()}
         * @return this builder
         * @since model 1.4
         */
        public Builder emailBasis(LegalBasis emailBasis) {
            this.emailBasis = emailBasis;
            return this;
        }

        /**
         * @return a new participant of the components set so far
         */
        public Participant build() {
            return new Participant(name, role, email, organisation, emailBasis);
        }
    }
}
