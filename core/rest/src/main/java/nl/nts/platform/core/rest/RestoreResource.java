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
    @POST
    @Consumes({BackupResource.ZIP, MediaType.APPLICATION_OCTET_STREAM})
    public Response restore(InputStream body, @Context UriInfo uri) {
        Job job = backups.restore(body);
        return Requests.accepted(uri, "restores/" + job.id(), BackupResource.view(job, uri)).build();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> job(@PathParam("id") String id, @Context UriInfo uri) {
        return BackupResource.view(BackupResource.find(backups, id, "restore"), uri);
    }
}
