package nl.nts.platform.api;

/**
 * The request is well formed but clashes with the data as it is now: a code that is taken,
 * a version that is no longer current, a record still referred to by others.
 */
public class ConflictException extends NtsException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the field the conflict is about, e.g. {@code code} or {@code version}
     * @param message what clashes, e.g. {@code "value chain 'VC01' exists already"}
     */
    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the field the conflict is about */
    public String field() {
        return field;
    }
}
