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
        Stamp stamp) {

    public Organisation {
        technologies = Copies.list(technologies);
        segments = Copies.list(segments);
        externalIds = Copies.map(externalIds);
    }
}
