package nl.nts.platform.api;

import java.util.List;

/**
 * Submitted data breaks one or more rules. Every broken rule is reported at once, so a client
 * can fix all of them in one go.
 */
public class ValidationException extends NtsException {
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * @param violations the broken rules; at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Shorthand for a single broken rule. */
    public ValidationException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    /** @return the broken rules, in the order they were found; never empty */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(v.field()).append(": ").append(v.message());
        }
        return text.toString();
    }
}
