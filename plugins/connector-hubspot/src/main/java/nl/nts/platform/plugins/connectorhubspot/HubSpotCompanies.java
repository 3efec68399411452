package nl.nts.platform.plugins.connectorhubspot;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.SourcePage;
import nl.nts.platform.api.service.ReferenceData;

/**
 * The companies of one HubSpot portal, as organisations: one instance per configuration
 * {@code nl.nts.platform.connector.hubspot~<name>} (a Karaf factory configuration, e.g.
 * {@code etc/nl.nts.platform.connector.hubspot~bom.cfg}), each its own connector with its own id,
 * portal, token and, usually, ROM. A full run lists every company; the next runs ask HubSpot's
 * search for the companies modified since the latest change the last completed run saw.
 */
@Component(configurationPid = HubSpotCompanies.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = PluginProperties.PLUGIN_ID + "=connector-hubspot")
@Designate(ocd = HubSpotCompanies.Config.class, factory = true)
public class HubSpotCompanies implements OrganisationSource {

    static final String PID = "nl.nts.platform.connector.hubspot";

    @ObjectClassDefinition(name = "HubSpot companies connector",
            description = "One HubSpot portal's companies as organisations (CRM v3, private app token)")
    public @interface Config {
        @AttributeDefinition(name = "Connector id", description = "Unique on the platform, e.g. hubspot-bom; what POST /api/connectors/{id}/runs names")
        String nts_connector_id() default "hubspot";

        @AttributeDefinition(name = "Source system", description = "The key of the HubSpot ids in the organisations' externalIds; "
                + "give each portal its own (hubspot-bom, hubspot-liof) when several are configured")
        String nts_connector_system() default "hubspot";

        @AttributeDefinition(name = "ROM", description = "The ROM this portal is (e.g. BOM): the connector then writes only that ROM's "
                + "organisations and that ROM's admins may run it. Empty: national", required = false)
        String nts_rom() default "";

        @AttributeDefinition(name = "Access token", type = AttributeType.PASSWORD,
                description = "The private app's access token (scope crm.objects.companies.read). A secret: never shown, logged or exported")
        String _accessToken();

        @AttributeDefinition(name = "API address", description = "HubSpot's API, or a test server")
        String baseUrl() default "https://api.hubapi.com";

        @AttributeDefinition(name = "KvK property", description = "The company property holding the KvK number; empty: not read", required = false)
        String kvkProperty() default "kvk_number";

        @AttributeDefinition(name = "Province property", description = "The company property holding the province (HubSpot's State/Region)",
                required = false)
        String provinceProperty() default "state";

        @AttributeDefinition(name = "Technologies property", description = "A multiple-checkbox property of key technology codes or names "
                + "(NTS01;NTS09); empty: not read", required = false)
        String technologiesProperty() default "";

        @AttributeDefinition(name = "Value chains property", description = "A multiple-checkbox property of value-chain segments, "
                + "each chain/segment (VC01/design;VC03/assembly); empty: not read", required = false)
        String valueChainsProperty() default "";

        @AttributeDefinition(name = "Default country", description = "The country of a company whose country HubSpot leaves empty")
        String defaultCountry() default "NL";

        @AttributeDefinition(name = "Timeout", description = "Seconds to wait for HubSpot's answer")
        int timeoutSeconds() default 30;

        @AttributeDefinition(name = "Run every", description = "Minutes between periodic runs; 0: only when asked", required = false)
        int nts_connector_runEveryMinutes() default 0;
    }

    /** HubSpot answers at most 100 companies a page. */
    static final int MOST_PER_PAGE = 100;

    private final String id;
    private final HubSpotClient client;
    private final CompanyMapping mapping;

    @Activate
    public HubSpotCompanies(@Reference ReferenceData referenceData, Config config) {
        this(config, referenceData.roms(), referenceData.technologies());
    }

    HubSpotCompanies(Config config, List<Rom> roms, List<KeyTechnology> technologies) {
        String token = config._accessToken();
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("connector " + config.nts_connector_id() + " needs .accessToken, the private app's token");
        }
        this.id = config.nts_connector_id();
        this.client = new HubSpotClient(base(config.baseUrl()), token.strip(), Duration.ofSeconds(Math.max(1, config.timeoutSeconds())));
        List<String> provinces = new ArrayList<>();
        roms.forEach(r -> r.regions().stream().map(Region::province).forEach(provinces::add));
        Map<String, String> codes = new LinkedHashMap<>();
        for (KeyTechnology t : technologies) {
            codes.put(t.code().toLowerCase(Locale.ROOT), t.code());
            codes.put(t.nameEn().toLowerCase(Locale.ROOT), t.code());
            codes.put(t.nameNl().toLowerCase(Locale.ROOT), t.code());
        }
        this.mapping = new CompanyMapping(config.nts_connector_system(), config.kvkProperty(), config.provinceProperty(), config.technologiesProperty(),
                config.valueChainsProperty(), config.defaultCountry(), provinces, codes);
    }

    private static URI base(String url) {
        String text = url == null || url.isBlank() ? "https://api.hubapi.com" : url.strip();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    @Override
    public String name() {
        return "HubSpot companies (" + id + ")";
    }

    @Override
    public SourcePage<Organisation> read(String cursorText, int pageSize) throws IOException {
        HubSpotCursor cursor = HubSpotCursor.parse(cursorText);
        int limit = Math.max(1, Math.min(MOST_PER_PAGE, pageSize));
        JsonNode answer = cursor.since() == null ? client.list(mapping.properties(), limit, cursor.after())
                : client.modifiedSince(cursor.since(), mapping.properties(), limit, cursor.after());
        List<Organisation> records = new ArrayList<>();
        Instant latest = cursor.latest();
        for (JsonNode company : answer.path("results")) {
            records.add(mapping.organisation(company));
            Instant modified = CompanyMapping.modified(company);
            if (modified != null && (latest == null || modified.isAfter(latest))) {
                latest = modified;
            }
        }
        String after = answer.path("paging").path("next").path("after").asText(null);
        HubSpotCursor next = cursor.next(after == null || after.isBlank() ? null : after, latest);
        return new SourcePage<>(records, next.after() == null ? null : next.toString(), next.checkpoint(), mapping.fields());
    }
}
