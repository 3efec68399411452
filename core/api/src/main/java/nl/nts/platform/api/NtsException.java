package nl.nts.platform.api;

/**
 * The root of the exceptions a core service throws when it refuses a request. Nothing is
 * written when one of these is thrown: a refused change leaves the data as it was.
 */
public abstract class NtsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected NtsException(String message) {
        super(message);
    }
}
