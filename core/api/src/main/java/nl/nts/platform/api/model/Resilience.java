package nl.nts.platform.api.model;

import java.util.List;

/**
 * Where the organisations of each segment of a value chain are: the "we excel at the top of
 * the chain and depend on Asia for the rest" risk, made visible.
 *
 * @param valueChain    the chain's code
 * @param roms          the ROMs taking part, whose regions count as "in region"
 * @param segments      one entry a segment, in the chain's order
 * @param gaps          codes of the segments without any Dutch organisation
 */
public record Resilience(String valueChain, List<String> roms, List<SegmentResilience> segments, List<String> gaps) {

    public Resilience {
        roms = List.copyOf(roms);
        segments = List.copyOf(segments);
        gaps = List.copyOf(gaps);
    }
}
