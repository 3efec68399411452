package nl.nts.platform.plugins.connectorcordis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.model.EuProject;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.SourcePage;
import nl.nts.platform.api.service.ReferenceData;

/**
 * The participants of EU projects, from CORDIS's open data file organization.csv (one row per
 * organisation per project): each organisation once, keyed by its CORDIS organisationID, with its
 * EU projects and its role in each (what funding-call matching reads as EU project experience).
 * With CORDIS's project.csv configured too, each project also carries its title, framework
 * programme and dates. A Dutch participant's province follows from its NUTS-3 code (either NUTS
 * revision). Active only once a file is configured in
 * {@code etc/nl.nts.platform.connector.cordis.cfg}.
 */
@Component(configurationPid = "nl.nts.platform.connector.cordis", configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {PluginProperties.PLUGIN_ID + "=connector-cordis", Connector.ID + "=cordis-organisations", Connector.SYSTEM + "=cordis"})
@Designate(ocd = CordisOrganisations.Config.class)
public class CordisOrganisations implements OrganisationSource {

    @ObjectClassDefinition(name = "CORDIS participants connector")
    public @interface Config {
        @AttributeDefinition(description = "Path of CORDIS's organization.csv (downloaded from the EU open data portal)")
        String organisationFile();

        @AttributeDefinition(required = false, description = "Path of CORDIS's project.csv of the same programme: the projects' titles,"
                + " framework programme and dates (without it a project has its id, acronym and the organisation's role only)")
        String projectFile() default "";
    }

    static final String SYSTEM = "cordis";

    private final Path file;
    private final Path projectFile;
    private final Map<String, String> provinceByNuts2 = new LinkedHashMap<>();

    /** project.csv's columns a project keeps (the file has many more, its objectives among them). */
    private static final List<String> PROJECT_COLUMNS = List.of("acronym", "title", "frameworkProgramme", "startDate", "endDate");

    /** The organisations as last parsed, and the files' sizes and modification times they were parsed from. */
    private record Parsed(List<Object> files, List<Organisation> organisations) {
    }

    private Parsed parsed;

    @Activate
    public CordisOrganisations(@Reference ReferenceData referenceData, Config config) {
        this.file = Path.of(config.organisationFile());
        this.projectFile = config.projectFile() == null || config.projectFile().isBlank() ? null : Path.of(config.projectFile().strip());
        for (Rom rom : referenceData.roms()) {
            for (Region region : rom.regions()) {
                provinceByNuts2.put(region.nuts2(), region.province());
                provinceByNuts2.put(region.nuts2In2021(), region.province());
            }
        }
    }

    @Override
    public String name() {
        return "CORDIS participants (" + file.getFileName() + ")";
    }

    /** The cursor is the index of the first organisation of the page. */
    @Override
    public SourcePage<Organisation> read(String cursor, int pageSize) throws IOException {
        List<Organisation> all = organisations();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + Math.max(1, pageSize));
        return new SourcePage<>(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
    }

    /**
     * The organisations of the files, parsed once and kept while the files keep their size and
     * modification time: a run reads its pages from one parse (H2020's project.csv has some 35,000
     * rows), a run after the files were downloaded again parses them again.
     */
    synchronized List<Organisation> organisations() throws IOException {
        List<Object> files = new ArrayList<>(stamp(file));
        if (projectFile != null) {
            files.addAll(stamp(projectFile));
        }
        if (parsed == null || !parsed.files().equals(files)) {
            parsed = new Parsed(files, List.copyOf(parse()));
        }
        return parsed.organisations();
    }

    private static List<Object> stamp(Path path) throws IOException {
        return List.of(path, Files.size(path), Files.getLastModifiedTime(path));
    }

    private List<Organisation> parse() throws IOException {
        Map<String, Map<String, String>> projects = new LinkedHashMap<>();
        if (projectFile != null) {
            for (Map<String, String> row : rows(projectFile)) {
                String id = row.getOrDefault("id", "").strip();
                if (!id.isEmpty() && !projects.containsKey(id)) {
                    Map<String, String> kept = new LinkedHashMap<>();
                    for (String column : PROJECT_COLUMNS) {
                        if (row.get(column) != null) {
                            kept.put(column, row.get(column));
                        }
                    }
                    projects.put(id, kept);
                }
            }
        }
        List<Map<String, String>> rows = rows(file);
        Map<String, Organisation> byId = new LinkedHashMap<>();
        Map<String, Map<String, EuProject>> participations = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String id = row.getOrDefault("organisationID", "").strip();
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, organisation(id, row));
                String projectId = row.getOrDefault("projectID", "").strip();
                if (!projectId.isEmpty()) {
                    participations.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .putIfAbsent(projectId, CordisProjects.project(projectId, row, projects.get(projectId)));
                }
            }
        }
        List<Organisation> all = new ArrayList<>();
        for (Map.Entry<String, Organisation> e : byId.entrySet()) {
            Map<String, EuProject> its = participations.getOrDefault(e.getKey(), Map.of());
            all.add(e.getValue().toBuilder().euProjects(new ArrayList<>(its.values())).build());
        }
        return all;
    }

    private static List<Map<String, String>> rows(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return SemicolonCsv.read(in);
        }
    }

    private Organisation organisation(String id, Map<String, String> row) {
        String country = row.getOrDefault("country", "").strip().toUpperCase(Locale.ROOT);
        // CORDIS writes Greece as EL; ISO 3166 says GR
        country = "EL".equals(country) ? "GR" : country;
        String nuts = row.getOrDefault("nutsCode", "").strip();
        String province = "NL".equals(country) && nuts.length() >= 4 ? provinceByNuts2.get(nuts.substring(0, 4)) : null;
        return Organisation.builder()
                .name(title(row.getOrDefault("name", "")))
                .kind(kind(row))
                .city(title(row.getOrDefault("city", "")))
                .country(country)
                .province(province)
                .externalIds(Map.of(SYSTEM, id))
                .build();
    }

    private static OrganisationKind kind(Map<String, String> row) {
        return switch (row.getOrDefault("activityType", "").strip()) {
            case "PRC" -> "true".equalsIgnoreCase(row.getOrDefault("SME", "").strip()) ? OrganisationKind.SME : OrganisationKind.LARGE_COMPANY;
            case "HES", "REC" -> OrganisationKind.KNOWLEDGE_INSTITUTION;
            case "PUB" -> OrganisationKind.GOVERNMENT;
            default -> OrganisationKind.INTERMEDIARY;
        };
    }

    /** CORDIS writes names in capitals: "VOORBEELD PHOTONICS BV" becomes "Voorbeeld Photonics BV". */
    static String title(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean legalForm = word.matches("(?i)B\\.?V\\.?|N\\.?V\\.?|GMBH|SA|SRL|AG|LTD|BV|NV|VOF");
            out.append(legalForm || word.length() <= 1 ? word.toUpperCase(Locale.ROOT).replace("GMBH", "GmbH")
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
