package nl.nts.platform.api.model;

/**
 * How one segment of a value chain is covered, counted by where its organisations are.
 *
 * @param segment      the segment's code
 * @param name         the segment's name
 * @param inRegion     organisations in a region of a ROM taking part in the chain
 * @param netherlands  organisations elsewhere in the Netherlands
 * @param eu           organisations elsewhere in the EU
 * @param outsideEu    organisations outside the EU
 * @param noDutchOrganisation true when no organisation in the Netherlands works in this
 *                     segment: the chain depends on others for this step
 */
public record SegmentResilience(
        String segment,
        String name,
        int inRegion,
        int netherlands,
        int eu,
        int outsideEu,
        boolean noDutchOrganisation) {
}
