package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.core.shared.Codes;

/** The rules a plan must follow that need no database. */
final class PlanRules {

    private final Predicate<String> knownRom;

    PlanRules(Predicate<String> knownRom) {
        this.knownRom = knownRom;
    }

    Plan check(Plan p) {
        List<Violation> violations = new ArrayList<>();
        String title = Codes.text("title", p.title(), true, 200, violations);
        if (p.valueChain() == null || p.valueChain().isBlank()) {
            violations.add(new Violation("valueChain", "is required: the code of the value chain the plan reinforces"));
        }
        if (p.roms().isEmpty()) {
            violations.add(new Violation("roms", "must name at least one owning ROM"));
        }
        Codes.checkReferences("roms", "ROM", p.roms(), knownRom, violations);
        Codes.checkYear("periodStart", p.periodStart(), violations);
        Codes.checkYear("periodEnd", p.periodEnd(), violations);
        if (p.periodStart() == null) {
            violations.add(new Violation("periodStart", "is required (YYYY-MM-DD)"));
        }
        if (p.periodEnd() == null) {
            violations.add(new Violation("periodEnd", "is required (YYYY-MM-DD)"));
        } else if (p.periodStart() != null && p.periodEnd().isBefore(p.periodStart())) {
            violations.add(new Violation("periodEnd", "is before periodStart"));
        }
        int edition = p.edition() == null ? 1 : p.edition();
        if (edition < 1) {
            violations.add(new Violation("edition", "is " + edition + "; editions are counted from 1"));
        }
        String summary = Codes.text("summary", p.summary(), false, 4000, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Plan(p.id(), title, p.valueChain(), p.roms(), p.periodStart(), p.periodEnd(),
                p.status(), edition, summary, p.version(), null);
    }
}
