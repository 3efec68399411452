package nl.nts.platform.api;

/**
 * The record asked for does not exist.
 */
public class NotFoundException extends NtsException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String key;

    /**
     * @param kind what was looked for, in words, e.g. {@code "value chain"}
     * @param key  the code or id that was not found
     */
    public NotFoundException(String kind, String key) {
        super("no " + kind + " '" + key + "'");
        this.kind = kind;
        this.key = key;
    }

    /**
     * @param kind what was looked for, in words, e.g. {@code "report format"}
     * @param key  the code or id that was not found
     * @param hint what the caller could ask for instead, e.g. {@code "installed: csv, pdf"}; it
     *             follows the message after a semicolon
     * @since 1.2
     */
    public NotFoundException(String kind, String key, String hint) {
        super("no " + kind + " '" + key + "'" + (hint == null || hint.isBlank() ? "" : "; " + hint));
        this.kind = kind;
        this.key = key;
    }

    /** @return what was looked for, e.g. {@code "value chain"} */
    public String kind() {
        return kind;
    }

    /** @return the code or id that was not found */
    public String key() {
        return key;
    }
}
