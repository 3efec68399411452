package nl.nts.platform.api.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A call for proposals of a funding programme, e.g. a European Defence Fund or Horizon Europe
 * topic, or a national or regional scheme. National records: connectors bring them in from
 * funding databases (EU Funding &amp; Tenders, CORDIS, national schemes).
 *
 * @param id           assigned on create
 * @param source       the database or body it comes from, e.g. {@code SEDIA}, {@code RVO};
 *                     1 to 50 characters of letters, digits, {@code -} and {@code _}
 * @param identifier   its identifier in that source, e.g. {@code EDF-2025-DA-SENS-EXAMPLE-01};
 *                     unique per source
 * @param programme    the programme, e.g. "European Defence Fund"; may be null
 * @param title        1 to 300 characters
 * @param opening      when it opens; may be null
 * @param deadline     when proposals are due; not before {@code opening}; may be null
 * @param budget       its budget in euros; may be null
 * @param status       whether it takes proposals, derived by the core from the dates each time
 *                     it reads the call (in a search too), at the platform's clock, in this
 *                     order: {@code CANCELLED} when a source says so, whatever the dates;
 *                     {@code CLOSED} from the deadline's instant on, or when a source says so
 *                     of a call without a deadline; with an opening known,
 *                     {@code FORTHCOMING} before it and {@code OPEN} from its instant on;
 *                     without one, {@code FORTHCOMING} when that is the status given, else
 *                     {@code OPEN}. On write any status may be given ({@code FORTHCOMING} when
 *                     none is); it is kept as the source's word for what the dates leave open,
 *                     and a backup holds it
 * @param technologies the key technologies it fits
 * @param url          where to read it; an http(s) address, may be null
 * @param version      raised by every change
 * @param stamp        when and by whom it was created and changed
 * @param trlMin       the lowest technology readiness level (1 to 9) the call funds; may be
 *                     null (no lower bound). Matching leaves out organisations below it (since 1.4)
 * @param trlMax       the highest technology readiness level (1 to 9) the call funds, not below
 *                     {@code trlMin}; may be null (no upper bound) (since 1.4)
 * @param crossRegional whether proposals must bring partners from more than one ROM's region
 *                     together (a cross-regional value-chain call); null or false: not
 *                     required. A proposed consortium then names members of two ROMs at least (since 1.4)
 */
public record FundingCall(
        Long id,
        String source,
        String identifier,
        String programme,
        String title,
        Instant opening,
        Instant deadline,
        BigDecimal budget,
        CallStatus status,
        List<String> technologies,
        String url,
        Long version,
        Stamp stamp,
        Integer trlMin,
        Integer trlMax,
        Boolean crossRegional) {

    public FundingCall {
        technologies = Copies.list(technologies);
    }

    /**
     * The call without TRL range and regional condition, as in 1.3: kept so that code compiled
     * against 1.3 links. New code uses {@link #builder()}.
     */
    @Deprecated
    public FundingCall(Long id, String source, String identifier, String programme, String title, Instant opening,
            Instant deadline, BigDecimal budget, CallStatus status, List<String> technologies, String url, Long version,
            Stamp stamp) {
        this(id, source, identifier, programme, title, opening, deadline, budget, status, technologies, url, version,
                stamp, null, null, null);
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
     * A builder holding all of this funding call's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .source(source)
                .identifier(identifier)
                .programme(programme)
                .title(title)
                .opening(opening)
                .deadline(deadline)
                .budget(budget)
                .status(status)
                .technologies(technologies)
                .url(url)
                .version(version)
                .stamp(stamp)
                .trlMin(trlMin)
                .trlMax(trlMax)
                .crossRegional(crossRegional);
    }

    /**
     * Builds a {@link FundingCall} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private Long id;
        private String source;
        private String identifier;
        private String programme;
        private String title;
        private Instant opening;
        private Instant deadline;
        private BigDecimal budget;
        private CallStatus status;
        private List<String> technologies = List.of();
        private String url;
        private Long version;
        private Stamp stamp;
        private Integer trlMin;
        private Integer trlMax;
        private Boolean crossRegional;

        private Builder() {
        }

        /**
         * @param id see {@link FundingCall#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param source see {@link FundingCall#source()}
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * @param identifier see {@link FundingCall#identifier()}
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        /**
         * @param programme see {@link FundingCall#programme()}
         * @return this builder
         */
        public Builder programme(String programme) {
            this.programme = programme;
            return this;
        }

        /**
         * @param title see {@link FundingCall#title()}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param opening see {@link FundingCall#opening()}
         * @return this builder
         */
        public Builder opening(Instant opening) {
            this.opening = opening;
            return this;
        }

        /**
         * @param deadline see {@link FundingCall#deadline()}
         * @return this builder
         */
        public Builder deadline(Instant deadline) {
            this.deadline = deadline;
            return this;
        }

        /**
         * @param budget see {@link FundingCall#budget()}
         * @return this builder
         */
        public Builder budget(BigDecimal budget) {
            this.budget = budget;
            return this;
        }

        /**
         * @param status see {@link FundingCall#status()}
         * @return this builder
         */
        public Builder status(CallStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param technologies see {@link FundingCall#technologies()}
         * @return this builder
         */
        public Builder technologies(List<String> technologies) {
            this.technologies = technologies;
            return this;
        }

        /**
         * @param url see {@link FundingCall#url()}
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * @param version see {@link FundingCall#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link FundingCall#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @param trlMin see {@link FundingCall#trlMin()}
         * @return this builder
         * @since 1.4
         */
        public Builder trlMin(Integer trlMin) {
            this.trlMin = trlMin;
            return this;
        }

        /**
         * @param trlMax see {@link FundingCall#trlMax()}
         * @return this builder
         * @since 1.4
         */
        public Builder trlMax(Integer trlMax) {
            this.trlMax = trlMax;
            return this;
        }

        /**
         * @param crossRegional see {@link FundingCall#crossRegional()}
         * @return this builder
         * @since 1.4
         */
        public Builder crossRegional(Boolean crossRegional) {
            this.crossRegional = crossRegional;
            return this;
        }

        /**
         * @return a new funding call of the components set so far
         */
        public FundingCall build() {
            return new FundingCall(id, source, identifier, programme, title, opening, deadline,
                    budget, status, technologies, url, version, stamp, trlMin, trlMax, crossRegional);
        }
    }
}
