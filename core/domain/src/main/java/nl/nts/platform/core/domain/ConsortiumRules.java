package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.core.shared.Codes;

/** The rules a consortium must follow that need no database. */
final class ConsortiumRules {

    static final int MEMBERS_MAX = 100;

    private final Predicate<String> knownRom;

    ConsortiumRules(Predicate<String> knownRom) {
        this.knownRom = knownRom;
    }

    Consortium check(Consortium c) {
        List<Violation> violations = new ArrayList<>();
        if (c.call() == null) {
            violations.add(new Violation("call", "is required: the id of the funding call it answers"));
        }
        String name = Codes.text("name", c.name(), true, 200, violations);
        if (c.lead() == null) {
            violations.add(new Violation("lead", "is required: the id of the leading organisation"));
        }
        if (c.rom() != null && !knownRom.test(c.rom())) {
            violations.add(new Violation("rom", "unknown ROM '" + Codes.abbreviate(c.rom()) + "'"));
        }
        List<Consortium.Member> members = new ArrayList<>();
        if (c.members().size() > MEMBERS_MAX) {
            violations.add(new Violation("members", "has " + c.members().size() + " members; at most " + MEMBERS_MAX));
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < c.members().size(); i++) {
                Consortium.Member m = c.members().get(i);
                String path = "members[" + i + "]";
                if (m == null || m.organisation() == null) {
                    violations.add(new Violation(path + ".organisation", "is required"));
                    continue;
                }
                if (m.organisation().equals(c.lead())) {
                    violations.add(new Violation(path + ".organisation", "is the lead; the lead is not listed as a member"));
                } else if (!seen.add(m.organisation())) {
                    violations.add(new Violation(path + ".organisation", m.organisation() + " is listed more than once"));
                }
                members.add(new Consortium.Member(m.organisation(), Codes.text(path + ".role", m.role(), true, 100, violations)));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Consortium(c.id(), c.call(), name, c.lead(), members, c.rom(), c.version(), null);
    }
}
