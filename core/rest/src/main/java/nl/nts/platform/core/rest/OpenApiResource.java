package nl.nts.platform.core.rest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of the whole API, generated from the
 * JAX-RS resources themselves (so it cannot drift from the code), once, on first request.
 */
@Path("openapi.json")
public class OpenApiResource {

    private final Set<Class<?>> resources;
    private final String version;
    private volatile byte[] document;

    OpenApiResource(List<Object> resources, String version) {
        this.resources = new LinkedHashSet<>();
        resources.forEach(r -> this.resources.add(r.getClass()));
        this.resources.add(OpenApiResource.class);
        this.version = version;
    }

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String SESSION = "session";

    /** What each group of paths (the first segment) holds, for the document's tags. */
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("technologies", "The ten NTS key technologies (public)"),
            Map.entry("roms", "The nine regional development agencies and their provinces (public)"),
            Map.entry("themes", "Themes of input from the field (public)"),
            Map.entry("value-chains", "Cross-regional value chains, their segments and resilience (reading is public)"),
            Map.entry("organisations", "Companies, knowledge institutions and others in the chains"),
            Map.entry("workshops", "Workshops a ROM organises, with participants"),
            Map.entry("inputs", "Input brought in at workshops, through its ROM's workflow"),
            Map.entry("public", "The ROMs' public input pages, for people without an account (public, rate-limited per address)"),
            Map.entry("plans", "Reinforcement plans, their overview and report"),
            Map.entry("actions", "Actions of plans: status, progress, KPI measurements"),
            Map.entry("agendas", "National action agendas per key technology"),
            Map.entry("funding-calls", "Funding calls"),
            Map.entry("consortia", "Consortia answering funding calls"),
            Map.entry("workflows", "Each ROM's workflows and the records held after a change"),
            Map.entry("reports", "Report formats the installed plugins contribute"),
            Map.entry("plugins", "Plugins: installed, available, configuration"),
            Map.entry("plugin-repositories", "Feature repositories of ROMs' plugins, within what the operator allows"),
            Map.entry("connectors", "Connectors and their runs"),
            Map.entry("audit", "The audit trail"),
            Map.entry("personal-data", "Personal data (AVG/GDPR): where it is kept and why, and a copy of what is held about one person"),
            Map.entry("tokens", "API tokens"),
            Map.entry("people", "The people who log in: their roles and passwords, in the realm's account store"),
            Map.entry("session", "The web application's login, session and logout"),
            Map.entry("backups", "Backups of the platform's state"),
            Map.entry("restores", "Restoring a backup into the platform"),
            Map.entry("openapi.json", "This document (public)"),
            Map.entry("docs", "The API's browsable page (public)"));

    /**
     * Each operation tagged by its path's first segment (so the page groups the API), the tags described, and the
     * public reads marked as needing no login (the rest needs one of the security schemes).
     */
    static OpenAPI grouped(OpenAPI api) {
        Map<String, Tag> tags = new TreeMap<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> {
                String first = path.replaceFirst("^/", "").split("/", 2)[0];
                String tag = first.isEmpty() ? "api" : first;
                tags.computeIfAbsent(tag, name -> new Tag().name(name).description(TAGS.getOrDefault(name, name.equals("api") ? "The API's index and description" : null)));
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
                    Operation op = operation.getValue();
                    if (op.getTags() == null || op.getTags().isEmpty()) {
                        op.setTags(List.of(tag));
                    }
                    if (op.getSummary() != null) {
                        // readable (and unique, as the summaries are) where the generator numbers the methods' names: get_5
                        op.setOperationId(operationId(op.getSummary()));
                    }
                    boolean read = operation.getKey() == PathItem.HttpMethod.GET || operation.getKey() == PathItem.HttpMethod.HEAD;
                    if ((read && Authentication.PUBLIC.contains(first)) || first.equals(Authentication.ANONYMOUS) || (first.equals("session") && operation.getKey() == PathItem.HttpMethod.POST)) {
                        // an empty requirement: no login needed
                        op.setSecurity(List.of(new SecurityRequirement()));
                    }
                }
            });
        }
        api.setTags(List.copyOf(tags.values()));
        return api;
    }

    /** An operation's id from its summary: "Take a workflow step for an input" is {@code takeAWorkflowStepForAnInput}. */
    static String operationId(String summary) {
        StringBuilder id = new StringBuilder();
        for (String word : java.text.Normalizer.normalize(summary, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(id.length() == 0 ? word.substring(0, 1).toLowerCase(java.util.Locale.ROOT) : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT))
                        .append(word.substring(1));
            }
        }
        return id.toString();
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Read the OpenAPI document of the API",
            description = "OpenAPI 3, generated from the resources themselves: operations grouped by tag, the security schemes basic, bearer (an API token) and session. Public: no login needed.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        byte[] json = document;
        if (json == null) {
            json = generate();
            document = json;
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private byte[] generate() {
        return Json.pretty(document(resources, version)).getBytes(StandardCharsets.UTF_8);
    }

    /** The document of these resources, as {@code GET /api/openapi.json} serves it. */
    static OpenAPI document(Set<Class<?>> resources, String version) {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("nts-platform API").version(version)
                        .description("The national core of nts-platform: key technologies, ROMs, value chains, organisations, workshops,"
                                + " inputs, reinforcement plans and actions, national agendas, funding calls and consortia."
                                + " Errors are application/problem+json naming the field; writes need the version read"
                                + " (If-Match or the body's version)."))
                .servers(List.of(new Server().url("/api")));
        base.components(new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of the platform's realm (etc/users.properties, LDAP, ...). The login lock applies: 429 with Retry-After while an account is locked."))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token (POST /api/tokens), acting for its user with at most that user's roles."))
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("NTS_SESSION")
                        .description("The web application's session (POST /api/session); every write with it also carries X-CSRF-Token.")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)));
        // the generator reads annotations through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Reader.class.getClassLoader());
        try {
            return grouped(new Reader(new SwaggerConfiguration().openAPI(base)).read(resources));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
