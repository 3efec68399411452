package nl.nts.platform.core.web;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The web application's files, in this bundle under {@code web/}: only names of the form
 * {@code name.ext} (or a folder of such names) with a known type, so nothing else of the bundle
 * (classes, the manifest) can be asked for.
 */
final class WebFiles {

    /** A file to send. */
    record File(URL url, String type, String etag) {
    }

    private static final Pattern NAME = Pattern.compile("(?:[a-z0-9][a-z0-9-]*/)*[a-z0-9][a-z0-9.-]*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json");

    private final Function<String, URL> entries;
    private final long version;

    WebFiles(Function<String, URL> entries, long version) {
        this.entries = entries;
        this.version = version;
    }

    /** @param path the request's path below {@code /}, e.g. {@code /app.js}; {@code /} or empty for the page */
    Optional<File> find(String path) {
        String name = path == null || path.isEmpty() || path.equals("/") ? "index.html" : path.substring(path.startsWith("/") ? 1 : 0);
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        URL url = type == null ? null : entries.apply("web/" + name);
        return url == null ? Optional.empty() : Optional.of(new File(url, type, "\"" + Long.toHexString(version) + "-" + Integer.toHexString(name.hashCode()) + "\""));
    }
}
