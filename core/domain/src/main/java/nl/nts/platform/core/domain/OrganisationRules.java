package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.EuProject;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.SegmentRef;
import nl.nts.platform.core.shared.Codes;

/**
 * The rules an organisation must follow before it is stored, and what the core derives from
 * it: a Dutch organisation's NUTS-2 code and ROM follow from its province.
 */
final class OrganisationRules {

    static final int NAME_MAX = 200;
    static final int CITY_MAX = 100;
    static final int EXTERNAL_ID_MAX = 100;
    private static final Pattern KVK = Pattern.compile("\\d{8}");
    private static final Pattern SBI = Pattern.compile("[A-U]?\\d{2}(\\.?\\d{1,2}){0,2}");
    private static final Pattern SYSTEM = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A Dutch province, where it counts and which ROM works there. */
    record Place(String nuts2, String rom) {
    }

    private final Predicate<String> knownTechnology;
    private final Map<String, Place> provinces = new LinkedHashMap<>();

    OrganisationRules(Predicate<String> knownTechnology, List<Rom> roms) {
        this.knownTechnology = knownTechnology;
        for (Rom rom : roms) {
            for (Region region : rom.regions()) {
                provinces.put(region.province(), new Place(region.nuts2(), rom.code()));
            }
        }
    }

    /**
     * @return the organisation as it will be stored: texts stripped, NUTS-2 and ROM set from
     *         the province
     * @throws ValidationException listing every broken rule
     */
    Organisation check(Organisation o) {
        List<Violation> violations = new ArrayList<>();
        String name = Codes.text("name", o.name(), true, NAME_MAX, violations);
        if (o.kind() == null) {
            violations.add(new Violation("kind", "is required"));
        }
        String country = o.country() == null ? null : o.country().strip();
        if (country == null || country.isEmpty()) {
            violations.add(new Violation("country", "is required: an ISO 3166-1 alpha-2 code such as NL"));
        } else if (!COUNTRIES.contains(country)) {
            violations.add(new Violation("country", "'" + Codes.abbreviate(country) + "' is not an ISO 3166-1 alpha-2 country code"));
        }
        boolean dutch = "NL".equals(country);
        String kvk = Codes.text("kvkNumber", o.kvkNumber(), false, Integer.MAX_VALUE, violations);
        if (kvk != null && !KVK.matcher(kvk).matches()) {
            violations.add(new Violation("kvkNumber", "must be exactly 8 digits"));
        } else if (kvk != null && !dutch) {
            violations.add(new Violation("kvkNumber", "only organisations in the Netherlands have a KvK number"));
        }
        String sbi = Codes.text("sbiCode", o.sbiCode(), false, Integer.MAX_VALUE, violations);
        if (sbi != null && !SBI.matcher(sbi).matches()) {
            violations.add(new Violation("sbiCode", "'" + sbi + "' is not an SBI or NACE code such as 26.11"));
        }
        String city = Codes.text("city", o.city(), false, CITY_MAX, violations);
        String province = Codes.text("province", o.province(), false, 100, violations);
        Place place = null;
        if (dutch) {
            if (province == null) {
                violations.add(new Violation("province", "is required for an organisation in the Netherlands"));
            } else {
                place = provinces.get(province);
                if (place == null) {
                    violations.add(new Violation("province", "'" + Codes.abbreviate(province) + "' is not a Dutch province; one of "
                            + String.join(", ", provinces.keySet())));
                }
            }
        } else if (province != null && country != null) {
            violations.add(new Violation("province", "is only for organisations in the Netherlands"));
        }
        Codes.checkReferences("technologies", "key technology", o.technologies(), knownTechnology, violations);
        checkSegments(o.segments(), violations);
        if (o.trl() != null && (o.trl() < 1 || o.trl() > 9)) {
            violations.add(new Violation("trl", "is " + o.trl() + "; a technology readiness level is 1 to 9"));
        }
        checkExternalIds(o.externalIds(), violations);
        List<EuProject> projects = euProjects(o.euProjects(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Organisation(o.id(), name, o.kind(), kvk, sbi, city, country, dutch ? province : null,
                place == null ? null : place.nuts2(), place == null ? null : place.rom(),
                o.technologies(), o.segments(), o.trl(), o.externalIds(), o.version(), null, projects);
    }

    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9]{1,20}");

    /** @return the projects with their texts stripped, in the order of their ids (as they are read back) */
    private static List<EuProject> euProjects(List<EuProject> projects, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        List<EuProject> checked = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            EuProject p = projects.get(i);
            String path = "euProjects[" + i + "]";
            if (p == null) {
                violations.add(new Violation(path, "must be a project"));
                continue;
            }
            String id = p.id() == null ? null : p.id().strip();
            if (id == null || !PROJECT_ID.matcher(id).matches()) {
                violations.add(new Violation(path + ".id", "must be the project's CORDIS id: 1 to 20 letters and digits"));
            } else if (!seen.add(id)) {
                violations.add(new Violation(path + ".id", "project " + id + " is listed more than once"));
            }
            String acronym = Codes.text(path + ".acronym", p.acronym(), false, 50, violations);
            String title = Codes.text(path + ".title", p.title(), false, 300, violations);
            String programme = Codes.text(path + ".programme", p.programme(), false, 50, violations);
            String role = Codes.text(path + ".role", p.role(), false, 30, violations);
            if (p.start() != null && p.end() != null && p.end().isBefore(p.start())) {
                violations.add(new Violation(path + ".end", "is before the start"));
            }
            checked.add(new EuProject(id, acronym, title, programme, role, p.start(), p.end()));
        }
        checked.sort(java.util.Comparator.comparing(EuProject::id, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return checked;
    }

    private static void checkSegments(List<SegmentRef> segments, List<Violation> violations) {
        Set<SegmentRef> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentRef ref = segments.get(i);
            String path = "segments[" + i + "]";
            if (ref == null || ref.valueChain() == null || ref.segment() == null) {
                violations.add(new Violation(path, "must name a valueChain and a segment"));
            } else if (!seen.add(ref)) {
                violations.add(new Violation(path, "segment " + ref.valueChain() + "/" + ref.segment() + " is listed more than once"));
            }
        }
    }

    private static void checkExternalIds(Map<String, String> ids, List<Violation> violations) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            String path = "externalIds." + Codes.abbreviate(id.getKey());
            if (!SYSTEM.matcher(id.getKey()).matches()) {
                violations.add(new Violation(path, "a source system is named by 1 to 50 characters of a-z, 0-9, '-' and '_'"));
            }
            String value = id.getValue();
            if (value == null || value.isBlank()) {
                violations.add(new Violation(path, "is empty"));
            } else if (value.length() > EXTERNAL_ID_MAX) {
                violations.add(new Violation(path, "is " + value.length() + " characters long; at most " + EXTERNAL_ID_MAX + " are allowed"));
            }
        }
    }
}
