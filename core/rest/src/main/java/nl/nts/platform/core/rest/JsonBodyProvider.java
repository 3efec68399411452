package nl.nts.platform.core.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.AuditEntry;

/**
 * JSON in and out. Strict on input: an unknown field, a string where a list belongs, or text
 * that is not JSON at all is answered with 400 and a problem body naming the field, never with
 * a stack trace.
 */
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
@Consumes(MediaType.APPLICATION_JSON)
final class JsonBodyProvider extends JacksonJsonProvider {

    private final ObjectMapper mapper;

    JsonBodyProvider() {
        this(mapper());
    }

    private JsonBodyProvider(ObjectMapper mapper) {
        super(mapper);
        this.mapper = mapper;
    }

    /** The mapper bodies are written with, for those that write a body ahead (a kept answer). */
    ObjectMapper json() {
        return mapper;
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .registerModule(new JavaTimeModule())
                .registerModule(BoundedInput.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(AuditEntry.class, AuditEntryJson.class);
    }

    /** An audit entry's before and after are JSON documents already: written as they are, not as strings. */
    abstract static class AuditEntryJson {
        @JsonRawValue
        abstract String before();

        @JsonRawValue
        abstract String after();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !"UTF-8".equalsIgnoreCase(charset.strip()) && !"utf8".equalsIgnoreCase(charset.strip())) {
            // JSON is UTF-8 (RFC 8259); anything else named here is a client's mistake, not a server error
            throw new WebApplicationException(Response.fromResponse(Problems.of(415, "Unsupported Media Type",
                    "the request body's charset '" + charset.strip().replaceAll("[^\\p{Alnum}._-]", "?") + "' is not supported: send JSON as UTF-8",
                    List.of(new Violation("Content-Type", "charset must be UTF-8")))).type(Problems.PROBLEM_JSON).build());
        }
        try {
            return super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
        } catch (JsonParseException e) {
            throw new WebApplicationException(Problems.of(400, "Malformed JSON",
                    "the request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (JsonMappingException e) {
            String field = path(e);
            String message = e instanceof BoundedInput.OutOfRange
                    ? e.getOriginalMessage()
                    : e instanceof UnrecognizedPropertyException
                    ? "is not a field of this resource"
                    : e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                            ? "'" + invalid.getValue() + "' is not one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                            : "has the wrong type: " + expected(e);
            throw new WebApplicationException(Problems.of(400, "Invalid request body",
                    field.isEmpty() ? "the request body has the wrong shape: " + message : field + " " + message,
                    List.of(new Violation(field.isEmpty() ? "body" : field, message))));
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(Problems.of(400, "Invalid request body", "the request body cannot be read as JSON"));
        }
    }

    /** What a field needs, in the words of JSON, never a Java type's name. */
    static String expected(JsonMappingException e) {
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "it cannot be read as what this field holds";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class || target == Short.class) {
            return "it must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "it must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "it must be true or false";
        }
        if (target == String.class) {
            return "it must be a text";
        }
        if (target == java.time.LocalDate.class) {
            return "it must be a date such as 2026-05-07";
        }
        if (target == java.time.Instant.class) {
            return "it must be an instant such as 2026-05-07T09:00:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "it must be a list";
        }
        if (java.util.Map.class.isAssignableFrom(target)) {
            return "it must be an object of names and texts";
        }
        return "it must be an object";
    }

    /** The JSON path of the offending value, as a client wrote it: {@code technologies[1]}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
