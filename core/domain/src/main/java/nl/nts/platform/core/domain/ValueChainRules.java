package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Segment;
import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.core.shared.Codes;

/**
 * The rules a value chain must follow before it is stored. Reports every broken rule at once.
 */
final class ValueChainRules {

    static final int CODE_MAX = Codes.CODE_MAX;
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int SEGMENTS_MAX = 30;

    private final Predicate<String> knownTechnology;
    private final Predicate<String> knownRom;

    ValueChainRules(Predicate<String> knownTechnology, Predicate<String> knownRom) {
        this.knownTechnology = knownTechnology;
        this.knownRom = knownRom;
    }

    /**
     * @return the chain as it will be stored: texts stripped, an empty description as null
     * @throws ValidationException listing every broken rule
     */
    ValueChain checkNew(ValueChain chain) {
        List<Violation> violations = new ArrayList<>();
        Codes.checkCode("code", chain.code(), violations);
        return checkContent(chain.code(), chain, violations);
    }

    /**
     * @param code the code of the stored chain the input replaces
     */
    ValueChain checkReplacement(String code, ValueChain chain) {
        List<Violation> violations = new ArrayList<>();
        if (chain.code() != null && !chain.code().equals(code)) {
            violations.add(new Violation("code", "is '" + Codes.abbreviate(chain.code()) + "' but the request is for value chain '" + code
                    + "'; a code cannot be changed"));
        }
        return checkContent(code, chain, violations);
    }

    private ValueChain checkContent(String code, ValueChain chain, List<Violation> violations) {
        String name = Codes.text("name", chain.name(), true, NAME_MAX, violations);
        String description = Codes.text("description", chain.description(), false, DESCRIPTION_MAX, violations);
        if (chain.technologies().isEmpty()) {
            violations.add(new Violation("technologies", "must name at least one key technology"));
        }
        Codes.checkReferences("technologies", "key technology", chain.technologies(), knownTechnology, violations);
        Codes.checkReferences("roms", "ROM", chain.roms(), knownRom, violations);
        List<Segment> segments = checkSegments(chain.segments(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new ValueChain(code, name, description, chain.technologies(), chain.roms(), segments, chain.version(), null);
    }

    private static List<Segment> checkSegments(List<Segment> segments, List<Violation> violations) {
        if (segments.size() > SEGMENTS_MAX) {
            violations.add(new Violation("segments", "has " + segments.size() + " segments; at most " + SEGMENTS_MAX + " are allowed"));
            return segments;
        }
        Set<String> seen = new HashSet<>();
        List<Segment> checked = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String path = "segments[" + i + "]";
            if (segment == null) {
                violations.add(new Violation(path, "must be a segment with a code and a name"));
                continue;
            }
            Codes.checkCode(path + ".code", segment.code(), violations);
            if (segment.code() != null && !seen.add(segment.code())) {
                violations.add(new Violation(path + ".code", "segment '" + segment.code() + "' is listed more than once"));
            }
            checked.add(new Segment(segment.code(), Codes.text(path + ".name", segment.name(), true, NAME_MAX, violations)));
        }
        return checked;
    }
}
