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

    @GET
    @KeptUntilWrite
    public Page<Agenda> list() {
        return Page.all(agendas.list());
    }

    @GET
    @Path("{technology}")
    @KeptUntilWrite
    public Agenda get(@PathParam("technology") String technology) {
        return agendas.get(technology);
    }

    /** The agenda rendered by a report format: {@code ?format=pdf&lang=nl&since=2026-01-01}; GET /api/reports lists the formats. */
    @GET
    @Path("{technology}/report")
    public Response report(@PathParam("technology") String technology, @javax.ws.rs.BeanParam ReportParameters parameters,
            @javax.ws.rs.core.Context javax.ws.rs.core.UriInfo uri, @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        return ReportDownload.of(reports, ReportKind.AGENDA, technology, parameters, uri, headers);
    }

    /** What the agenda rests on: the workshops whose inputs its actions answer (and its open inputs), with their ROMs and counts. */
    @GET
    @Path("{technology}/basis")
    public AgendaBasis basis(@PathParam("technology") String technology) {
        return traces.agenda(technology);
    }

    /**
     * What changed on the agenda since a moment ({@code since}: a date, its start in Amsterdam, or an
     * ISO instant; required, not in the future): actions added, changed, moved or deleted, progress
     * and measurements recorded; newest first, a page at a time.
     */
    @GET
    @Path("{technology}/changes")
    public Page<Change> changes(@PathParam("technology") String technology, @QueryParam("since") String since,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return traces.agendaChanges(technology, Requests.since("since", since), Requests.page(page, size, null));
    }
}
