package nl.nts.platform.api.plugin;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLException;

/**
 * One HTTP exchange of a connector with its source, its failures told the way the core's connector
 * runner understands them, so that a connector over HTTP need not write this part itself:
 *
 * <ul>
 * <li>no answer within the request's timeout, or no connection (refused, reset, closed before or
 * while answering, an HTTP/2 {@code GOAWAY}, a name that does not resolve: any {@link IOException}
 * of the exchange but those below): a {@link RetryableSourceException} without {@code Retry-After}
 * (the runner backs off: 1 s, 2 s, 4 s, ..., and gives up after its number of attempts);</li>
 * <li>a TLS failure (a certificate not trusted, no common protocol: an {@link SSLException}) or an
 * address that is no URI (say in a redirect): the {@link IOException} itself, as trying again
 * would fail the same way;</li>
 * <li>{@code 429 Too Many Requests} or any {@code 5xx}: a {@link RetryableSourceException} with the
 * answer's {@code Retry-After} (seconds or an HTTP date), which the runner honours;</li>
 * <li>an interrupt (the run was cancelled or its time is up): an {@link InterruptedIOException},
 * the thread's interrupt flag set again;</li>
 * <li>any other answer, a success or a refusal, is returned for the connector to read: what a
 * {@code 401} or {@code 400} means is the source's own (renew a token, name a bad setting).</li>
 * </ul>
 *
 * <p>For example, in an {@link OrganisationSource#read(String, int)}:
 *
 * <pre>{@code
 * HttpResponse<String> answer = SourceHttp.send(http, request, "Dynamics");
 * if (answer.statusCode() == 401) { ... }
 * }</pre>
 *
 * <p>Messages name the source and the status, never the request's headers or body, so a token or a
 * secret in them stays out of the run's record and the log.
 *
 * @since 2.3
 */
public final class SourceHttp {

    private SourceHttp() {
    }

    /**
     * Sends the request and reads the answer's body as UTF-8 text.
     *
     * @param http    the connector's client
     * @param request the request, with a timeout of its own (without one a source that never
     *                answers holds the run until its time limit)
     * @param source  how messages name the source, e.g. {@code "Dynamics"} or
     *                {@code "the Salesforce token endpoint"}
     * @return the answer, unless it is one worth trying again
     * @throws RetryableSourceException for no answer in time, no connection, 429 or 5xx
     * @throws InterruptedIOException   when the thread is interrupted while waiting
     * @throws IOException              for a TLS failure or an address that is no URI
     */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, String source) throws IOException {
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new RetryableSourceException(source + " did not answer: " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + source);
        } catch (InterruptedIOException | SSLException e) {
            throw e;
        } catch (IOException e) {
            if (e.getCause() instanceof URISyntaxException || e.getCause() instanceof IllegalArgumentException) {
                throw e;
            }
            // a reset, an EOF before the headers, a GOAWAY: the JDK tells them as plain IOExceptions
            throw new RetryableSourceException(source + " did not answer: " + e, null, e);
        }
        int status = answer.statusCode();
        if (status == 429 || status >= 500) {
            throw new RetryableSourceException(source + " answered " + status,
                    RetryableSourceException.retryAfter(answer.headers().firstValue("Retry-After").orElse(null)));
        }
        return answer;
    }
}
