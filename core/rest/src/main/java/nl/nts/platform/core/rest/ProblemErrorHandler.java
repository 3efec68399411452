package nl.nts.platform.core.rest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers as problem documents, for what is refused before any servlet runs:
 * a request Jetty cannot parse (a bad URI such as {@code /api/%}, a malformed header, headers
 * or a URI too large: 400, 431, 414, 505), and errors no context handles. Jetty's default
 * writes HTML, and with a servlet's failure the names of Java classes.
 */
final class ProblemErrorHandler extends ErrorHandler {

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return super.badMessageError(status, reason, fields);
        }
        fields.put(HttpHeader.CONTENT_TYPE, Problems.PROBLEM_JSON.toString());
        return ByteBuffer.wrap(HttpEdge.json(badMessage(status, reason).body()));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
            String message) throws IOException {
        HttpEdge.write(response, HttpEdge.refusal(code, request.getMethod()));
        baseRequest.setHandled(true);
    }

    /** What Jetty's parser refused, in words a client can act on; Jetty's reason only where it is plainly safe. */
    static EdgeRules.Refusal badMessage(int status, String reason) {
        String title = HttpStatus.getMessage(status);
        String why = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return switch (status) {
            case 431 -> new EdgeRules.Refusal(status, title, "the request's headers are too large for this server", "headers");
            case 414 -> new EdgeRules.Refusal(status, title, "the request's URI is too long for this server", "uri");
            case 505 -> new EdgeRules.Refusal(status, title, "send HTTP/1.1 (or HTTP/1.0)", "version");
            case 413 -> new EdgeRules.Refusal(status, title, "the request's body is too large for this server", "body");
            default -> why.contains("host") ? new EdgeRules.Refusal(status, title, "the request's Host header is missing or malformed", "Host")
                    : why.contains("content-length") ? new EdgeRules.Refusal(status, title, "the request's Content-Length is not a valid length", "Content-Length")
                    : why.contains("transfer-encoding") ? new EdgeRules.Refusal(status, title, "the request's Transfer-Encoding cannot be read", "Transfer-Encoding")
                    : why.contains("header") || why.contains("character") || why.contains("field")
                            ? new EdgeRules.Refusal(status, title, "a request header is malformed (an illegal character, a line without a colon)", "headers")
                    : new EdgeRules.Refusal(status, title, "the request is not valid HTTP: its request line or its URI cannot be read"
                            + " (a '%' must be followed by two hexadecimal digits; write it as %25)", "uri");
        };
    }
}
