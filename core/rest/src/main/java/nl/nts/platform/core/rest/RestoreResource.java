package nl.nts.platform.core.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
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

/**
 * Restores of a backup file into this platform, which must be empty, for {@code kia-operator}
 * only: {@code POST /restores} with the file as the body ({@code application/zip}) answers
 * {@code 202} with the job's address, or {@code 409} when the platform holds data.
 */
@Path("restores")
@Produces(MediaType.APPLICATION_JSON)
public class RestoreResource {

    private final Backups backups;
    private final java.nio.file.Path uploads;

    /** @param uploads where an uploaded file waits for its restore, which deletes it */
    RestoreResource(Backups backups, java.nio.file.Path uploads) {
        this.backups = backups;
        this.uploads = uploads;
    }

    /** Restores the backup file sent as the body into this platform, which must be empty. */
    @POST
    @Consumes({BackupResource.ZIP, MediaType.APPLICATION_OCTET_STREAM})
    public Response restore(InputStream body, @Context UriInfo uri) throws IOException {
        backups.jobs(); // only an operator gets past this, before a byte is stored
        Files.createDirectories(uploads);
        java.nio.file.Path file = Files.createTempFile(uploads, "restore-", ".zip");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            Job job = backups.restore(file, true);
            return Requests.accepted(uri, "restores/" + job.id(), BackupResource.view(job, uri)).build();
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @GET
    @Path("{id}")
    public Map<String, Object> job(@PathParam("id") String id, @Context UriInfo uri) {
        return BackupResource.view(BackupResource.find(backups, id, "restore"), uri);
    }
}
