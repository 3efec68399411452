package nl.nts.platform.core.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import nl.nts.platform.api.Violation;

/**
 * Error answers as RFC 7807 problem documents: {@code type}, {@code title}, {@code status},
 * {@code detail}, plus {@code field} (the first field at fault) and {@code errors} (every
 * field at fault, each with its message).
 */
final class Problems {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    static Response of(int status, String title, String detail) {
        return of(status, title, detail, List.of());
    }

    static Response of(int status, String title, String detail, List<Violation> violations) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, title, detail, violations)).build();
    }

    /** The problem document itself, for what answers outside JAX-RS (the HTTP edge, {@link EdgeRules.Refusal}). */
    static Map<String, Object> body(int status, String title, String detail, List<Violation> violations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!violations.isEmpty()) {
            body.put("field", violations.get(0).field());
            body.put("errors", violations.stream().map(Problems::error).toList());
        }
        return body;
    }

    private static Map<String, String> error(Violation violation) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", violation.field());
        error.put("message", violation.message());
        return error;
    }

    /** 429 with {@code Retry-After}: the wait in whole seconds, rounded up, at least 1, and said in the detail too. */
    static Response tooMany(String why, java.time.Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        return Response.fromResponse(of(429, "Too Many Requests", why + "; try again in " + seconds + " s"))
                .header(javax.ws.rs.core.HttpHeaders.RETRY_AFTER, seconds).type(PROBLEM_JSON).build();
    }
}
