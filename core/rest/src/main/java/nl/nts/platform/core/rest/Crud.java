package nl.nts.platform.core.rest;

import java.util.function.Function;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.NotFoundException;
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

    Crud(String kind, RecordStore<R> store, Function<R, Long> id, Function<R, Long> version) {
        this.kind = kind;
        this.store = store;
        this.id = id;
        this.version = version;
    }

    Response create(R body, UriInfo uri, SecurityContext security) {
        R created = store.create(ValueChainResource.required(body), Requests.caller(security));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id.apply(created))).build())
                .tag(Requests.tag(version.apply(created))).entity(created).build();
    }

    Response get(String key) {
        R record = store.get(id(key));
        return Response.ok(record).tag(Requests.tag(version.apply(record))).build();
    }

    Response replace(String key, R body, HttpHeaders headers, SecurityContext security) {
        R input = ValueChainResource.required(body);
        long recordId = id(key);
        R changed = Requests.basis(headers, version.apply(input))
                .apply(expected -> store.update(recordId, input, expected, Requests.caller(security)));
        return Response.ok(changed).tag(Requests.tag(version.apply(changed))).build();
    }

    Response delete(String key, HttpHeaders headers, SecurityContext security) {
        long recordId = id(key);
        Requests.delete(headers, expected -> store.delete(recordId, expected, Requests.caller(security)));
        return Response.noContent().build();
    }

    /** A path id that is not a number names no record: 404, like any unknown id. */
    long id(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, key.length() <= 40 ? key : key.substring(0, 40) + "...");
        }
    }
}
