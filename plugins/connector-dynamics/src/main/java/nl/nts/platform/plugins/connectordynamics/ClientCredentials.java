package nl.nts.platform.plugins.connectordynamics;

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
 * An OAuth2 access token by the client credentials grant (Microsoft Entra ID's
 * {@code /oauth2/v2.0/token}), kept until a minute before it expires and renewed then, or at once
 * when the resource server refuses it ({@link #renew}). Neither the secret nor the token is ever in
 * a message.
 */
final class ClientCredentials {

    /** Renewed this long before the expiry the token endpoint gives. */
    static final Duration EARLY = Duration.ofSeconds(60);

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenUrl;
    private final String form;
    private final Duration timeout;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ClientCredentials(HttpClient http, URI tokenUrl, String clientId, String clientSecret, String scope, Duration timeout, Clock clock) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret) + "&scope=" + encode(scope);
        this.timeout = timeout;
        this.clock = clock;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** @return a token that has not expired, asked for when there is none */
    synchronized String token() throws IOException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            ask();
        }
        return token;
    }

    /** Forgets the token the resource server refused: the next {@link #token()} asks for a new one. */
    synchronized void renew(String refused) {
        if (refused.equals(token)) {
            token = null;
        }
    }

    private void ask() throws IOException {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer = SourceHttp.send(http, request, "the token endpoint");
        int status = answer.statusCode();
        JsonNode body;
        try {
            body = json.readTree(answer.body());
        } catch (IOException e) {
            throw new IOException("the token endpoint answered " + status + " with a body that is not JSON");
        }
        if (status != 200 || !body.hasNonNull("access_token")) {
            // OAuth2's error code (invalid_client, unauthorized_client, invalid_scope) says what to fix; its description may be long
            String error = body.path("error").asText("no access_token");
            throw new IOException("the token endpoint refused the client credentials (" + status + " " + error
                    + "): check tokenUrl, clientId, .clientSecret and scope of this connector's configuration");
        }
        token = body.get("access_token").asText();
        long seconds = body.path("expires_in").asLong(300);
        renewAt = clock.instant().plusSeconds(seconds).minus(EARLY);
    }
}
