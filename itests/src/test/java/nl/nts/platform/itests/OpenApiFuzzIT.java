package nl.nts.platform.itests;

import static nl.nts.platform.itests.RawHttp.raw;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nts.platform.itests.RawHttp.Raw;

/**
 * Every operation the OpenAPI document lists, attacked as the operator (who may do the most, so
 * that the most code runs): each path parameter, query parameter and body field in turn replaced
 * by values that are too large, too long, of the wrong type, badly encoded or out of range, the
 * rest of the request left valid (bodies start from a real record of the sample data), and bodies
 * that are no JSON a record could be. No answer may be a server error, an HTML page or name Java;
 * every refusal is a problem document of ours, and one that refuses a body field names a field.
 * Runs on H2 and, in the PostgreSQL pass, on PostgreSQL, whose columns refuse what H2's accept.
 *
 * <p>What is attacked comes from the document, so a new operation is attacked the day it is
 * documented. Deletes and other writes are only sent with a broken part: nothing valid is
 * deleted, and the operator's own account is never the one whose login fails.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiFuzzIT extends PlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATOR = "Basic " + Base64.getEncoder().encodeToString((Api.USER + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern VERSION = Pattern.compile("\"version\":\\d+");
    private static final String LONG = "a".repeat(100_000);

    /** Path segments that name nothing, or not the way a path should. */
    private static final List<String> BAD_PATH = List.of("abc", "-1", "0", "1e3", "99999999999999999999", "%00", "%ff", "%ED%A0%80",
            "%F0%9F%98%80", "%20", "a".repeat(3_000), "..%2f..", "%", "1;x=y");
    /** Query values: numbers that overflow, dates out of range, escapes that are no escapes. */
    private static final List<String> BAD_QUERY = List.of("", "%", "%zz", "abc", "-1", "0", "2147483647", "-2147483648", "99999999999999999999",
            "1e30", "%00", "%ED%A0%80", "+99999-01-01", "2026-02-30", "2026-01-01T00:00:00%2B18:30", "9999-12-31T23:59:59Z", "a".repeat(5_000), "x,y,");
    /** Raw JSON for any field, whatever its type. */
    private static final List<String> ANY = List.of("null", "\"x\"", "[]", "{}", "true", "-1", "1e30", "1e100000000");
    /** Raw JSON for a number field. */
    private static final List<String> NUMBERS = List.of("2147483648", "9223372036854775808", "-9223372036854775809", "-1e30", "1.00000000000000000001",
            "0.5", "-0", "\"1\"", "1E400");
    /** Raw JSON for a text field. */
    private static final List<String> TEXTS = List.of("\"\"", "\"   \"", "\"x\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"" + LONG + "\"",
            "\"\\u202e\\u2028\\t\\n\"", "\"2026-02-30\"", "\"+99999-01-01\"", "\"9999-12-31T23:59:59Z\"", "\"0000-01-01\"", "\"<script>x</script>\"", "\"%s%n\"");
    /** Raw JSON for a list field. */
    private static final List<String> LISTS = List.of("[null]", "[\"x\"]", "[{}]", "[[]]", "[" + "1,".repeat(20_000) + "1]", "[1e30]", "\"x\"");
    /** Raw JSON for a field that holds an object. */
    private static final List<String> OBJECTS = List.of("{\"unknown\":1}", "[]", "\"x\"", "{\"\":null}");
    /** Bodies that no record could be. */
    private static final List<String> BODIES = List.of("", "{", "[]", "null", "\"x\"", "1", "{}", "{\"a\":1,\"a\":2}", "[".repeat(100_000),
            "{\"x\":\"" + "a".repeat(3_000_000) + "\"}", "\ufeff{}", "{\"x\":1}}");

    /** One request of the attack, what it changed, and the field a refusal must name (null: any or none). */
    record Attack(String what, String method, String target, String body, boolean namesAField) {
    }

    @Test
    public void everyDocumentedOperationRefusesStrangeInputWithAProblemOfOurs() throws Exception {
        JsonNode document = api.get("/openapi.json").json();
        JsonNode schemas = document.path("components").path("schemas");
        Map<String, List<String>> failures = new TreeMap<>();
        int sent = 0;
        int operations = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String verb = method.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb)) {
                    continue;
                }
                operations++;
                String version = null;
                for (Attack attack : attacks(verb, path.getKey(), method.getValue(), schemas)) {
                    sent++;
                    if (version != null && attack.body() != null) {
                        // a replace that was taken raised the version: the next ones start from it
                        attack = new Attack(attack.what(), verb, attack.target(), VERSION.matcher(attack.body()).replaceFirst("\"version\":" + version),
                                attack.namesAField());
                    }
                    Raw answer = send(attack);
                    statuses.merge(answer.status() / 100 * 100, 1, Integer::sum);
                    if (verb.equals("PUT") && answer.status() / 100 == 2) {
                        Api.Answer now = api.get(attack.target().substring("/api".length()));
                        version = now.status() == 200 ? now.json().path("version").asText(null) : null;
                    }
                    String fault = RawHttp.notOurs(answer, null);
                    if (fault == null && attack.namesAField() && (answer.status() == 400 || answer.status() == 422)
                            && answer.body().indexOf("\"field\"") < 0) {
                        fault = "a refusal of a body field that names no field";
                    }
                    if (fault != null) {
                        failures.computeIfAbsent(verb + " " + path.getKey(), k -> new ArrayList<>())
                                .add(attack.what() + ": " + fault + " -- " + abbreviate(answer.toString()));
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        int failed = 0;
        for (Map.Entry<String, List<String>> operation : failures.entrySet()) {
            failed += operation.getValue().size();
            report.append('\n').append(operation.getKey()).append(" (").append(operation.getValue().size()).append("):");
            operation.getValue().stream().limit(8).forEach(line -> report.append("\n  ").append(line));
        }
        System.out.println("OpenApiFuzzIT: " + sent + " requests over " + operations + " operations, by status class " + statuses + ", " + failed + " not answered as ours");
        assertTrue(operations > 50);
        assertTrue(failed + " of " + sent + " requests over " + operations + " operations got an answer not of ours:" + report, failures.isEmpty());
        // and the platform still serves, its audit trail readable to the last page
        assertEquals(200, api.get("/organisations?size=1").status());
        Api.Answer trail = api.get("/audit?size=200");
        assertEquals(trail.body(), 200, trail.status());
        trail.json();
    }

    /** The requests that attack one operation. */
    private List<Attack> attacks(String verb, String template, JsonNode operation, JsonNode schemas) throws Exception {
        List<Attack> attacks = new ArrayList<>();
        Map<String, String> valid = new LinkedHashMap<>();
        Matcher names = PARAMETER.matcher(template);
        while (names.find()) {
            valid.put(names.group(1), validPathValue(template, names.group(1)));
        }
        String target = fill(template, valid);
        // each path parameter in turn broken, the others valid
        for (String name : valid.keySet()) {
            for (String bad : BAD_PATH) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(name, bad);
                attacks.add(new Attack("path " + name + "=" + abbreviate(bad), verb, fill(template, values), bodyOf(verb, operation), false));
            }
        }
        boolean safe = verb.equals("GET");
        boolean pathValid = !valid.containsValue(null);
        if (!pathValid) {
            return attacks;
        }
        // each query parameter in turn broken (reads only: a write with a valid path might succeed)
        if (safe) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    for (String bad : BAD_QUERY) {
                        attacks.add(new Attack("query " + parameter.path("name").asText() + "=" + abbreviate(bad), verb,
                                target + "?" + parameter.path("name").asText() + "=" + bad, null, false));
                    }
                }
            }
        }
        // bodies: each field of a valid body in turn broken, and bodies no record could be
        if (operation.has("requestBody")) {
            for (String body : BODIES) {
                attacks.add(new Attack("body " + abbreviate(body), verb, target, body, false));
            }
            JsonNode base = baseBody(verb, template, target, operation, schemas);
            if (base != null) {
                for (Map.Entry<String, List<String>> field : mutations(base, "").entrySet()) {
                    for (String bad : field.getValue()) {
                        attacks.add(new Attack("field " + field.getKey() + "=" + abbreviate(bad), verb, target, replaced(base, field.getKey(), bad), true));
                    }
                }
            }
        }
        return attacks;
    }

    private static String bodyOf(String verb, JsonNode operation) {
        return operation.has("requestBody") || verb.equals("POST") || verb.equals("PUT") ? "{}" : null;
    }

    /**
     * A valid value for a path parameter, from the sample data: the first record of the collection
     * the path names, by the parameter's name or its id or code. Null where no valid value may be
     * used (a run, a job, a configuration), or none is to be had.
     */
    private String validPathValue(String template, String name) throws Exception {
        String collection = template.substring(0, template.indexOf("{" + name + "}"));
        collection = collection.endsWith("/") ? collection.substring(0, collection.length() - 1) : collection;
        if (name.equals("rom")) {
            return "BOM";
        }
        if (name.equals("file")) {
            return "index.html";
        }
        if (collection.contains("{")) {
            return null;
        }
        Api.Answer answer = api.get(collection);
        if (answer.status() != 200) {
            return null;
        }
        JsonNode items = answer.json().has("items") ? answer.json().path("items") : answer.json();
        if (!items.isArray() || items.isEmpty()) {
            return null;
        }
        JsonNode first = items.get(0);
        for (String field : List.of(name, "id", "code")) {
            if (first.has(field) && first.get(field).isValueNode()) {
                return first.get(field).asText();
            }
        }
        return null;
    }

    /**
     * A body for the operation that is valid or nearly so, for its fields to be broken one at a
     * time: the record itself for a replace, a record of the collection without its id, version
     * and stamp for a create, else one built from the schema. Null for operations that must not
     * be sent a valid body (the operator's login, a restore).
     */
    private JsonNode baseBody(String verb, String template, String target, JsonNode operation, JsonNode schemas) throws Exception {
        if (template.equals("/session")) {
            ObjectNode login = JsonNodeFactory.instance.objectNode();
            login.put("user", "fuzz-nobody");
            login.put("password", "not-the-password");
            return login;
        }
        if (verb.equals("PUT") && !template.contains("/configuration/")) {
            Api.Answer record = api.get(target);
            if (record.status() == 200 && record.json().isObject()) {
                return record.json();
            }
        }
        if (verb.equals("POST") && !template.contains("{")) {
            Api.Answer collection = api.get(template + "?size=1");
            if (collection.status() == 200 && collection.json().path("items").path(0).isObject()) {
                ObjectNode record = (ObjectNode) collection.json().path("items").path(0).deepCopy();
                record.remove(List.of("id", "version", "stamp"));
                return record;
            }
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : example(schema, schemas, 0);
    }

    /** A value of the schema's shape: every property present, lists of one, the first of an enum. */
    private static JsonNode example(JsonNode schema, JsonNode schemas, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return depth > 4 ? nodes.nullNode() : example(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), schemas, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText("object")) {
        case "integer":
            return nodes.numberNode(1);
        case "number":
            return nodes.numberNode(1.5);
        case "boolean":
            return nodes.booleanNode(true);
        case "string":
            return nodes.textNode(switch (schema.path("format").asText()) {
            case "date" -> "2026-06-01";
            case "date-time" -> "2026-06-01T10:00:00Z";
            default -> "fuzz";
            });
        case "array":
            ArrayNode list = nodes.arrayNode();
            list.add(example(schema.path("items"), schemas, depth + 1));
            return list;
        default:
            ObjectNode object = nodes.objectNode();
            schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), schemas, depth + 1)));
            return object;
        }
    }

    /** For every field of the body (by its JSON pointer), the raw JSON values to put there. */
    private static Map<String, List<String>> mutations(JsonNode node, String pointer) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!pointer.isEmpty()) {
            List<String> values = new ArrayList<>(ANY);
            if (node.isNumber()) {
                values.addAll(NUMBERS);
            } else if (node.isTextual() || node.isNull()) {
                values.addAll(TEXTS);
            } else if (node.isArray()) {
                values.addAll(LISTS);
            } else if (node.isObject()) {
                values.addAll(OBJECTS);
            }
            out.put(pointer, values);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> out.putAll(mutations(f.getValue(), pointer + "/" + f.getKey())));
        } else if (node.isArray() && !node.isEmpty()) {
            out.putAll(mutations(node.get(0), pointer + "/0"));
        }
        return out;
    }

    /** The body with the field at {@code pointer} replaced by raw JSON (which may be no valid JSON text of Java's). */
    private static String replaced(JsonNode base, String pointer, String raw) {
        String marker = "\u0001fuzz\u0001";
        JsonNode copy = base.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String key = pointer.substring(cut + 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(key), JsonNodeFactory.instance.textNode(marker));
        } else {
            ((ObjectNode) parent).put(key, marker);
        }
        try {
            return JSON.writeValueAsString(copy).replace("\"\\u0001fuzz\\u0001\"", raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String target = "/api" + template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue() == null ? "1" : value.getValue());
        }
        return target;
    }

    private static Raw send(Attack attack) throws IOException {
        StringBuilder request = new StringBuilder();
        request.append(attack.method()).append(' ').append(attack.target()).append(" HTTP/1.1\r\nHost: localhost\r\nAuthorization: ").append(OPERATOR)
                .append("\r\nConnection: close\r\n");
        byte[] body = attack.body() == null ? new byte[0] : attack.body().getBytes(StandardCharsets.UTF_8);
        if (attack.body() != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        request.append("\r\n");
        byte[] head = request.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return raw(whole);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...(" + text.length() + ")";
    }
}
