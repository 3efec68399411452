package nl.nts.platform.api.model;

/**
 * Whether a funding call takes proposals. The core derives it from the call's dates whenever it
 * reads a call (see {@link FundingCall#status()}); only {@link #CANCELLED} is never derived.
 */
public enum CallStatus {
    /** Not open yet: its opening lies ahead. */
    FORTHCOMING,
    /** Takes proposals: opened, and its deadline not passed. */
    OPEN,
    /** Its deadline has passed. */
    CLOSED,
    /**
     * Withdrawn by its source: stays so whatever its dates say, until a source gives the call
     * another status. Added in model 1.1: code compiled against 1.0 may not expect it.
     */
    CANCELLED
}
