package nl.nts.platform.core.rest;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.Violation;

/**
 * What every resource reads from a request the same way: paging parameters, the version a
 * write is based on (If-Match or the body's {@code version}), and who is asking.
 */
final class Requests {

    /**
     * The start of the {@code q} parameter's description on the lists searched by the word index
     * (organisations, actions, inputs); the list adds the fields it searches.
     */
    static final String WORD_SEARCH = "Words to find, matched against the start of the record's words (case and accents ignored:"
            + " 'photon' finds 'Photonics', 'ecole' finds 'École'; not inside a word: 'tonic' does not find 'Photonics');"
            + " with several words, a record has all of them. Searched: ";


    private Requests() {
    }

    /** Query parameters arrive as text so that a bad one is a 400 naming it, not a 404. */
    /** One page of a list a service answers whole (short lists: tokens, people), from the {@code page} and {@code size} parameters. */
    static <T> nl.nts.platform.api.Page<T> page(List<T> all, String page, String size) {
        PageRequest request = page(page, size, null);
        int from = Math.min(request.offset(), all.size());
        return new nl.nts.platform.api.Page<>(all.subList(from, Math.min(from + request.size(), all.size())), all.size(), request.page(), request.size());
    }

    static PageRequest page(String page, String size, String sort) {
        return new PageRequest(integer("page", page, 1), integer("size", size, PageRequest.DEFAULT_SIZE), sort);
    }

