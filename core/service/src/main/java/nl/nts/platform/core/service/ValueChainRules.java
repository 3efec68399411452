package nl.nts.platform.core.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.ValueChain;

/**
 * The rules a value chain must follow before it is stored. Reports every broken rule at once.
 */
final class ValueChainRules {

    static final int CODE_MAX = 20;
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1," + (CODE_MAX - 1) + "}");

    private final Predicate<String> knownTechnology;
    private final Predicate<String> knownRom;

    ValueChainRules(Predicate<String> knownTechnology, Predicate<String> knownRom) {
        this.knownTechnology = knownTechnology;
        this.knownRom = knownRom;
    }

    /**
     * @return the chain as it will be stored: name and description trimmed, an empty
     *         description as null
     * @throws ValidationException listing every broken rule
     */
    ValueChain checkNew(ValueChain chain) {
        List<Violation> violations = new ArrayList<>();
        checkCode(chain.code(), violations);
        return checkContent(chain.code(), chain, violations);
    }

    /**
     * @param code the code of the stored chain the input replaces
     */
    ValueChain checkReplacement(String code, ValueChain chain) {
        List<Violation> violations = new ArrayList<>();
        if (chain.code() != null && !chain.code().equals(code)) {
            violations.add(new Violation("code", "is '" + chain.code() + "' but the request is for value chain '" + code
                    + "'; a code cannot be changed"));
        }
        return checkContent(code, chain, violations);
    }

    private ValueChain checkContent(String code, ValueChain chain, List<Violation> violations) {
        String name = chain.name() == null ? null : chain.name().strip();
        if (name == null || name.isEmpty()) {
            violations.add(new Violation("name", "is required"));
        } else if (name.length() > NAME_MAX) {
            violations.add(new Violation("name", "is " + name.length() + " characters long; at most " + NAME_MAX + " are allowed"));
        }
        String description = chain.description() == null ? null : chain.description().strip();
        if (description != null && description.isEmpty()) {
            description = null;
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            violations.add(new Violation("description",
                    "is " + description.length() + " characters long; at most " + DESCRIPTION_MAX + " are allowed"));
        }
        if (chain.technologies().isEmpty()) {
            violations.add(new Violation("technologies", "must name at least one key technology"));
        }
        checkCodes("technologies", "key technology", chain.technologies(), knownTechnology, violations);
        checkCodes("roms", "ROM", chain.roms(), knownRom, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new ValueChain(code, name, description, chain.technologies(), chain.roms(), chain.version());
    }

    private static void checkCode(String code, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(new Violation("code", "is required"));
        } else if (code.length() > CODE_MAX) {
            violations.add(new Violation("code", "is " + code.length() + " characters long; at most " + CODE_MAX + " are allowed"));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new Violation("code",
                    "'" + code + "' must be 2 to " + CODE_MAX + " characters of A-Z, 0-9, '-' and '_', starting with a letter or digit"));
        }
    }

    private static void checkCodes(String field, String kind, List<String> codes, Predicate<String> known,
            List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String path = field + "[" + i + "]";
            if (code == null || code.isBlank()) {
                violations.add(new Violation(path, "must be a " + kind + " code"));
            } else if (!known.test(code)) {
                violations.add(new Violation(path, "unknown " + kind + " '" + abbreviate(code) + "'"));
            } else if (!seen.add(code)) {
                violations.add(new Violation(path, kind + " '" + code + "' is listed more than once"));
            }
        }
    }

    /** Echoes client input back only in a bounded length. */
    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
