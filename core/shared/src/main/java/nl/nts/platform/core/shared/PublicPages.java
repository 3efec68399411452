package nl.nts.platform.core.shared;

import java.time.Duration;

/**
 * The door of the ROMs' public input pages, where people without an account leave input: which
 * ROMs' pages take input, and how often one address may leave some. The public page's surface
 * asks it for every submission; the rules of the input itself are the domain's
 * ({@code Inputs.submitPublic}).
 */
public interface PublicPages {

    /** @return whether this ROM's public page takes input (an operator may close a ROM's page) */
    boolean open(String rom);

    /**
     * The address a submission counts against: the connection's, or, when that is a proxy the
     * operator trusts, the last address the proxy names in {@code X-Forwarded-For}. IPv6
     * addresses count by their /64 network, which one host usually has to itself.
     *
     * @param remote       the connection's address
     * @param forwardedFor the request's {@code X-Forwarded-For}; may be null
     */
    String address(String remote, String forwardedFor);

    /**
     * Takes a place for one submission from this address now.
     *
     * @return the place, to be {@link Place#release released} when the submission is refused (a
     *         refused submission does not count), or how long to wait before the next
     */
    Admission admit(String address);

    /** A place taken for one submission, or the time to wait for one. */
    sealed interface Admission permits Place, Wait {
    }

    /** A place taken; release it when the submission was not stored. */
    non-sealed interface Place extends Admission {
        void release();
    }

    /**
     * No place now: this address (or all addresses together) left as much as the page takes
     * for a while.
     *
     * @param retryAfter how long until the next place is free
     * @param everyone   whether the limit of all addresses together was reached, not this one's
     */
    record Wait(Duration retryAfter, boolean everyone) implements Admission {
    }
}
