package ${package};

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * Organisations from ${rom}'s own register, an export in CSV ({@code id;name;kind;city;province},
 * one header line): each upserted by the core by its register id ({@code externalIds["${pluginId}"]}).
 * Active once its file is configured: PUT /api/plugins/${pluginId}/configuration/${package}.register
 * {@code {"properties": {"file": "/data/register.csv"}}}, checked against the settings below.
 */
@Component(configurationPid = RegisterConnector.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {PluginProperties.PLUGIN_ID + "=${pluginId}", PluginProperties.ROM + "=${rom}",
                Connector.ID + "=${pluginId}-register", Connector.SYSTEM + "=${pluginId}"})
@Designate(ocd = RegisterConnector.Config.class)
public class RegisterConnector implements OrganisationSource {

    static final String PID = "${package}.register";

    @ObjectClassDefinition(name = "${rom} register", description = "Where ${rom}'s register export is read from")
    public @interface Config {
        @AttributeDefinition(name = "File", description = "Path of the register's CSV export")
        String file();

        @AttributeDefinition(name = "Separator", description = "What separates the fields",
                options = {@org.osgi.service.metatype.annotations.Option(label = "semicolon", value = ";"),
                        @org.osgi.service.metatype.annotations.Option(label = "comma", value = ",")})
        String separator() default ";";

        @AttributeDefinition(name = "Access key", description = "The register's access key, if it needs one (shown masked)", type = AttributeType.PASSWORD,
                required = false)
        String accessKey() default "";
    }

    private final Path file;
    private final String separator;

    @Activate
    public RegisterConnector(Config config) {
        this.file = Path.of(config.file());
        this.separator = config.separator();
    }

    @Override
    public String name() {
        return "${rom} register (" + file.getFileName() + ")";
    }

    /** The cursor is the number of the first row of the page. */
    @Override
    public SourcePage<Organisation> read(String cursor, int pageSize) throws IOException {
        List<Organisation> all = parse(Files.readAllLines(file, StandardCharsets.UTF_8), separator);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + Math.max(1, pageSize));
        return new SourcePage<>(all.subList(from, to), to < all.size() ? String.valueOf(to) : null);
    }

    /** The register's rows as organisations; the header line is skipped, blank lines too. */
    static List<Organisation> parse(List<String> lines, String separator) {
        List<Organisation> organisations = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(java.util.regex.Pattern.quote(separator), -1);
            if (cells.length < 5) {
                throw new IllegalArgumentException("a register row has id, name, kind, city and province: " + line);
            }
            organisations.add(Organisation.builder()
                    .name(cells[1].strip())
                    .kind(OrganisationKind.valueOf(cells[2].strip().toUpperCase(Locale.ROOT)))
                    .city(cells[3].strip())
                    .country("NL")
                    .province(cells[4].strip())
                    .externalIds(Map.of("${pluginId}", cells[0].strip()))
                    .build());
        }
        return organisations;
    }
}
