package nl.nts.platform.api.plugin;

import java.io.IOException;
import java.time.Duration;

/**
 * Thrown by a connector's {@code read} when the source failed in a way that is worth trying
 * again: HTTP 429 (too many requests) or a 5xx answer, a connection reset, a timeout. The core
 * waits and calls {@code read} again with the same cursor, so the connector needs no retry
 * code of its own: it reports what happened and, where the source said so (HTTP
 * {@code Retry-After}), how long to wait.
 *
 * <p>The core waits {@code retryAfter} when given (capped at its configured longest wait),
 * otherwise an exponentially growing pause (1 s, 2 s, 4 s, ... with jitter). It gives up after a
 * configured number of attempts for one page; the run then fails with this exception's message.
 * A cancelled run stops waiting at once. Any other {@link IOException} fails the run at once:
 * throw that for errors that will not go away by themselves, such as HTTP 401 (a bad token),
 * with a message saying what to fix.
 *
 * <pre>{@code
 * if (status == 429 || status >= 500) {
 *     throw new RetryableSourceException("HubSpot answered " + status, RetryableSourceException.retryAfter(header));
 * }
 * }</pre>
 *
 * @since plugin 2.2
 */
public class RetryableSourceException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param message    what failed, for people: it is shown in the run's progress, so it must
     *                   not contain a secret
     * @param retryAfter how long the source asked to wait, or null to let the core choose
     */
    public RetryableSourceException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter == null || retryAfter.isNegative() ? null : retryAfter;
    }

    /**
     * @param message    what failed, for people (no secret)
     * @param retryAfter how long the source asked to wait, or null to let the core choose
     * @param cause      the underlying failure, e.g. a {@code java.net.SocketTimeoutException}
     */
    public RetryableSourceException(String message, Duration retryAfter, Throwable cause) {
        this(message, retryAfter);
        initCause(cause);
    }

    /** @return how long the source asked to wait before the next attempt, or null when it did not say */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Reads an HTTP {@code Retry-After} header given in seconds (the form APIs use; an HTTP date
     * is read as absent).
     *
     * @param header the header's value, or null
     * @return the wait, or null when the header is absent or not a number of seconds
     */
    public static Duration retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.strip()));
    }
}
