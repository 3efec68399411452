package nl.nts.platform.plugins.connectorhubspot;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a read stands, as the core keeps it between pages and runs: {@code since} (read only the
 * companies modified from then on, by the search endpoint; absent: list them all), HubSpot's
 * {@code after} token of the next page, and the latest modification seen so far, from which the
 * last page's checkpoint is made. Written like a query string, e.g.
 * {@code since=2025-10-01T10:00:00Z&after=514&latest=2025-10-01T10:00:00Z}; a checkpoint is a
 * cursor with {@code since} only.
 */
record HubSpotCursor(Instant since, String after, Instant latest) {

    static HubSpotCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return new HubSpotCursor(null, null, null);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        try {
            return new HubSpotCursor(instant(parts.get("since")), parts.get("after"), instant(parts.get("latest")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor of the HubSpot connector: " + text, e);
        }
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }

    /** The cursor of the page after this one. */
    HubSpotCursor next(String nextAfter, Instant latestNow) {
        return new HubSpotCursor(since, nextAfter, latestNow);
    }

    /** Where the next run starts: from the latest modification read (again, inclusive), else where this one started. */
    String checkpoint() {
        Instant from = latest != null ? latest : since;
        return from == null ? null : "since=" + from;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        append(out, "since", since == null ? null : since.toString());
        append(out, "after", after);
        append(out, "latest", latest == null ? null : latest.toString());
        return out.toString();
    }

    private static void append(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(out.length() == 0 ? "" : "&").append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
