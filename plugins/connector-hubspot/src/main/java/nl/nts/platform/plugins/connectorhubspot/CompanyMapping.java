package nl.nts.platform.plugins.connectorhubspot;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.SegmentRef;
import nl.nts.platform.api.plugin.SourcePage;

/**
 * A HubSpot company as an organisation. Which HubSpot properties hold the KvK number, the province,
 * the key technologies and the value-chain segments is configuration; a property left out of the
 * configuration is not read, and the field it would fill is left as the platform holds it. A
 * property that is configured is the source of its field: empty in HubSpot clears it here.
 * A company the mapping cannot read whole (no id, no properties) still becomes a record, which the
 * core then refuses with the reason (no id, no name): a malformed company is reported, never
 * dropped in silence.
 */
final class CompanyMapping {

    /** HubSpot's standard properties read always. */
    static final List<String> STANDARD = List.of("name", "city", "country", "numberofemployees", "industry", HubSpotClient.LAST_MODIFIED);

    /** English and Dutch names of the provinces HubSpot's free-text {@code state} may hold, by the platform's names. */
    private static final Map<String, String> PROVINCE_ALIASES = aliases();

    private final String system;
    private final String kvkProperty;
    private final String provinceProperty;
    private final String technologiesProperty;
    private final String segmentsProperty;
    private final String defaultCountry;
    private final Map<String, String> provinces;
    private final Map<String, String> technologies;

    /**
     * @param provinces    the platform's province names (Noord-Brabant, ...)
     * @param technologies the key technologies' codes by their code and name, lower case
     */
    CompanyMapping(String system, String kvkProperty, String provinceProperty, String technologiesProperty, String segmentsProperty,
            String defaultCountry, List<String> provinces, Map<String, String> technologies) {
        this.system = system;
        this.kvkProperty = blankToNull(kvkProperty);
        this.provinceProperty = blankToNull(provinceProperty);
        this.technologiesProperty = blankToNull(technologiesProperty);
        this.segmentsProperty = blankToNull(segmentsProperty);
        this.defaultCountry = blankToNull(defaultCountry);
        this.provinces = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String province : provinces) {
            this.provinces.put(province, province);
        }
        PROVINCE_ALIASES.forEach((alias, name) -> this.provinces.putIfAbsent(alias, name));
        this.technologies = technologies;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The HubSpot properties to ask for. */
    List<String> properties() {
        List<String> all = new ArrayList<>(STANDARD);
        for (String p : new String[] {kvkProperty, provinceProperty, technologiesProperty, segmentsProperty}) {
            if (p != null && !all.contains(p)) {
                all.add(p);
            }
        }
        return all;
    }

    /** The organisation fields this mapping keeps (see {@link SourcePage#fields()}). */
    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(SourcePage.DEFAULT_FIELDS);
        if (kvkProperty != null) {
            fields.add("kvkNumber");
        }
        if (technologiesProperty != null) {
            fields.add("technologies");
        }
        if (segmentsProperty != null) {
            fields.add("segments");
        }
        return fields;
    }

    /** When the company last changed in HubSpot; null when it does not say. */
    static Instant modified(JsonNode company) {
        String text = company.path("properties").path(HubSpotClient.LAST_MODIFIED).asText(null);
        if (text == null || text.isBlank()) {
            text = company.path("updatedAt").asText(null);
        }
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    Organisation organisation(JsonNode company) {
        String id = text(company.get("id"));
        JsonNode p = company.path("properties");
        Organisation.Builder o = Organisation.builder().externalIds(id == null ? Map.of() : Map.of(system, id));
        if (!p.isObject()) {
            return o.build();
        }
        String country = country(text(p.get("country")));
        o.name(text(p.get("name"))).city(text(p.get("city"))).country(country).kind(kind(p));
        if (provinceProperty != null && "NL".equals(country)) {
            String province = text(p.get(provinceProperty));
            o.province(province == null ? null : provinces.getOrDefault(province, province));
        }
        if (kvkProperty != null) {
            String kvk = text(p.get(kvkProperty));
            o.kvkNumber(kvk == null ? null : kvk.replaceAll("[\\s.]", ""));
        }
        if (technologiesProperty != null) {
            o.technologies(values(p.get(technologiesProperty)).stream().map(t -> technologies.getOrDefault(t.toLowerCase(Locale.ROOT), t)).toList());
        }
        if (segmentsProperty != null) {
            o.segments(values(p.get(segmentsProperty)).stream().map(CompanyMapping::segment).toList());
        }
        return o.build();
    }

    /** "VC01/design" names a segment of a value chain; a value without a segment names none, and the core says so. */
    private static SegmentRef segment(String value) {
        int slash = value.indexOf('/');
        return slash < 0 ? new SegmentRef(value, null) : new SegmentRef(value.substring(0, slash).strip(), value.substring(slash + 1).strip());
    }

    /** HubSpot's multiple-checkbox properties hold their values separated by ';'. */
    private static List<String> values(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return List.of();
        }
        return List.of(text.split(";")).stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** HubSpot's country is free text: an ISO code or a name in English or Dutch; absent, the configured default. */
    private String country(String text) {
        if (text == null) {
            return defaultCountry;
        }
        if (text.length() == 2) {
            return text.toUpperCase(Locale.ROOT);
        }
        for (String code : Locale.getISOCountries()) {
            Locale place = new Locale("", code);
            if (text.equalsIgnoreCase(place.getDisplayCountry(Locale.ENGLISH)) || text.equalsIgnoreCase(place.getDisplayCountry(new Locale("nl")))) {
                return code;
            }
        }
        return "the netherlands".equalsIgnoreCase(text) || "holland".equalsIgnoreCase(text) ? "NL" : text;
    }

    /** By HubSpot's industry where it says, else by head count: fewer than 250 employees is an SME (the EU's definition). */
    private static OrganisationKind kind(JsonNode p) {
        String industry = text(p.get("industry"));
        if (industry != null) {
            switch (industry) {
                case "HIGHER_EDUCATION", "RESEARCH", "EDUCATION_MANAGEMENT" -> {
                    return OrganisationKind.KNOWLEDGE_INSTITUTION;
                }
                case "GOVERNMENT_ADMINISTRATION", "GOVERNMENT_RELATIONS", "PUBLIC_POLICY" -> {
                    return OrganisationKind.GOVERNMENT;
                }
                case "VENTURE_CAPITAL_PRIVATE_EQUITY", "INVESTMENT_MANAGEMENT" -> {
                    return OrganisationKind.INVESTOR;
                }
                default -> {
                    // a company: by its size
                }
            }
        }
        String employees = text(p.get("numberofemployees"));
        try {
            return employees != null && Integer.parseInt(employees) >= 250 ? OrganisationKind.LARGE_COMPANY : OrganisationKind.SME;
        } catch (NumberFormatException e) {
            return OrganisationKind.SME;
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        a.put("North Brabant", "Noord-Brabant");
        a.put("Noord Brabant", "Noord-Brabant");
        a.put("North Holland", "Noord-Holland");
        a.put("Noord Holland", "Noord-Holland");
        a.put("South Holland", "Zuid-Holland");
        a.put("Zuid Holland", "Zuid-Holland");
        a.put("Fryslân", "Friesland");
        a.put("Fryslan", "Friesland");
        a.put("Frisia", "Friesland");
        return a;
    }
}
