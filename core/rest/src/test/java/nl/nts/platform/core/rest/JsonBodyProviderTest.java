package nl.nts.platform.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.ValueChain;

class JsonBodyProviderTest {

    private final JsonBodyProvider provider = new JsonBodyProvider();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(String json) throws Exception {
        return provider.readFrom((Class) ValueChain.class, ValueChain.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(String json) {
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> read(json));
        assertEquals(400, e.getResponse().getStatus());
        assertEquals("application/problem+json", e.getResponse().getMediaType().toString());
        return (Map<String, Object>) e.getResponse().getEntity();
    }

    @Test
    void readsAValueChain() throws Exception {
        ValueChain chain = (ValueChain) read("{\"code\":\"VC99\",\"name\":\"Photonics\",\"technologies\":[\"NTS01\"],\"roms\":[]}");
        assertEquals(new ValueChain("VC99", "Photonics", null, List.of("NTS01"), List.of(), List.of(), null, null), chain);
    }

    @Test
    void malformedJsonSaysWhere() {
        Map<String, Object> body = problem("{\"code\": \"VC99\",\n \"name\": }");
        assertEquals("Malformed JSON", body.get("title"));
        assertEquals("the request body is not valid JSON (line 2, column 10)", body.get("detail"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        Map<String, Object> body = problem("{\"code\":\"VC99\",\"colour\":\"red\"}");
        assertEquals("colour", body.get("field"));
        assertEquals("colour is not a field of this resource", body.get("detail"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPosition() {
        assertEquals("technologies", problem("{\"technologies\":\"NTS01\"}").get("field"));
        assertEquals("technologies[1]", problem("{\"technologies\":[\"NTS01\", {\"a\":1}]}").get("field"));
        assertEquals("version", problem("{\"version\":\"latest\"}").get("field"));
    }

    @Test
    void aNullInAListReachesTheRules() throws Exception {
        ValueChain chain = (ValueChain) read("{\"technologies\":[\"NTS01\", null]}");
        assertEquals(java.util.Arrays.asList("NTS01", null), chain.technologies());
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() throws Exception {
        Map<String, Object> body = problemFor(nl.nts.platform.api.model.Organisation.class, "{\"kind\":\"UNICORN\"}");
        assertEquals("kind", body.get("field"));
        assertEquals("kind 'UNICORN' is not one of [SME, START_UP, SCALE_UP, LARGE_COMPANY, KNOWLEDGE_INSTITUTION, GOVERNMENT, INVESTOR, INTERMEDIARY]",
                body.get("detail"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<String, Object> problemFor(Class<?> type, String json) {
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> provider.readFrom((Class) type, type,
                new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals(400, e.getResponse().getStatus());
        return (Map<String, Object>) e.getResponse().getEntity();
    }

    @Test
    void trailingGarbageIsRefused() {
        assertEquals("Malformed JSON", problem("{\"code\":\"VC99\"} x").get("title"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object readAs(Class<?> type, String json) throws Exception {
        return provider.readFrom((Class) type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Numbers short as text and endless as values are refused as they are read, naming the field. */
    @Test
    void decimalsOutOfRangeAreRefusedAtOnceNamingTheField() throws Exception {
        for (String number : List.of("1e100000000", "-1E+999999999", "1e30", "1234567890123456789", "0.00000000001", "1e-100000000",
                "\"1e100000000\"", "1" + "0".repeat(70))) {
            long start = System.nanoTime();
            WebApplicationException e = assertThrows(WebApplicationException.class,
                    () -> readAs(nl.nts.platform.api.model.Action.class, "{\"budget\":{\"total\":" + number + "}}"), number);
            assertEquals(400, e.getResponse().getStatus(), number);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) e.getResponse().getEntity();
            assertEquals("budget.total", body.get("field"), number);
            assertTrue(String.valueOf(body.get("detail")).contains("out of range"), number + ": " + body.get("detail"));
            assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(2), number + " took too long");
        }
        nl.nts.platform.api.model.Action fine = (nl.nts.platform.api.model.Action) readAs(nl.nts.platform.api.model.Action.class,
                "{\"budget\":{\"total\":250000.50,\"publicFunding\":1E+5,\"privateFunding\":\"150000.50\"}}");
        assertEquals(0, new java.math.BigDecimal("250000.50").compareTo(fine.budget().total()));
        assertEquals(0, new java.math.BigDecimal("100000").compareTo(fine.budget().publicFunding()));
    }

    /** A control character other than tab and line breaks is no text: refused as it is read, naming the field. */
    @Test
    void textWithAControlCharacterIsRefusedNamingTheField() throws Exception {
        for (String text : List.of("\\u0000", "x\\u0000y", "\\u0001", "\\u001f", "a\\u000bb", "\\u001b[31m")) {
            WebApplicationException e = assertThrows(WebApplicationException.class,
                    () -> readAs(nl.nts.platform.api.model.Workshop.class, "{\"place\":\"" + text + "\"}"), text);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) e.getResponse().getEntity();
            assertEquals("place", body.get("field"), text);
            assertTrue(String.valueOf(body.get("detail")).contains("U+00"), text);
        }
        nl.nts.platform.api.model.Workshop fine = (nl.nts.platform.api.model.Workshop) readAs(nl.nts.platform.api.model.Workshop.class,
                "{\"place\":\"Eindhoven\\tNoord\\r\\nZuid\"}");
        assertEquals("Eindhoven\tNoord\r\nZuid", fine.place());
    }

    /** A lone surrogate is no text: refused as it is read, wherever it stands, naming the field. */
    @Test
    void textWithALoneSurrogateIsRefusedNamingTheField() throws Exception {
        for (String text : List.of("x\\ud800", "\\udc00", "a\\ud800b", "\\udfff\\ud800")) {
            WebApplicationException e = assertThrows(WebApplicationException.class,
                    () -> readAs(nl.nts.platform.api.model.Workshop.class, "{\"place\":\"" + text + "\"}"), text);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) e.getResponse().getEntity();
            assertEquals("place", body.get("field"), text);
        }
        nl.nts.platform.api.model.Workshop fine = (nl.nts.platform.api.model.Workshop) readAs(nl.nts.platform.api.model.Workshop.class,
                "{\"place\":\"Eindhoven \\ud83d\\ude80\"}");
        assertEquals("Eindhoven \ud83d\ude80", fine.place());
    }

    /** A value of the wrong type is described in JSON's words, never by a Java type's name. */
    @Test
    void wrongTypesAreNamedInJsonsWords() {
        for (String json : List.of("{\"budget\":{\"total\":\"lots\"}}", "{\"owner\":\"ACME\"}", "{\"partners\":7}", "{\"kpis\":[1]}",
                "{\"start\":true}")) {
            WebApplicationException e = assertThrows(WebApplicationException.class, () -> readAs(nl.nts.platform.api.model.Action.class, json));
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) e.getResponse().getEntity();
            String detail = String.valueOf(body.get("detail"));
            assertFalse(detail.contains("java.") || detail.contains("nl.nts") || detail.contains("$"), json + ": " + detail);
        }
    }

    /** A body in another charset than JSON's UTF-8, or a made-up one, is the client's mistake: 415 naming Content-Type. */
    @Test
    void aCharsetOtherThanUtf8IsRefusedAsTheClientsMistake() {
        for (String charset : List.of("bogus", "ISO-8859-1", "utf-16", "x\u0000y", "")) {
            MediaType type = new MediaType("application", "json", java.util.Map.of("charset", charset));
            WebApplicationException e = assertThrows(WebApplicationException.class, () -> provider.readFrom((Class) nl.nts.platform.api.model.Workshop.class,
                    nl.nts.platform.api.model.Workshop.class, new Annotation[0], type, new MultivaluedHashMap<>(),
                    new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))), charset);
            assertEquals(415, e.getResponse().getStatus(), charset);
        }
    }
}
