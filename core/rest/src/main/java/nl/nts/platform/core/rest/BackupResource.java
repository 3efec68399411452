package nl.nts.platform.core.rest;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.core.shared.Backups;
import nl.nts.platform.core.shared.Backups.Job;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * Backups of the whole platform and restores into an empty one, as jobs with a status, for
 * {@code kia-operator} only. {@code POST /backups} answers {@code 202} with the job's address;
 * once it is {@code DONE}, {@code GET /backups/{id}/file} downloads it (the job's {@code download}).
 * Both links are paths, as every link of the API ({@link Requests#link}). Restores: {@link RestoreResource}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("backups")
public class BackupResource {

    static final String ZIP = "application/zip";

    private final Backups backups;

    BackupResource(Backups backups) {
        this.backups = backups;
    }

    @Operation(summary = "Start a backup of the whole platform",
            description = "kia-operator only (403 for anyone else). Answers 202 with the job and its address; follow it with GET /api/backups/{id}; once DONE, its download link gives the file.")
    @POST
    public Response backup(@Context UriInfo uri) {
        Job job = backups.backup(null);
        return Requests.accepted(uri, "backups/" + job.id(), view(job, uri)).build();
    }

    @Operation(summary = "List the backup jobs",
            description = "kia-operator only. Each with its state, percentage, rows, tables, size, who started it, when, and the download link once DONE.")
    @GET
    public Page<Map<String, Object>> jobs(@Context UriInfo uri) {
        return Page.all(backups.jobs().stream().map(j -> view(j, uri)).toList());
    }

    @Operation(summary = "Follow a backup job",
            description = "kia-operator only. Its state, percentage, rows done of the total, notes or error, and the download link once DONE.")
    @GET
    @Path("{id}")
    public Map<String, Object> job(@Parameter(description = "The backup job's id") @PathParam("id") String id, @Context UriInfo uri) {
        return view(find(backups, id, "backup"), uri);
    }

    /** The backup file, once the job is done. */
    @Operation(summary = "Download a finished backup",
            description = "kia-operator only. The backup as application/zip, as an attachment; 409 naming state while the job is not DONE, 404 when its file is gone.")
    @GET
    @Path("{id}/file")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    public Response file(@Parameter(description = "The backup job's id") @PathParam("id") String id) {
        Job job = find(backups, id, "backup");
        if (!Job.DONE.equals(job.state())) {
            throw new ConflictException("state", "backup " + job.id() + " is " + job.state() + (job.error() == null ? "" : ": " + job.error())
                    + "; its file is there once it is DONE");
        }
        java.nio.file.Path file = java.nio.file.Path.of(job.file());
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("backup file", file.getFileName().toString());
        }
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, ZIP).header("Content-Length", job.bytes())
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"").build();
    }

    static Job find(Backups backups, String id, String kind) {
        try {
            Job job = backups.job(Long.parseLong(id));
            if (!job.kind().equals(kind)) {
                throw new NotFoundException(kind, id);
            }
            return job;
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind, id.length() <= 40 ? id : id.substring(0, 40));
        }
    }

    static Map<String, Object> view(Job job, UriInfo uri) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("kind", job.kind());
        view.put("state", job.state());
        view.put("percent", job.percent());
        view.put("rows", job.rows());
        view.put("total", job.total());
        view.put("by", job.by());
        view.put("started", job.started());
        view.put("finished", job.finished());
        view.put("file", java.nio.file.Path.of(job.file()).getFileName().toString());
        view.put("bytes", job.bytes());
        view.put("tables", job.tables());
        view.put("notes", job.notes());
        view.put("error", job.error());
        if ("backup".equals(job.kind()) && Job.DONE.equals(job.state())) {
            view.put("download", Requests.link(uri, "backups/" + job.id() + "/file"));
        }
        return view;
    }
}
