package nl.nts.platform.api.model;

import java.util.List;

/**
 * A challenge, opportunity, proposal or risk brought in at a workshop, or left on a ROM's
 * public input page by someone without an account. It belongs to the workshop's ROM, or to the
 * ROM whose page it was left on.
 *
 * @param id           assigned on create
 * @param workshop     the id of the workshop it was brought in at; null for input left on a
 *                     ROM's public page (see {@code submission})
 * @param organisation the id of the contributing organisation; may be null
 * @param kind         what it is
 * @param theme        the code of its theme (see {@code GET /api/themes})
 * @param technologies the key technologies it concerns
 * @param valueChain   the code of the value chain it concerns; may be null
 * @param text         what was said, 1 to 4000 characters
 * @param status       where it is in its ROM's workflow; {@code received} when new. The
 *                     national default workflow knows {@code received}, {@code triaged},
 *                     {@code answered} and {@code declined}.
 * @param rom          the ROM that owns it: the workshop's, or the public page's; set by the core
 * @param answeredBy   ids of the actions that answer it; set by the core from the actions
 * @param version      raised by every change
 * @param stamp        when and by whom it was created and changed
 * @param submission   what its author left on the ROM's public page besides the input
 *                     ({@link nl.nts.platform.api.service.Inputs#submitPublic}); null for input
 *                     brought in at a workshop. Set by the core, never changed by a write.
 *                     Added in model 1.3.
 */
public record Input(
        Long id,
        Long workshop,
        Long organisation,
        InputKind kind,
        String theme,
        List<String> technologies,
        String valueChain,
        String text,
        String status,
        String rom,
        List<Long> answeredBy,
        Long version,
        Stamp stamp,
        PublicSubmission submission) {

    /**
     * The constructor of API 1.0, kept so that code compiled against it links; new code uses
     * {@link #builder()}.
     *
     * @param id           see {@link #id()}
     * @param workshop     see {@link #workshop()}
     * @param organisation see {@link #organisation()}
     * @param kind         see {@link #kind()}
     * @param theme        see {@link #theme()}
     * @param technologies see {@link #technologies()}
     * @param valueChain   see {@link #valueChain()}
     * @param text         see {@link #text()}
     * @param status       see {@link #status()}
     * @param rom          see {@link #rom()}
     * @param answeredBy   see {@link #answeredBy()}
     * @param version      see {@link #version()}
     * @param stamp        see {@link #stamp()}
     * @deprecated use {@link #builder()}
     */
    @Deprecated
    public Input(Long id, Long workshop, Long organisation, InputKind kind, String theme, List<String> technologies, String valueChain,
            String text, String status, String rom, List<Long> answeredBy, Long version, Stamp stamp) {
        this(id, workshop, organisation, kind, theme, technologies, valueChain, text, status, rom, answeredBy, version, stamp, null);
    }

    public Input {
        technologies = Copies.list(technologies);
        answeredBy = Copies.list(answeredBy);
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
     * A builder holding all of this input's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .workshop(workshop)
                .organisation(organisation)
                .kind(kind)
                .theme(theme)
                .technologies(technologies)
                .valueChain(valueChain)
                .text(text)
                .status(status)
                .rom(rom)
                .answeredBy(answeredBy)
                .version(version)
                .stamp(stamp)
                .submission(submission);
    }

    /**
     * Builds an {@link Input} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private Long id;
        private Long workshop;
        private Long organisation;
        private InputKind kind;
        private String theme;
        private List<String> technologies = List.of();
        private String valueChain;
        private String text;
        private String status;
        private String rom;
        private List<Long> answeredBy = List.of();
        private Long version;
        private Stamp stamp;
        private PublicSubmission submission;

        private Builder() {
        }

        /**
         * @param id see {@link Input#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param workshop see {@link Input#workshop()}
         * @return this builder
         */
        public Builder workshop(Long workshop) {
            this.workshop = workshop;
            return this;
        }

        /**
         * @param organisation see {@link Input#organisation()}
         * @return this builder
         */
        public Builder organisation(Long organisation) {
            this.organisation = organisation;
            return this;
        }

        /**
         * @param kind see {@link Input#kind()}
         * @return this builder
         */
        public Builder kind(InputKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * @param theme see {@link Input#theme()}
         * @return this builder
         */
        public Builder theme(String theme) {
            this.theme = theme;
            return this;
        }

        /**
         * @param technologies see {@link Input#technologies()}
         * @return this builder
         */
        public Builder technologies(List<String> technologies) {
            this.technologies = technologies;
            return this;
        }

        /**
         * @param valueChain see {@link Input#valueChain()}
         * @return this builder
         */
        public Builder valueChain(String valueChain) {
            this.valueChain = valueChain;
            return this;
        }

        /**
         * @param text see {@link Input#text()}
         * @return this builder
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * @param status see {@link Input#status()}
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * @param rom see {@link Input#rom()}
         * @return this builder
         */
        public Builder rom(String rom) {
            this.rom = rom;
            return this;
        }

        /**
         * @param answeredBy see {@link Input#answeredBy()}
         * @return this builder
         */
        public Builder answeredBy(List<Long> answeredBy) {
            this.answeredBy = answeredBy;
            return this;
        }

        /**
         * @param version see {@link Input#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link Input#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @param submission see {@link Input#submission()}
         * @return this builder
         */
        public Builder submission(PublicSubmission submission) {
            this.submission = submission;
            return this;
        }

        /**
         * @return a new input of the components set so far
         */
        public Input build() {
            return new Input(id, workshop, organisation, kind, theme, technologies, valueChain,
                    text, status, rom, answeredBy, version, stamp, submission);
        }
    }
}
