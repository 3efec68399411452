package nl.nts.platform.core.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Sends the web application's files with headers that keep the page to itself: scripts and
 * styles only from this origin (no inline script, so injected markup cannot run), no framing
 * by other sites, no guessing of types, and a revalidation on every load (an updated bundle is
 * seen at once).
 */
final class WebFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private final transient WebFiles files;

    WebFilesServlet(WebFiles files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() != null ? request.getPathInfo() : request.getServletPath();
        secure(response);
        Optional<WebFiles.File> file = files.find(path);
        if (file.isEmpty()) {
            response.setStatus(404);
            response.setContentType("text/html; charset=utf-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Niet gevonden / Not found</title></head>"
                    + "<body><h1>Niet gevonden / Not found</h1><p><a href=\"/\">nts-platform</a></p></body></html>");
            return;
        }
        String etag = file.get().etag();
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(file.get().type());
        try (InputStream in = file.get().url().openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        secure(response);
        response.setHeader("Allow", "GET, HEAD");
        response.sendError(405);
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
