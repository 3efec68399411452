package nl.nts.platform.api;

import java.util.Objects;

/**
 * One broken rule on one field of submitted data.
 *
 * @param field   the path of the field as the client sent it, e.g. {@code name} or
 *                {@code technologies[1]}; never null
 * @param message what is wrong, in words a user can act on, e.g.
 *                {@code "unknown key technology 'NTS99'"}; never null
 */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
