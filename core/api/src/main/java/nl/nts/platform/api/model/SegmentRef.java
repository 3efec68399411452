package nl.nts.platform.api.model;

/**
 * Points at one segment of one value chain, e.g. {@code VC01} / {@code BACKEND}.
 *
 * @param valueChain the value chain's code
 * @param segment    the segment's code within that chain
 */
public record SegmentRef(String valueChain, String segment) {
}
