package nl.nts.platform.core.rest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.nts.platform.api.Violation;

/**
 * What the HTTP edge ({@link HttpEdge}) refuses before CXF's servlet sees a request under
 * {@code /api}: input CXF itself cannot read and would answer with a servlet error (a Jetty
 * HTML 500 naming Java classes) before any resource or error mapper of ours runs. A
 * {@code Content-Type} that is no media type, or names a charset Java does not know
 * ({@code charset=bogus-x}, {@code charset=}, {@code charset="utf-8;"}); a query string with
 * a broken percent escape ({@code ?%zz=1}). Everything else passes on to the resources.
 */
final class EdgeRules {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN);
    private static final Pattern PARAMETER = Pattern.compile("(" + TOKEN + ")\\s*=\\s*(" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:/+ -]{0,40}");

    private EdgeRules() {
    }

    /** A refusal: a problem document's status, title, detail and the field at fault. */
    record Refusal(int status, String title, String detail, String field) {

        Map<String, Object> body() {
            return Problems.body(status, title, detail, field == null ? List.of() : List.of(new Violation(field, detail)));
        }
    }

    /** Whether a path is the API's: {@code /api} or below it. */
    static boolean underApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** @return why CXF could not read this Content-Type; null when it can (or there is none) */
    static Refusal contentType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<String> parts = split(header);
        if (parts == null || !MEDIA_TYPE.matcher(parts.get(0).strip()).matches()) {
            return unsupported("Content-Type '" + shown(header) + "' is not a media type; send application/json");
        }
        List<String> charsets = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            String parameter = part.strip();
            if (parameter.isEmpty()) {
                continue;
            }
            var matcher = PARAMETER.matcher(parameter);
            if (!matcher.matches()) {
                return unsupported("Content-Type has a parameter that is not name=value: '" + shown(parameter) + "'");
            }
            if (matcher.group(1).toLowerCase(Locale.ROOT).equals("charset")) {
                String value = matcher.group(2);
                charsets.add(value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
        }
        // CXF reads the charset its own way too (the text after 'charset=' up to ';', quotes cut off): both must be one Java knows
        int at = header.indexOf("charset=");
        if (at >= 0) {
            String cxf = header.substring(at + "charset=".length());
            cxf = (cxf.indexOf(';') >= 0 ? cxf.substring(0, cxf.indexOf(';')) : cxf).strip();
            if (cxf.startsWith("\"")) {
                cxf = cxf.length() < 2 ? "" : cxf.substring(1, cxf.length() - 1);
            }
            charsets.add(cxf);
        }
        for (String charset : charsets) {
            if (!known(charset)) {
                return unsupported("the charset '" + shown(charset) + "' of the Content-Type is not one this server knows: send JSON as UTF-8");
            }
        }
        return null;
    }

    /**
     * @return why a path is refused: a segment that decodes to {@code .} or {@code ..}, or an
     *         encoded slash or backslash, would name another resource than it spells (and the
     *         links built from it would be wrong); null when it is plain
     */
    static Refusal path(String raw) {
        if (raw == null) {
            return null;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        boolean dots = false;
        for (String segment : lower.split("/", -1)) {
            String bare = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            String decoded = bare.replace("%2e", ".");
            if (!decoded.equals(bare) && (decoded.equals(".") || decoded.equals(".."))) {
                dots = true;
            }
        }
        if (dots || lower.contains("%2f") || lower.contains("%5c")) {
            return new Refusal(400, "Bad Request", "the path holds an encoded '.', '..', '/' or '\\' segment; write the path plainly", "uri");
        }
        return null;
    }

    /**
     * @return why a query string cannot be decoded (a '%' not followed by two hex digits) or holds
     *         an encoded control character (%00 to %1F, %7F); null when it can be read
     */
    static Refusal query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        for (String pair : raw.split("&", -1)) {
            for (int i = 0; i < pair.length(); i++) {
                if (pair.charAt(i) == '%' && (i + 2 >= pair.length() || !hex(pair.charAt(i + 1)) || !hex(pair.charAt(i + 2)))) {
                    String field = parameterName(pair);
                    return new Refusal(400, "Invalid query parameter", field + ": holds a '%' that is not followed by two hexadecimal digits;"
                            + " write a '%' as %25", field);
                }
                if (pair.charAt(i) == '%' && (pair.charAt(i + 1) == '0' || pair.charAt(i + 1) == '1' || pair.regionMatches(true, i + 1, "7f", 0, 2))) {
                    // an encoded control character: no filter, code or search text holds one (nor any record)
                    String field = parameterName(pair);
                    return new Refusal(400, "Invalid query parameter", field + ": holds the control character U+00"
                            + pair.substring(i + 1, i + 3).toUpperCase(Locale.ROOT) + ", which no record holds", field);
                }
            }
        }
        return null;
    }

    /** The name of the parameter {@code pair} sets, as a problem's field: "query" when it cannot be shown as it is. */
    private static String parameterName(String pair) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        return name.indexOf('%') < 0 && SAFE.matcher(name).matches() && !name.isEmpty() ? name : "query";
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    private static boolean known(String charset) {
        try {
            return !charset.isBlank() && Charset.isSupported(charset.strip());
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static Refusal unsupported(String detail) {
        return new Refusal(415, "Unsupported Media Type", detail, "Content-Type");
    }

    /** The header split at ';' outside quoted strings; null when a quote is left open. */
    private static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\' && i + 1 < header.length()) {
                part.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return quoted ? null : parts;
    }

    /** Client text echoed in a message: bounded, and only characters that cannot forge anything. */
    static String shown(String text) {
        String bounded = text.length() <= 40 ? text : text.substring(0, 40) + "...";
        return bounded.replaceAll("[^A-Za-z0-9._:/+=;\" -]", "?");
    }
}
