package nl.nts.platform.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.core.shared.Backups;

/** What the service refuses a restore with, as the problem documents REST answers. */
class ErrorMappersTest {

    private static Map<?, ?> body(Response response) {
        assertEquals(Problems.PROBLEM_JSON, response.getMediaType());
        return (Map<?, ?>) response.getEntity();
    }

    @Test
    void anUploadTooLargeIs413NamingTheBody() {
        Response response = new ErrorMappers.Domain().toResponse(new Backups.UploadTooLarge(1024));
        assertEquals(413, response.getStatus());
        assertEquals("body", body(response).get("field"));
        assertTrue(String.valueOf(body(response).get("detail")).contains("1024 bytes"), body(response).toString());
    }

    @Test
    void aPlatformHoldingDataIs409AndACallerWhoMayNotIs403() {
        assertEquals(409, new ErrorMappers.Domain().toResponse(new ConflictException("database", "the platform holds data (3 rows)")).getStatus());
        Response refused = new ErrorMappers.Forbidden().toResponse(new SecurityException("user bom may not restore a backup"));
        assertEquals(403, refused.getStatus());
        assertEquals("user bom may not restore a backup", body(refused).get("detail"));
    }
}
