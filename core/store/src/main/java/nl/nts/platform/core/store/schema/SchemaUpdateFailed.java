package nl.nts.platform.core.store.schema;

/** The schema could not be brought up to the changelog; the message is one line for the operator. */
public final class SchemaUpdateFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public SchemaUpdateFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
