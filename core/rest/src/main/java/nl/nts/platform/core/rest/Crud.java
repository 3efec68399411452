package nl.nts.platform.core.rest;

import java.util.Collection;
import java.util.function.Function;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
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
    private final Function<R, Collection<String>> owners;

    /**
     * @param owners the ROMs that own a record, as stored or as submitted (empty: national;
     *               null: it names something that does not exist, which the service refuses)
     */
    Crud(String kind, RecordStore<R> store, Function<R, Long> id, Function<R, Long> version, Function<R, Collection<String>> owners) {
        this.kind = kind;
        this.store = store;
        this.id = id;
        this.version = version;
        this.owners = owners;
    }

    Response create(R body, UriInfo uri, SecurityContext security) {
        R input = Requests.required(body);
        check(security, owners.apply(input), "create this " + kind);
        R created = store.create(input, Requests.caller(security));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id.apply(created))).build())
                .tag(Requests.tag(version.apply(created))).entity(created).build();
    }

    Response get(String key) {
        R record = store.get(id(key));
        return Response.ok(record).tag(Requests.tag(version.apply(record))).build();
    }

    Response replace(String key, R body, HttpHeaders headers, SecurityContext security) {
        R input = Requests.required(body);
        long recordId = id(key);
        check(security, owners.apply(store.get(recordId)), "change " + kind + " " + recordId);
        check(security, owners.apply(input), "give " + kind + " " + recordId + " to these owners");
        R changed = Requests.basis(headers, version.apply(input))
                .apply(expected -> store.update(recordId, input, expected, Requests.caller(security)));
        return Response.ok(changed).tag(Requests.tag(version.apply(changed))).build();
    }

    Response delete(String key, HttpHeaders headers, SecurityContext security) {
        long recordId = id(key);
        check(security, owners.apply(store.get(recordId)), "delete " + kind + " " + recordId);
        Requests.delete(headers, expected -> store.delete(recordId, expected, Requests.caller(security)));
        return Response.noContent().build();
    }

    /** Refuses (403) unless the caller may change the stored record with this id; 404 when there is none. */
    void requireWrite(long recordId, SecurityContext security, String what) {
        check(security, owners.apply(store.get(recordId)), what);
    }

    private static void check(SecurityContext security, Collection<String> owners, String what) {
        if (owners != null) {
            Tenancy.requireWrite(security, owners, what);
        }
    }

    /** A path id that is not a number names no record: 404, like any unknown id. */
    long id(String key) {
        return Requests.pathId(kind, key);
    }
}
