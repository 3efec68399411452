package nl.nts.platform.core.rest;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nts.platform.core.shared.Changes;

/**
 * Conditional GETs for every JSON answer, and kept answers for the national picture.
 * <ul>
 * <li>Every GET answered 200 with JSON carries an {@code ETag}: a record's version where the
 * resource gave one, else a digest of the body. A request whose {@code If-None-Match} names it is
 * answered {@code 304 Not Modified} without a body.</li>
 * <li>The answers of methods marked {@link KeptUntilWrite} are kept, by path and query, with the
 * {@link Changes#mark() mark} of the writes read before they were made, and served again while
 * the mark stays the same: a write that commits, on this node or another sharing the database,
 * changes the mark, and the next read makes the answer anew. At most {@value #MOST_KEPT}
 * answers are kept, for paths and queries up to {@value #LONGEST_KEY} characters.</li>
 * </ul>
 */
@Priority(Priorities.HEADER_DECORATOR)
final class ConditionalAnswers implements ContainerRequestFilter, ContainerResponseFilter {

    static final int MOST_KEPT = 512;
    static final int LONGEST_KEY = 512;

    private static final String KEY = ConditionalAnswers.class.getName() + ".key";
    private static final String MARK = ConditionalAnswers.class.getName() + ".mark";

    private record Kept(String mark, byte[] body, EntityTag tag) {
    }

    @Context
    private ResourceInfo resource;

    private final Changes changes;
    private final ObjectMapper json;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    ConditionalAnswers(Changes changes, ObjectMapper json) {
        this.changes = changes;
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || !keptUntilWrite()) {
            return;
        }
        String key = key(request);
        if (key == null) {
            return;
        }
        String mark = changes.mark();
        Kept answer = kept.get(key);
        if (answer != null && answer.mark().equals(mark)) {
            request.abortWith(matches(request, answer.tag())
                    ? Response.notModified(answer.tag()).build()
                    : Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE).tag(answer.tag()).build());
            return;
        }
        request.setProperty(KEY, key);
        request.setProperty(MARK, mark);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Object entity = response.getEntity();
        if (entity instanceof byte[] || entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof Reader
                || entity instanceof File || entity instanceof CharSequence || !json(response.getMediaType())) {
            // a download or a body written already (a kept one): its tag, if any, stays as it is
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            // the body writer will meet the same and answer for it
            return;
        }
        EntityTag tag = response.getEntityTag() != null ? response.getEntityTag() : digest(body);
        if (request.getProperty(KEY) instanceof String key && request.getProperty(MARK) instanceof String mark) {
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            kept.put(key, new Kept(mark, body, tag));
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request, tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private boolean keptUntilWrite() {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && method.isAnnotationPresent(KeptUntilWrite.class);
    }

    private static String key(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        return key.length() > LONGEST_KEY ? null : key;
    }

    private static boolean json(MediaType type) {
        return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Whether If-None-Match names the tag (or is {@code *}); weak comparison, as RFC 9110 asks for GET. */
    private static boolean matches(ContainerRequestContext request, EntityTag tag) {
        List<String> headers = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (headers == null) {
            return false;
        }
        for (String header : headers) {
            for (String candidate : header.split(",")) {
                String value = candidate.strip();
                if (value.equals("*")) {
                    return true;
                }
                if (value.startsWith("W/")) {
                    value = value.substring(2);
                }
                if (value.equals("\"" + tag.getValue() + "\"")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static EntityTag digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
