package nl.nts.platform.core.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.PersonalDataCopy;
import nl.nts.platform.api.model.PersonalDataErasure;
import nl.nts.platform.api.model.PersonalDataField;
import nl.nts.platform.api.model.RetentionRun;
import nl.nts.platform.api.service.PersonQuery;
import nl.nts.platform.api.service.PersonalData;
import nl.nts.platform.core.shared.PersonalDataPage;

/**
 * The personal data the platform keeps (AVG): the places and why ({@code GET
 * /api/personal-data/fields}), and a copy of what it holds about one person ({@code POST
 * /api/personal-data/copies}, as JSON or, for {@code Accept: text/html}, as a page to read).
 * The person is named in the body, never in the address, so that no access log keeps it.
 */
@Path("personal-data")
public class PersonalDataResource {

    private final PersonalData data;

    PersonalDataResource(PersonalData data) {
        this.data = data;
    }

    @Operation(summary = "List where personal data is kept, and why", description = "Every place the platform keeps personal data, with what it holds, its purpose, its legal basis"
            + " (AVG/GDPR) and how long it is kept as configured now (etc/nl.nts.platform.personaldata.cfg).")
    @GET
    @Path("fields")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<PersonalDataField> fields() {
        return Page.all(data.fields());
    }

    /** A copy of everything held about the person the body names: {@code {"name": ..., "email": ..., "user": ...}}, at least one. */
    @Operation(summary = "Make a copy of what is held about one person", description = "The right of access: every record and audit entry that holds the person's name, e-mail address (matched whole, case ignored) or user name, with the values it holds of theirs."
            + " JSON, or a page to read with Accept: text/html. kia-operator searches everything, rom-admin:<ROM> their ROM's workshops, inputs and audit entries; 403 for others."
            + " 422 naming name when no one is named. The copy is recorded in the audit trail under a pseudonym.")
    @POST
    @Path("copies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public Response copy(PersonQuery person, @Context HttpHeaders headers) {
        PersonalDataCopy copy = data.copy(person == null ? new PersonQuery(null, null, null) : person);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        boolean html = !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.TEXT_HTML_TYPE) && !accepted.get(0).isWildcardType();
        if (html) {
            return Response.ok(PersonalDataPage.html(copy, data.fields()), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).cacheControl(noStore)
                    .header("Content-Disposition", "attachment; filename=\"personal-data.html\"").build();
        }
        return Response.ok(copy, MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore).build();
    }

    /** Erases the person the body names, in every place and in the audit trail's copies; operators only. */
    @Operation(summary = "Erase a person's data", description = "The right to erasure: the person's name and user name become a pseudonym, their e-mail address, a participant's role"
            + " and a public-page contact are removed, in every place GET /api/personal-data/fields lists and in the audit trail's copies of records; the records and entries"
            + " stay. The trail records the erasure under the pseudonym. 200 with what was changed, place by place. kia-operator only (403); 422 naming name when no one is named."
            + " An account of the realm is not removed: DELETE /api/people/{name} first.")
    @POST
    @Path("erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PersonalDataErasure erase(PersonQuery person) {
        return data.erase(person == null ? new PersonQuery(null, null, null) : person);
    }

    /** Erases what is older than its retention period, now, or counts it ({@code dryRun=true}); operators only. */
    @Operation(summary = "Run the personal data's retention now", description = "Erases, as an erasure does, what has been kept longer than its retention period"
            + " (etc/nl.nts.platform.personaldata.cfg): participants' e-mail addresses, their names (a pseudonym), public-page contacts; from the records and the audit"
            + " trail's copies of them. dryRun=true counts what is due and erases nothing. 201 with the run's report (kinds, periods, counts, record ids: no personal data)"
            + " at its address. The platform also runs it every runEveryHours on its own. kia-operator only (403); 400 naming dryRun when it is neither true nor false.")
    @POST
    @Path("retention-runs")
    @Produces(MediaType.APPLICATION_JSON)
    public Response retain(@Parameter(description = "true to count what is due and erase nothing; absent or false to erase it",
            schema = @Schema(type = "boolean")) @QueryParam("dryRun") String dryRun, @Context UriInfo uri) {
        RetentionRun run = data.retain(Requests.flag("dryRun", dryRun));
        return Requests.created(uri, String.valueOf(run.id())).entity(run).build();
    }

    @Operation(summary = "List the retention runs", description = "The retention runs so far, newest first, each with its report. kia-operator only (403).")
    @GET
    @Path("retention-runs")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<RetentionRun> retentionRuns(@Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page,
            @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return data.retentionRuns(Requests.page(page, size, null));
    }

    @Operation(summary = "Read one retention run", description = "A retention run and its report. kia-operator only (403); 404 when there is no such run.")
    @GET
    @Path("retention-runs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RetentionRun retentionRun(@Parameter(description = "The run's number") @PathParam("id") String id) {
        Long run = Requests.id("id", id);
        if (run == null) {
            throw Requests.badParameter("id", "give the run's number");
        }
        return data.retentionRun(run);
    }
}
