package nl.nts.platform.core.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.service.Agendas;

/** The national action agendas, one per key technology (read-only, gathered from the plans). */
@Path("agendas")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    private final Agendas agendas;

    AgendaResource(Agendas agendas) {
        this.agendas = agendas;
    }

    @GET
    public Page<Agenda> list() {
        return Page.all(agendas.list());
    }

    @GET
    @Path("{technology}")
    public Agenda get(@PathParam("technology") String technology) {
        return agendas.get(technology);
    }
}
