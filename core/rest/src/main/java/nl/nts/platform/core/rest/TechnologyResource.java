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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** The NTS key technologies (read-only reference data). */
@Path("technologies")
@Produces(MediaType.APPLICATION_JSON)
public class TechnologyResource {

    private final ReferenceData referenceData;

    TechnologyResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Operation(summary = "List the ten NTS key technologies", description = "Each with its code (NTS01 to NTS10), nameEn and nameNl. Public: no login needed.")
    @GET
    public Page<KeyTechnology> list() {
        return Page.all(referenceData.technologies());
    }

    @Operation(summary = "Read a key technology", description = "Public: no login needed.")
    @GET
    @Path("{code}")
    public KeyTechnology get(@Parameter(description = ApiTexts.TECHNOLOGY + "; an unknown code is a 404") @PathParam("code") String code) {
        return referenceData.technology(code).orElseThrow(() -> new NotFoundException("key technology", code));
    }
}
