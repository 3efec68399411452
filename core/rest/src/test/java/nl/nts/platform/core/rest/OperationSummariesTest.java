package nl.nts.platform.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * Every operation of the document {@code GET /api/openapi.json} serves says in its summary what it does, in words of its
 * own, so that {@code /api/docs} reads as a list of things one can do.
 */
class OperationSummariesTest {


    private static Map<String, String> summaries;
    private static Map<String, String> ids;

    /** The document of every JAX-RS resource of this bundle, found among its classes so that a new one cannot be missed. */
    @BeforeAll
    static void generate() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = classes.resolve(OpenApiResource.class.getPackageName().replace('.', '/'));
        Set<Class<?>> resources = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.map(Path::getFileName).sorted().toList()) {
                String name = file.toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(OpenApiResource.class.getPackageName() + "." + name.substring(0, name.length() - ".class".length()));
                    if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        assertTrue(resources.size() > 20, "the resources were not found in " + folder + ": " + resources);
        OpenAPI api = OpenApiResource.document(resources, "0.0.0");
        summaries = new TreeMap<>();
        ids = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            summaries.put(method + " " + path, operation.getSummary());
            ids.put(method + " " + path, operation.getOperationId());
        }));
    }

    @Test
    void everyOperationHasASummary() {
        Set<String> missing = summaries.entrySet().stream().filter(e -> blank(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "operations without a summary (@Operation(summary = ...) on the method)");
    }

    @Test
    void noTwoOperationsShareASummary() {
        Map<String, List<String>> bySummary = summaries.entrySet().stream().filter(e -> !blank(e.getValue()))
                .collect(Collectors.groupingBy(e -> e.getValue().strip().toLowerCase(java.util.Locale.ROOT), TreeMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        bySummary.values().removeIf(operations -> operations.size() < 2);
        assertEquals(Map.of(), bySummary, "summaries shared by several operations: say what sets each apart");
    }

    /** An operation with a summary is named after it (deep links of /api/docs, generated clients); the ids stay unique. */
    @Test
    void operationIdsAreTheSummariesInOneWord() {
        assertEquals("takeAWorkflowStepForAnInput", OpenApiResource.operationId("Take a workflow step for an input"));
        assertEquals("readOneROMSIdsAndBusiness", OpenApiResource.operationId("Read one ROM's ids – and business"));
        summaries.forEach((operation, summary) -> {
            if (!blank(summary)) {
                assertEquals(OpenApiResource.operationId(summary), ids.get(operation), operation);
            }
        });
        assertEquals(ids.size(), new java.util.HashSet<>(ids.values()).size(), "operation ids are unique: " + ids);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
