package nl.nts.platform.core.rest;

import java.io.InputStream;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.core.shared.Backups;
import nl.nts.platform.core.shared.Backups.Job;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/**
 * Restores of a backup file into this platform, which must be empty, for {@code kia-operator}
 * only: {@code POST /restores} with the file as the body ({@code application/zip}) answers
 * {@code 202} with the job's address; {@code 403} to anyone else, {@code 413} for a file larger
 * than the platform takes, {@code 409} when the platform holds data. The service ({@link Backups#restore(InputStream)})
 * checks all of it, whoever calls it; this only maps its answers.
 */
@Path("restores")
@Produces(MediaType.APPLICATION_JSON)
public class RestoreResource {

    private final Backups backups;

    RestoreResource(Backups backups) {
        this.backups = backups;
    }

    /** Restores the backup file sent as the body into this platform, which must be empty. */
    @Operation(summary = "Restore a backup into this empty platform",
            description = "kia-operator only (403 for anyone else). The backup file is the body. Answers 202 with the job and its address (GET /api/restores/{id});"
            + " 409 when the platform holds data, 413 for a file larger than the platform takes.")
    @POST
    @Consumes({BackupResource.ZIP, MediaType.APPLICATION_OCTET_STREAM})
    public Response restore(@RequestBody(description = "A backup file, as GET /api/backups/{id}/file gave it", required = true, content = {
            @io.swagger.v3.oas.annotations.media.Content(mediaType = BackupResource.ZIP, schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
            InputStream body, @Context UriInfo uri) {
        Job job = backups.restore(body);
        return Requests.accepted(uri, "restores/" + job.id(), BackupResource.view(job, uri)).build();
    }

    @Operation(summary = "Follow a restore job", description = "kia-operator only. Its state, percentage, rows done of the total, tables, notes or error.")
    @GET
    @Path("{id}")
    public Map<String, Object> job(@Parameter(description = "The restore job's id") @PathParam("id") String id, @Context UriInfo uri) {
        return BackupResource.view(BackupResource.find(backups, id, "restore"), uri);
    }
}
