package nl.nts.platform.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;

class OpenApiResourceTest {

    private static OpenAPI document() {
        return new OpenAPI().paths(new Paths()
                .addPathItem("/technologies", new PathItem().get(new Operation()))
                .addPathItem("/value-chains/{code}", new PathItem().get(new Operation()).put(new Operation()))
                .addPathItem("/inputs", new PathItem().get(new Operation()).post(new Operation()))
                .addPathItem("/inputs/{id}/transitions", new PathItem().post(new Operation()))
                .addPathItem("/session", new PathItem().get(new Operation()).post(new Operation()).delete(new Operation()))
                .addPathItem("/", new PathItem().get(new Operation())));
    }

    @Test
    void everyOperationIsTaggedByItsGroupAndEachTagIsDescribed() {
        OpenAPI api = OpenApiResource.grouped(document());
        assertEquals(List.of("inputs"), api.getPaths().get("/inputs/{id}/transitions").getPost().getTags());
        assertEquals(List.of("value-chains"), api.getPaths().get("/value-chains/{code}").getPut().getTags());
        assertEquals(List.of("api"), api.getPaths().get("/").getGet().getTags());
        assertEquals(List.of("api", "inputs", "session", "technologies", "value-chains"), api.getTags().stream().map(Tag::getName).toList());
        assertTrue(api.getTags().stream().allMatch(t -> t.getDescription() != null && !t.getDescription().isBlank()), String.valueOf(api.getTags()));
    }

    @Test
    void publicReadsAndTheLoginNeedNoSchemeAndEverythingElseKeepsTheDocumentsSchemes() {
        OpenAPI api = OpenApiResource.grouped(document());
        List<SecurityRequirement> none = List.of(new SecurityRequirement());
        assertEquals(none, api.getPaths().get("/technologies").getGet().getSecurity());
        assertEquals(none, api.getPaths().get("/value-chains/{code}").getGet().getSecurity());
        assertEquals(none, api.getPaths().get("/session").getPost().getSecurity());
        // the document's own requirements (Basic, a bearer token or the session) hold for the rest
        assertNull(api.getPaths().get("/value-chains/{code}").getPut().getSecurity());
        assertNull(api.getPaths().get("/inputs").getGet().getSecurity());
        assertNull(api.getPaths().get("/session").getDelete().getSecurity());
    }
}
