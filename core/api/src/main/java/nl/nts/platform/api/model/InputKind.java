package nl.nts.platform.api.model;

/** What a piece of input from the field is. */
public enum InputKind {
    CHALLENGE,
    OPPORTUNITY,
    PROPOSAL,
    RISK
}