    static int integer(String parameter, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw badParameter(parameter, "'" + abbreviate(value) + "' is not a whole number");
        }
    }

    /** A yes-or-no parameter: {@code true} or {@code false} (case ignored), absent is false; anything else a 400 naming it. */
    static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw badParameter(parameter, "'" + abbreviate(value) + "' is neither true nor false");
    }

    static Long id(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw badParameter(parameter, "'" + abbreviate(value) + "' is not an id");
        }
    }

    static java.time.LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw badParameter(parameter, "'" + abbreviate(value) + "' is not a date (YYYY-MM-DD)");
        }
        inYears(parameter, value, date.getYear());
        return date;
    }

    /** @throws WebApplicationException (400) when the year is outside the years the platform plans */
    private static void inYears(String parameter, String value, int year) {
        if (year < nl.nts.platform.core.shared.Codes.FIRST_YEAR || year > nl.nts.platform.core.shared.Codes.LAST_YEAR) {
            throw badParameter(parameter, "'" + abbreviate(value) + "' is out of range: a year from " + nl.nts.platform.core.shared.Codes.FIRST_YEAR + " to "
                    + nl.nts.platform.core.shared.Codes.LAST_YEAR);
        }
    }

    /** An ISO instant ({@code 2025-10-16T17:00:00Z}) or a date, meaning its start in UTC. */
    static java.time.Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            java.time.OffsetDateTime at = text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)
                    : java.time.OffsetDateTime.parse(text);
            inYears(parameter, value, at.getYear());
            return at.toInstant();
        } catch (java.time.DateTimeException e) {
            throw badParameter(parameter, "'" + abbreviate(value) + "' is not a date (YYYY-MM-DD) or an instant (2025-10-16T17:00:00Z)");
        }
    }

    /**
     * A moment for "since": a date (its start in Amsterdam) or an ISO instant; absent is null (the
     * service says whether it is required).
     */
    static java.time.Instant since(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return nl.nts.platform.core.shared.Moments.parse(value)
                .orElseThrow(() -> badParameter(parameter, "'" + abbreviate(value) + "' is not " + nl.nts.platform.core.shared.Moments.FORMS
                        + ", in the years " + nl.nts.platform.core.shared.Codes.FIRST_YEAR + " to " + nl.nts.platform.core.shared.Codes.LAST_YEAR));
    }

    static <E extends Enum<E>> E enumeration(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw badParameter(parameter, "'" + abbreviate(value) + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A request body that must be there: an empty one is a 400 naming {@code body}. */
    static <T> T required(T body) {
        if (body == null) {
            throw new WebApplicationException(Problems.of(400, "Invalid request body", "the request body is empty; send the record as a JSON object",
                    List.of(new Violation("body", "is required"))));
        }
        return body;
    }

    static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static WebApplicationException badParameter(String parameter, String message) {
        return new WebApplicationException(Problems.of(400, "Invalid query parameter", parameter + ": " + message,
                List.of(new Violation(parameter, message))));
    }

    /**
     * The version a change is based on: the If-Match header, or else the body's
     * {@code version}. A change based on no version would overwrite blindly, so it is refused
     * with 428.
     */
    static Basis basis(HttpHeaders headers, Long bodyVersion) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank()) {
            long version = parseEntityTag(ifMatch);
            if (bodyVersion != null && bodyVersion != version) {
                throw new WebApplicationException(Problems.of(400, "Invalid request", "If-Match says version " + version
                        + " but the body says version " + bodyVersion, List.of(new Violation("version", "disagrees with If-Match"))));
            }
            return new Basis(version, true);
        }
        if (bodyVersion != null) {
            return new Basis(bodyVersion, false);
        }
        throw new WebApplicationException(Problems.of(428, "Precondition required",
                "send the version you read, as the body's version or in an If-Match header, so that nobody's change is overwritten",
                List.of(new Violation("version", "is required"))));
    }

    /**
     * Runs a delete based on the If-Match version when the client sent one (a stale one
     * becomes 412), or on no version (null) when it did not: a delete overwrites nobody's work.
     */
    static void delete(HttpHeaders headers, java.util.function.Consumer<Long> delete) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            delete.accept(null);
        } else {
            new Basis(parseEntityTag(ifMatch), true).apply(version -> {
                delete.accept(version);
                return null;
            });
        }
    }

    private static long parseEntityTag(String header) {
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        // a record whose answer also derives from the clock carries "version-derivation": the version decides
        int derived = tag.indexOf('-');
        try {
            return Long.parseLong(derived > 0 ? tag.substring(0, derived) : tag);
        } catch (NumberFormatException e) {
            throw new WebApplicationException(Problems.of(400, "Invalid request", "If-Match must be an entity tag this API gave out, such as \"3\"",
                    List.of(new Violation("If-Match", "'" + abbreviate(header) + "' is not an entity tag of this API"))));
        }
    }

    /** The entity tag of a record: its version. */
    static EntityTag tag(Long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The entity tag of a record part of whose answer is derived at the moment of reading (a
     * funding call's status, from its dates and the clock): {@code "version-derivation"}, so that a
     * cached copy goes stale when the derivation changes although the version did not. If-Match
     * takes such a tag by its version.
     */
    static EntityTag tag(Long version, String derivation) {
        return derivation == null ? tag(version) : new EntityTag(version + "-" + derivation);
    }

    /** A path id that is not a number names no record: 404, like any unknown id. */
    static long pathId(String kind, String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new nl.nts.platform.api.NotFoundException(kind, abbreviate(key));
        }
    }

    /**
     * 201 Created with the new record's address as a path ({@code /api/organisations/12}): an
     * absolute URL would be built from the request's Host header, which is the client's to
     * write, and a forged one would travel on in every Location. (A relative reference is what
     * RFC 9110 allows there, and what clients resolve against the URL they asked.)
     */
    static Response.ResponseBuilder created(javax.ws.rs.core.UriInfo uri, String id) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, uri.getAbsolutePathBuilder().path(id).build().getRawPath());
    }

    /** 202 Accepted for a job, with its address as a path ({@link #link}), for the reason {@link #created} gives. */
    static Response.ResponseBuilder accepted(javax.ws.rs.core.UriInfo uri, String job, Object entity) {
        return Response.accepted(entity).header(HttpHeaders.LOCATION, link(uri, job));
    }

    /** A path below {@code /api} as a link: {@code connectors/runs/7} gives {@code /api/connectors/runs/7}. */
    static String link(javax.ws.rs.core.UriInfo uri, String below) {
        return uri.getBaseUriBuilder().path(below).build().getRawPath();
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /**
     * The version a write is based on.
     *
     * @param fromIfMatch true when it came as If-Match, whose failure HTTP answers with 412
     */
    record Basis(long version, boolean fromIfMatch) {

        /** Runs a write; a stale If-Match becomes 412 Precondition Failed. */
        <T> T apply(java.util.function.LongFunction<T> write) {
            try {
                return write.apply(version);
            } catch (ConflictException e) {
                if (fromIfMatch && "version".equals(e.field())) {
                    throw new WebApplicationException(Problems.of(412, "Precondition failed", e.getMessage(),
                            List.of(new Violation("If-Match", e.getMessage()))));
                }
                throw e;
            }
        }
    }

    static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Long version) {
        return version == null ? response : response.tag(tag(version));
    }
}
