package nl.nts.platform.core.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.service.ReferenceData;

/** The regional development agencies (read-only reference data). */
@Path("roms")
@Produces(MediaType.APPLICATION_JSON)
public class RomResource {

    private final ReferenceData referenceData;

    RomResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    public Page<Rom> list() {
        return Page.all(referenceData.roms());
    }

    @GET
    @Path("{code}")
    public Rom get(@PathParam("code") String code) {
        return referenceData.rom(code).orElseThrow(() -> new NotFoundException("ROM", code));
    }
}
