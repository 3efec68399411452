package nl.nts.platform.api.model;

import java.util.List;

/**
 * The organisations that fit a funding call, grouped by ROM, and a consortium proposed from them.
 *
 * @param call        the call, its status as of now
 * @param valueChains the call's value chains: those built on one of its key technologies, by code
 * @param total       how many organisations fit
 * @param roms        the organisations that fit, by the ROM whose region each is in (most
 *                    organisations first, then by code; organisations abroad last, under a
 *                    {@code rom} of null), best fit first within each
 * @param proposal    a consortium proposed from them, saying which of its conditions it cannot meet
 * @since 1.4
 */
public record CallMatches(FundingCall call, List<String> valueChains, int total, List<RomGroup> roms, ConsortiumProposal proposal) {

    public CallMatches {
        valueChains = Copies.list(valueChains);
        roms = Copies.list(roms);
    }

    /**
     * The organisations of one ROM's region that fit.
     *
     * @param rom           the ROM's code; null for organisations abroad
     * @param organisations best fit first, then by name
     */
    public record RomGroup(String rom, List<Match> organisations) {

        public RomGroup {
            organisations = Copies.list(organisations);
        }
    }

    /**
     * One organisation that fits, and why.
     *
     * @param organisation the organisation as stored
     * @param fit          why it fits
     * @param consortia    the ids of the consortia answering this call it is in already (as lead or member)
     */
    public record Match(Organisation organisation, Fit fit, List<Long> consortia) {

        public Match {
            consortia = Copies.list(consortia);
        }
    }
}
