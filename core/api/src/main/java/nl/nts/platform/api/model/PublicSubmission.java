package nl.nts.platform.api.model;

/**
 * What a person without an account left on a ROM's public input page, besides the input
 * itself: the organisation as they typed it, and a way to reach them only when they agreed to
 * it. The core keeps it with the {@link Input} as it came and no write changes it; a ROM adviser
 * links the input to a stored organisation through {@link Input#organisation()}.
 *
 * <p>The contact is personal data: the core keeps it only with {@code contactConsent}, and shows
 * it only to those who act for the input's ROM (its members and admins) and to operators;
 * everybody else reads {@code contactName} and {@code contactEmail} as {@code null}.
 *
 * @param organisation   the organisation's name as typed, 1 to 200 characters
 * @param contactName    the person's name, at most 200 characters; may be null
 * @param contactEmail   the person's e-mail address, at most 254 characters; may be null
 * @param contactConsent whether the person agreed that the ROM keeps their name and e-mail to contact them
 *                       about this input; required (true) when a name or an e-mail is given; null or false: no consent
 */
public record PublicSubmission(String organisation, String contactName, String contactEmail, Boolean contactConsent) {

    /**
     * A builder with every component absent: {@code null}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this submission's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().organisation(organisation).contactName(contactName).contactEmail(contactEmail).contactConsent(contactConsent);
    }

    /** This submission without its contact, as those who may not see it read it. */
    public PublicSubmission withoutContact() {
        return new PublicSubmission(organisation, null, null, contactConsent);
    }

    /**
     * Builds a {@link PublicSubmission} by naming its components. A component not set is absent.
     * Each setter replaces the value set before; {@link #build()} may be called more than once
     * and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private String organisation;
        private String contactName;
        private String contactEmail;
        private Boolean contactConsent;

        private Builder() {
        }

        /**
         * @param organisation see {@link PublicSubmission#organisation()}
         * @return this builder
         */
        public Builder organisation(String organisation) {
            this.organisation = organisation;
            return this;
        }

        /**
         * @param contactName see {@link PublicSubmission#contactName()}
         * @return this builder
         */
        public Builder contactName(String contactName) {
            this.contactName = contactName;
            return this;
        }

        /**
         * @param contactEmail see {@link PublicSubmission#contactEmail()}
         * @return this builder
         */
        public Builder contactEmail(String contactEmail) {
            this.contactEmail = contactEmail;
            return this;
        }

        /**
         * @param contactConsent see {@link PublicSubmission#contactConsent()}
         * @return this builder
         */
        public Builder contactConsent(Boolean contactConsent) {
            this.contactConsent = contactConsent;
            return this;
        }

        /**
         * @return a new submission of the components set so far
         */
        public PublicSubmission build() {
            return new PublicSubmission(organisation, contactName, contactEmail, contactConsent);
        }
    }
}
