package nl.nts.platform.core.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.service.Agendas;
import nl.nts.platform.api.service.Traces;
import nl.nts.platform.api.model.AgendaBasis;
import nl.nts.platform.api.model.Change;
import nl.nts.platform.api.service.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The national action agendas, one per key technology (read-only, gathered from the plans). */
@Path("agendas")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    private final Agendas agendas;
    private final Reports reports;
    private final Traces traces;

    AgendaResource(Agendas agendas, Reports reports, Traces traces) {
        this.agendas = agendas;
        this.traces = traces;
        this.reports = reports;
    }

    @Operation(summary = "List the national action agendas",
            description = "One per key technology (owner KIA), gathered from the plans: every action advancing it, with totals of budget, public and private funding, and counts by status, ROM and horizon.")
    @GET
    @KeptUntilWrite
    public Page<Agenda> list() {
        return Page.all(agendas.list());
    }

    @Operation(summary = "Read the national action agenda of a key technology",
            description = "Every action advancing the technology, with totals of budget, public and private funding, counts by status, ROM and horizon, and results.")
    @GET
    @Path("{technology}")
    @KeptUntilWrite
    public Agenda get(@Parameter(description = ApiTexts.TECHNOLOGY) @PathParam("technology") String technology) {
        return agendas.get(technology);
    }

    /** The agenda rendered by a report format: {@code ?format=pdf&lang=nl&since=2026-01-01}; GET /api/reports lists the formats. */
    @Operation(summary = "Download a national agenda's report", description = "The national action agenda rendered by a report format a plugin contributes."
            + " Parameters: format (GET /api/reports lists the formats and the reports each renders), lang, since, disposition."
            + " A format that cannot render this report is a 422 naming format, an unknown format a 404.")
    @GET
    @Path("{technology}/report")
    public Response report(@Parameter(description = ApiTexts.TECHNOLOGY) @PathParam("technology") String technology, @javax.ws.rs.BeanParam ReportParameters parameters,
            @javax.ws.rs.core.Context javax.ws.rs.core.UriInfo uri, @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        return ReportDownload.of(reports, ReportKind.AGENDA, technology, parameters, uri, headers);
    }

    /** What the agenda rests on: the workshops whose inputs its actions answer (and its open inputs), with their ROMs and counts. */
    @Operation(summary = "Show what a national agenda rests on",
            description = "The workshops whose inputs its actions answer, newest first, each with its ROM and co-organisers, the inputs answered and the open inputs on the technology (ids);"
            + " totals of actions, inputs answered, on the technology and open, and the ROMs involved. Workshops by id, title, date and place only.")
    @GET
    @Path("{technology}/basis")
    public AgendaBasis basis(@Parameter(description = ApiTexts.TECHNOLOGY) @PathParam("technology") String technology) {
        return traces.agenda(technology);
    }

    /**
     * What changed on the agenda since a moment ({@code since}: a date, its start in Amsterdam, or an
     * ISO instant; required, not in the future): actions added, changed, moved or deleted, progress
     * and measurements recorded; newest first, a page at a time.
     */
    @Operation(summary = "List what changed on a national agenda since a moment",
            description = "The changes of the actions on the agenda now and of those deleted from it: added, edited, moved or deleted, progress updates and KPI measurements recorded or deleted." + ApiTexts.CHANGES)
    @GET
    @Path("{technology}/changes")
    public Page<Change> changes(@Parameter(description = ApiTexts.TECHNOLOGY) @PathParam("technology") String technology,
            @Parameter(description = ApiTexts.SINCE) @QueryParam("since") String since,
            @Parameter(description = ApiTexts.PAGE, schema = @Schema(type = "integer", minimum = "1")) @QueryParam("page") String page, @Parameter(description = ApiTexts.SIZE, schema = @Schema(type = "integer", minimum = "1", maximum = "200")) @QueryParam("size") String size) {
        return traces.agendaChanges(technology, Requests.since("since", since), Requests.page(page, size, null));
    }
}
