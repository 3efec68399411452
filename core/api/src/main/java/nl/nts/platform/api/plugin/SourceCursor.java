package nl.nts.platform.api.plugin;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cursor of named parts, as a connector hands one to the core in {@link SourcePage#next()} or
 * {@link SourcePage#checkpoint()} and gets it back at its next {@link OrganisationSource#read}:
 * written as a query string ({@code since=2026-11-30T08%3A15%3A00Z&next=https%3A%2F%2F...}), each
 * value URL-encoded, in the order given. The core stores the text and never reads it; this is only
 * a way for a connector to keep several values in it (a source's next-page link, the modification
 * date a run started from, the latest it has read) without writing its own encoding.
 *
 * <pre>{@code
 * Map<String, String> at = SourceCursor.read(cursor);   // empty for the first page (null)
 * Map<String, String> parts = new LinkedHashMap<>();    // not Map.of: since is null on the first page
 * parts.put("next", nextLink);                          // null on the last page
 * parts.put("since", at.get("since"));
 * String next = nextLink == null ? null : SourceCursor.write(parts);
 * }</pre>
 *
 * <p>{@link #write} gives null, not an empty text, when no value is left, so that a page handing it
 * on as {@link SourcePage#next()} is the last one rather than a request for the first page again.
 *
 * @since 2.3
 */
public final class SourceCursor {

    private SourceCursor() {
    }

    /**
     * @param cursor a cursor {@link #write} made, or null
     * @return its parts in their order; empty for null. A part without {@code =} is left out
     */
    public static Map<String, String> read(String cursor) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (cursor != null) {
            for (String part : cursor.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return Collections.unmodifiableMap(parts);
    }

    /**
     * @param parts the named values, in the order to write them; a null value is left out (a
     *              {@code Map.of} takes no nulls: use a {@link LinkedHashMap} for parts that may be)
     * @return the cursor; null when every value is null (no cursor: as {@link SourcePage#next()},
     *         the last page)
     */
    public static String write(Map<String, String> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach((name, value) -> {
            if (value != null) {
                out.append(out.length() == 0 ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.length() == 0 ? null : out.toString();
    }
}
