package nl.nts.platform.api.model;

import java.util.List;
import java.util.Map;

/**
 * A company, knowledge institution, government body, investor or intermediary taking part in
 * the NTS dialogue.
 *
 * <p>As input, {@code id}, {@code rom} of a foreign organisation, {@code stamp} and
 * {@code version} of a new record are ignored or may be null.
 *
 * @param id           the platform's id, assigned on create
 * @param name         the name, 1 to 200 characters
 * @param kind         what kind of party it is
 * @param kvkNumber    the Dutch Chamber of Commerce (KvK) number: exactly 8 digits; null for
 *                     organisations outside the Netherlands or not registered
 * @param sbiCode      the SBI (Dutch) or NACE activity code, e.g. {@code 26.11}; may be null
 * @param city         the city of its main site; may be null
 * @param country      ISO 3166-1 alpha-2 country code of its main site, e.g. {@code NL},
 *                     {@code DE}, {@code TW}
 * @param province     for Dutch organisations: the province, one of those the ROMs cover
 * @param nuts2        for Dutch organisations: the NUTS-2 code (2024) of the province, set by
 *                     the core from {@code province}
 * @param rom          for Dutch organisations: the ROM whose region it is in, set by the core
 *                     from {@code province}
 * @param technologies codes of the key technologies it works with
 * @param segments     the value-chain segments it works in
 * @param trl          technology readiness level (1 to 9) of its main technology, where known
 * @param externalIds  its ids in source systems, by system, e.g. {@code {"hubspot": "1234",
 *                     "cordis": "999912345"}}; connectors upsert by these
 * @param version      raised by every change; send it back to change or delete
 * @param stamp        when and by whom it was created and changed
 * @param euProjects   the EU research and innovation projects it takes or took part in (from
 *                     CORDIS), each with its role; what funding-call matching reads as EU
 *                     project experience (since 1.4)
 */
public record Organisation(
        Long id,
        String name,
        OrganisationKind kind,
        String kvkNumber,
        String sbiCode,
        String city,
        String country,
        String province,
        String nuts2,
        String rom,
        List<String> technologies,
        List<SegmentRef> segments,
        Integer trl,
        Map<String, String> externalIds,
        Long version,
        Stamp stamp,
        List<EuProject> euProjects) {

    public Organisation {
        technologies = Copies.list(technologies);
        segments = Copies.list(segments);
        externalIds = Copies.map(externalIds);
        euProjects = Copies.list(euProjects);
    }

    /**
     * The organisation without EU projects, as in 1.3: kept so that code compiled against 1.3
     * links. New code uses {@link #builder()}.
     */
    @Deprecated
    public Organisation(Long id, String name, OrganisationKind kind, String kvkNumber, String sbiCode, String city,
            String country, String province, String nuts2, String rom, List<String> technologies, List<SegmentRef> segments,
            Integer trl, Map<String, String> externalIds, Long version, Stamp stamp) {
        this(id, name, kind, kvkNumber, sbiCode, city, country, province, nuts2, rom, technologies, segments, trl,
                externalIds, version, stamp, List.of());
    }

    /**
     * A builder with every component absent: {@code null}, or empty for lists and maps.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this organisation's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .kind(kind)
                .kvkNumber(kvkNumber)
                .sbiCode(sbiCode)
                .city(city)
                .country(country)
                .province(province)
                .nuts2(nuts2)
                .rom(rom)
                .technologies(technologies)
                .segments(segments)
                .trl(trl)
                .externalIds(externalIds)
                .version(version)
                .stamp(stamp)
                .euProjects(euProjects);
    }

    /**
     * Builds an {@link Organisation} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private Long id;
        private String name;
        private OrganisationKind kind;
        private String kvkNumber;
        private String sbiCode;
        private String city;
        private String country;
        private String province;
        private String nuts2;
        private String rom;
        private List<String> technologies = List.of();
        private List<SegmentRef> segments = List.of();
        private Integer trl;
        private Map<String, String> externalIds = Map.of();
        private Long version;
        private Stamp stamp;
        private List<EuProject> euProjects = List.of();

        private Builder() {
        }

        /**
         * @param id see {@link Organisation#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param name see {@link Organisation#name()}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param kind see {@link Organisation#kind()}
         * @return this builder
         */
        public Builder kind(OrganisationKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * @param kvkNumber see {@link Organisation#kvkNumber()}
         * @return this builder
         */
        public Builder kvkNumber(String kvkNumber) {
            this.kvkNumber = kvkNumber;
            return this;
        }

        /**
         * @param sbiCode see {@link Organisation#sbiCode()}
         * @return this builder
         */
        public Builder sbiCode(String sbiCode) {
            this.sbiCode = sbiCode;
            return this;
        }

        /**
         * @param city see {@link Organisation#city()}
         * @return this builder
         */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /**
         * @param country see {@link Organisation#country()}
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * @param province see {@link Organisation#province()}
         * @return this builder
         */
        public Builder province(String province) {
            this.province = province;
            return this;
        }

        /**
         * @param nuts2 see {@link Organisation#nuts2()}
         * @return this builder
         */
        public Builder nuts2(String nuts2) {
            this.nuts2 = nuts2;
            return this;
        }

        /**
         * @param rom see {@link Organisation#rom()}
         * @return this builder
         */
        public Builder rom(String rom) {
            this.rom = rom;
            return this;
        }

        /**
         * @param technologies see {@link Organisation#technologies()}
         * @return this builder
         */
        public Builder technologies(List<String> technologies) {
            this.technologies = technologies;
            return this;
        }

        /**
         * @param segments see {@link Organisation#segments()}
         * @return this builder
         */
        public Builder segments(List<SegmentRef> segments) {
            this.segments = segments;
            return this;
        }

        /**
         * @param trl see {@link Organisation#trl()}
         * @return this builder
         */
        public Builder trl(Integer trl) {
            this.trl = trl;
            return this;
        }

        /**
         * @param externalIds see {@link Organisation#externalIds()}
         * @return this builder
         */
        public Builder externalIds(Map<String, String> externalIds) {
            this.externalIds = externalIds;
            return this;
        }

        /**
         * @param version see {@link Organisation#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link Organisation#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @param euProjects see {@link Organisation#euProjects()}
         * @return this builder
         * @since 1.4
         */
        public Builder euProjects(List<EuProject> euProjects) {
            this.euProjects = euProjects;
            return this;
        }

        /**
         * @return a new organisation of the components set so far
         */
        public Organisation build() {
            return new Organisation(id, name, kind, kvkNumber, sbiCode, city, country, province,
                    nuts2, rom, technologies, segments, trl, externalIds, version, stamp, euProjects);
        }
    }
}
