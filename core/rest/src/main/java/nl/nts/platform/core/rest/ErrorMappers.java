package nl.nts.platform.core.rest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.NtsException;
import nl.nts.platform.api.PluginException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.core.shared.Backups;

import java.util.List;

/**
 * Turns every exception that leaves a resource into a problem document. A client never sees
 * a stack trace; an unexpected failure is logged with an incident id the answer names.
 */
final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static List<Object> all() {
        return List.of(new Domain(), new Http(), new Forbidden(), new Unexpected());
    }

    static final class Domain implements ExceptionMapper<NtsException> {
        @Override
        public Response toResponse(NtsException e) {
            if (e instanceof NotFoundException nf) {
                return Problems.of(404, "Not found", nf.getMessage());
            }
            if (e instanceof ConflictException c) {
                return Problems.of(409, "Conflict", c.getMessage(), List.of(new Violation(c.field(), c.getMessage())));
            }
            if (e instanceof ValidationException v) {
                return Problems.of(422, "Invalid data", v.getMessage(), v.violations());
            }
            if (e instanceof Backups.UploadTooLarge) {
                return Problems.of(413, "Payload Too Large", e.getMessage(), List.of(new Violation("body", e.getMessage())));
            }
            if (e instanceof PluginException p) {
                return p.timedOut() ? Problems.of(504, "Plugin timed out", p.getMessage())
                        : Problems.of(500, "Plugin failed", p.getMessage());
            }
            return Problems.of(400, "Bad request", e.getMessage());
        }
    }

    static final class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response response = e.getResponse();
            if (response != null && response.hasEntity()) {
                return response; // already a problem document (see JsonBodyProvider)
            }
            int status = response == null ? 500 : response.getStatus();
            if (status >= 500) {
                return new Unexpected().toResponse(e);
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "HTTP " + status : type.getReasonPhrase();
            Response.ResponseBuilder problem = Response.fromResponse(status == 415
                    ? Problems.of(status, title, detail(status), List.of(new Violation("Content-Type", "must be " + MediaType.APPLICATION_JSON)))
                    : Problems.of(status, title, detail(status)));
            if (status == 405 && response.getHeaderString("Allow") != null) {
                problem.header("Allow", response.getHeaderString("Allow"));
            }
            return problem.type(Problems.PROBLEM_JSON).build();
        }

        private static String detail(int status) {
            return switch (status) {
                case 404 -> "no resource at this address; GET /api lists what there is";
                case 405 -> "this resource does not support that method";
                case 406 -> "this resource answers in " + MediaType.APPLICATION_JSON + " only";
                case 415 -> "send the request body as " + MediaType.APPLICATION_JSON;
                default -> "the request cannot be served";
            };
        }
    }

    /** A caller without the role an operation needs. */
    static final class Forbidden implements ExceptionMapper<SecurityException> {
        @Override
        public Response toResponse(SecurityException e) {
            LOG.info(() -> "Refused: " + e.getMessage());
            return Problems.of(403, "Forbidden", e.getMessage());
        }
    }

    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Request failed, incident " + incident, e);
            return Problems.of(500, "Internal error",
                    "the request failed on the server; the log holds the cause under incident " + incident);
        }
    }
}
