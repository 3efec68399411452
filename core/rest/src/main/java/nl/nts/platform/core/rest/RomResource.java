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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** The regional development agencies (read-only reference data). */
@Path("roms")
@Produces(MediaType.APPLICATION_JSON)
public class RomResource {

    private final ReferenceData referenceData;

    RomResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Operation(summary = "List the nine ROMs",
            description = "Each ROM with its code, name and regions (per province: province, nuts2 (2024 revision), nuts2In2021, iso3166_2). Public: no login needed.")
    @GET
    public Page<Rom> list() {
        return Page.all(referenceData.roms());
    }

    @Operation(summary = "Read a ROM", description = "Public: no login needed.")
    @GET
    @Path("{code}")
    public Rom get(@Parameter(description = ApiTexts.ROM + "; an unknown code is a 404") @PathParam("code") String code) {
        return referenceData.rom(code).orElseThrow(() -> new NotFoundException("ROM", code));
    }
}
