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
 * @param status       forthcoming, open or closed
 * @param technologies the key technologies it fits
 * @param url          where to read it; an http(s) address, may be null
 * @param version      raised by every change
 * @param stamp        when and by whom it was created and changed
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
        Stamp stamp) {

    public FundingCall {
        technologies = Copies.list(technologies);
    }
}
