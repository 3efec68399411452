package nl.nts.platform.api.model;

/**
 * An open funding call that fits an organisation, and why.
 *
 * @param call the call, open now
 * @param fit  why it fits the organisation
 * @since 1.4
 */
public record FittingCall(FundingCall call, Fit fit) {
}
