package nl.nts.platform.core.rest;

import java.util.function.Function;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.service.RecordStore;

/**
 * The create, read, replace and delete endpoints of a record kind with numeric ids, answered
 * the same way for every kind: {@code 201} with Location and ETag, ETag on every read and
 * write, If-Match or the body's version on a replace, If-Match optional on a delete.
 */
final class Crud<R> {

    private final String kind;
    private final RecordStore<R> store;
    private final Function<R, Long> id;
    private final Function<R, Long> version;
    private final Function<R, String> derivation;

    /** Who may change what is the service's to decide (403 from its SecurityException), not this class's. */
    Crud(String kind, RecordStore<R> store, Function<R, Long> id, Function<R, Long> version) {
        this(kind, store, id, version, r -> null);
    }

    /** @param derivation what of a record's answer is derived at reading, for its entity tag (see {@link Requests#tag(Long, String)}) */
    Crud(String kind, RecordStore<R> store, Function<R, Long> id, Function<R, Long> version, Function<R, String> derivation) {
        this.kind = kind;
        this.store = store;
        this.id = id;
        this.version = version;
        this.derivation = derivation;
    }

    private javax.ws.rs.core.EntityTag tag(R record) {
        return Requests.tag(version.apply(record), derivation.apply(record));
    }

    Response create(R body, UriInfo uri) {
        R created = store.create(Requests.required(body));
        return Requests.created(uri, String.valueOf(id.apply(created)))
                .tag(tag(created)).entity(created).build();
    }

    Response get(String key) {
        R record = store.get(id(key));
        return Response.ok(record).tag(tag(record)).build();
    }

    Response replace(String key, R body, HttpHeaders headers) {
        R input = Requests.required(body);
        long recordId = id(key);
        R changed = Requests.basis(headers, version.apply(input)).apply(expected -> store.update(recordId, input, expected));
        return Response.ok(changed).tag(tag(changed)).build();
    }

    Response delete(String key, HttpHeaders headers) {
        long recordId = id(key);
        Requests.delete(headers, expected -> store.delete(recordId, expected));
        return Response.noContent().build();
    }

    /** A path id that is not a number names no record: 404, like any unknown id. */
    long id(String key) {
        return Requests.pathId(kind, key);
    }
}
