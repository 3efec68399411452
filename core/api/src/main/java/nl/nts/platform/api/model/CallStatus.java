package nl.nts.platform.api.model;

/** Whether a funding call takes proposals. */
public enum CallStatus {
    FORTHCOMING,
    OPEN,
    CLOSED
}
