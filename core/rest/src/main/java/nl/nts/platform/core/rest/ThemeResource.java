package nl.nts.platform.core.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.model.Theme;
import nl.nts.platform.api.service.ReferenceData;
import io.swagger.v3.oas.annotations.Operation;

/** The themes of input from the field (read-only reference data). */
@Path("themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    private final ReferenceData referenceData;

    ThemeResource(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Operation(summary = "List the themes of input from the field",
            description = "Talent, capital, infrastructure, ...: the theme codes an input names. Public: no login needed.")
    @GET
    public Page<Theme> list() {
        return Page.all(referenceData.themes());
    }
}
