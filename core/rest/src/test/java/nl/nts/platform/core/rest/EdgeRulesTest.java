package nl.nts.platform.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdgeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/json;charset=utf-8", "application/json; charset=\"utf-8\"",
            "application/json; charset=ISO-8859-1", "application/json;;;", "application/json; charset = utf-8", "application/problem+json",
            "text/plain", "application/json; boundary=\"a;b\"", "application/json; CHARSET=utf-16"})
    void whatCxfCanReadPasses(String header) {
        assertNull(EdgeRules.contentType(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=bogus-x", "application/json; charset=", "application/json; charset=\"utf-8;\"",
            "application/json; Charset=BOGUS", "application/json; charset=\"\"", "application/json; charset=\"", "garbage", "/", "application/",
            "application/json; x", "application/json; =x", "application/json; charset=utf-8; charset=nope", "application/json; charset=utf 8",
            "application/json; charset=\u00e9t\u00e9", "application/json; charset=\"utf-8", "appli cation/json", "application/json; charset=utf-8\u0000"})
    void whatCxfOrJavaCannotReadIsA415NamingContentType(String header) {
        EdgeRules.Refusal refusal = EdgeRules.contentType(header);
        assertNotNull(refusal, header);
        assertEquals(415, refusal.status());
        assertEquals("Content-Type", refusal.field());
        assertFalse(refusal.detail().matches(".*[\\p{Cntrl}\u00e9].*"), refusal.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "page=1", "q=caf%C3%A9", "q=a+b", "q=%25", "a=1&b=2&&c", "q=%2F", "q=%20x", "q=%E2%82%AC", "q=%80"})
    void aDecodableQueryPasses(String query) {
        assertNull(EdgeRules.query(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%zz=1", "page=%", "page=%2", "q=%G1", "size=%%", "%=1", "a=1&q=%x1", "q=%\u00e91"})
    void aBrokenEscapeIsA400(String query) {
        EdgeRules.Refusal refusal = EdgeRules.query(query);
        assertNotNull(refusal, query);
        assertEquals(400, refusal.status());
    }

    /** An encoded control character is no filter value: 400 naming the parameter, before any database sees it (PostgreSQL refuses U+0000). */
    @ParameterizedTest
    @ValueSource(strings = {"rom=%00", "rom=BOM%00", "rom=%0a", "rom=%1F", "rom=%7f", "rom=%09x", "size=1&rom=a%0D%0Ab"})
    void anEncodedControlCharacterIsA400NamingItsParameter(String query) {
        EdgeRules.Refusal refusal = EdgeRules.query(query);
        assertNotNull(refusal, query);
        assertEquals(400, refusal.status());
        assertEquals("rom", refusal.field(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=%", "page=%zz&size=1"})
    void aBrokenEscapeNamesItsParameter(String query) {
        assertEquals("page", EdgeRules.query(query).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/organisations/%2e%2e", "/api/organisations/%2E", "/api/a%2fb", "/api/a%5Cb", "/api/x/.%2e/tokens", "/api/x/%2e%2e;p=1"})
    void anEncodedDotSegmentOrSlashIsA400(String path) {
        assertEquals(400, EdgeRules.path(path).status(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/organisations/12", "/api/plugins/report-csv", "/api/docs/swagger-ui.css", "/api/a%20b", "/api/x..y"})
    void aPlainPathPasses(String path) {
        assertNull(EdgeRules.path(path), path);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 413, 414, 431, 505})
    void jettysBadMessagesBecomeProblemsNamingWhatIsWrong(int status) {
        for (String reason : new String[] {null, "Bad Request", "No Host", "Illegal character LF=\\n", "java.lang.IllegalArgumentException: x",
                "Invalid Content-Length Value", "Unknown Version", "URI Too Long"}) {
            EdgeRules.Refusal refusal = ProblemErrorHandler.badMessage(status, reason);
            assertEquals(status, refusal.status());
            assertNotNull(refusal.field());
            assertFalse(refusal.detail().contains("java") || refusal.detail().contains("Exception"), refusal.detail());
        }
        assertEquals("Host", ProblemErrorHandler.badMessage(400, "No Host").field());
        assertEquals("Content-Length", ProblemErrorHandler.badMessage(400, "Invalid Content-Length Value").field());
    }
}
