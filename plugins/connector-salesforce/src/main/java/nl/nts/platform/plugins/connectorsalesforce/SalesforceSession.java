package nl.nts.platform.plugins.connectorsalesforce;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nts.platform.api.plugin.SourceHttp;

/**
 * An access token of a Salesforce org by OAuth2's client credentials flow (a connected app's
 * {@code /services/oauth2/token} on the org's My Domain). Salesforce's answer names no expiry (the
 * session lasts as the org's session settings say): the token is kept until the REST API refuses it
 * ({@code INVALID_SESSION_ID}, then {@link #renew}); a token endpoint that does give
 * {@code expires_in} has it renewed a minute before. Neither the secret nor the token is ever in a
 * message.
 */
final class SalesforceSession {

    /** Renewed this long before an expiry the token endpoint gives. */
    static final Duration EARLY = Duration.ofSeconds(60);

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenUrl;
    private final String form;
    private final Duration timeout;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MAX;

    SalesforceSession(HttpClient http, URI tokenUrl, String clientId, String clientSecret, Duration timeout, Clock clock) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        this.timeout = timeout;
        this.clock = clock;
    }

    /** @return a token not known to have expired, asked for when there is none */
    synchronized String token() throws IOException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            ask();
        }
        return token;
    }

    /** Forgets the token the REST API refused: the next {@link #token()} asks for a new one. */
    synchronized void renew(String refused) {
        if (refused.equals(token)) {
            token = null;
        }
    }

    private void ask() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = SourceHttp.send(http, request, "the Salesforce token endpoint");
        int status = answer.statusCode();
        JsonNode body;
        try {
            body = json.readTree(answer.body());
        } catch (IOException e) {
            throw new IOException("the Salesforce token endpoint answered " + status + " with a body that is not JSON");
        }
        if (status != 200 || body == null || !body.hasNonNull("access_token")) {
            // invalid_client, invalid_grant ("no client credentials user enabled") say what to fix
            String error = body == null ? "no access_token" : body.path("error").asText("no access_token");
            throw new IOException("the Salesforce token endpoint refused the client credentials (" + status + " " + error
                    + "): check instanceUrl, clientId and .clientSecret of this connector's configuration, and that the connected app"
                    + " has a run-as user for the client credentials flow");
        }
        token = body.get("access_token").asText();
        renewAt = body.hasNonNull("expires_in") ? clock.instant().plusSeconds(body.get("expires_in").asLong()).minus(EARLY) : Instant.MAX;
    }
}
