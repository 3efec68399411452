package nl.nts.platform.core.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.service.ReferenceData;

/** The NTS key technologies (read-only reference data). */
@Path("technologies")
@Produces(MediaType.APPLICATION_JSON)
public class TechnologyResource {

    private final ReferenceData referenceData;

    TechnologyResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GET
    public Page<KeyTechnology> list() {
        return Page.all(referenceData.technologies());
    }

    @GET
    @Path("{code}")
    public KeyTechnology get(@PathParam("code") String code) {
        return referenceData.technology(code).orElseThrow(() -> new NotFoundException("key technology", code));
    }
}
