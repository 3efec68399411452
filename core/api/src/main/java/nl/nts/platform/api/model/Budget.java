package nl.nts.platform.api.model;

import java.math.BigDecimal;

/**
 * What an action costs and who pays, in euros.
 *
 * @param total          the whole budget
 * @param publicFunding  the part paid from public money
 * @param privateFunding the part paid by companies and investors; public and private
 *                       together make the total
 * @param fundingSource  where the public money comes from, e.g. "Regio Deal", "EDF call
 *                       EDF-2025-RA"; may be null
 */
public record Budget(BigDecimal total, BigDecimal publicFunding, BigDecimal privateFunding, String fundingSource) {
}
