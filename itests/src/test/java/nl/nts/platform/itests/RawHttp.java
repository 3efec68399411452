package nl.nts.platform.itests;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP over a raw socket, one request per connection: what the test writes is what the server
 * reads (no client tidies an escape, a header or a method), for requests no HTTP client would send.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** A raw HTTP exchange: the status, the headers (lower-case names) and the body. */
    record Raw(int status, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + body;
        }
    }

    static Raw raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Raw raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", PlatformTest.port())) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (java.net.SocketException closed) {
                // the server may answer and close before it has read a body it refuses: read its answer
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the server may close after answering a request it refused to parse
            }
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            assertTrue("no HTTP answer: " + text, text.startsWith("HTTP/1.1 ") && end > 0);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : text.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
                }
            }
            String body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Raw(Integer.parseInt(text.substring(9, 12)), headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int line = body.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, line).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, line + 2, line + 2 + size);
            at = line + 2 + size + 2;
        }
        return out.toString();
    }


    /** What no answer of ours may hold: Java's names, or an HTML page. */
    static final Pattern JAVA = Pattern.compile("java\\.|javax\\.|org\\.apache|org\\.eclipse|nl\\.nts|\\$[A-Z]|Exception|<html|<h1|<pre",
            Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Why this answer is not a refusal of ours, or null when it is one: a server error (505 apart,
     * Jetty's answer to an HTTP version it does not speak), Java's names or HTML, no problem
     * document (title, detail, the status), or a problem that does not name {@code field} (null:
     * any field or none).
     */
    static String notOurs(Raw answer, String field) {
        if (answer.status() >= 500 && answer.status() != 505) {
            return "a server error";
        }
        if (JAVA.matcher(answer.body()).find()) {
            return "names Java or is HTML";
        }
        if (answer.status() < 400) {
            return null;
        }
        String type = answer.headers().getOrDefault("content-type", "");
        if (!type.startsWith("application/problem+json")) {
            return "not a problem document: " + type;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "not JSON";
        }
        if (!problem.path("title").isTextual() || !problem.path("detail").isTextual() || problem.path("status").asInt() != answer.status()) {
            return "no title, detail or status";
        }
        if (field != null && !field.equals(problem.path("field").asText(null))) {
            return "does not name " + field + " but " + problem.path("field").asText(null);
        }
        return null;
    }
}
