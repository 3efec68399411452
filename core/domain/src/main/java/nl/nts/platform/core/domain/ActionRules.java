package nl.nts.platform.core.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.core.shared.Codes;

/** The rules an action must follow that need no database. */
final class ActionRules {

    static final int KPIS_MAX = 50;

    private final Predicate<String> knownTechnology;

    ActionRules(Predicate<String> knownTechnology) {
        this.knownTechnology = knownTechnology;
    }

    Action check(Action a) {
        List<Violation> violations = new ArrayList<>();
        if (a.plan() == null) {
            violations.add(new Violation("plan", "is required: the id of the plan the action belongs to"));
        }
        String title = Codes.text("title", a.title(), true, 200, violations);
        String description = Codes.text("description", a.description(), false, 4000, violations);
        Ids.checkDistinct("partners", a.partners(), violations);
        if (a.owner() != null && a.partners().contains(a.owner())) {
            violations.add(new Violation("partners", "lists the owner " + a.owner() + " as a partner too"));
        }
        if (a.horizon() == null) {
            violations.add(new Violation("horizon", "is required: SHORT_TERM or ROADMAP"));
        }
        Codes.checkYear("start", a.start(), violations);
        Codes.checkYear("end", a.end(), violations);
        if (a.start() != null && a.end() != null && a.end().isBefore(a.start())) {
            violations.add(new Violation("end", "is before start"));
        }
        Budget budget = checkBudget(a.budget(), violations);
        List<Kpi> kpis = checkKpis(a.kpis(), violations);
        Codes.checkReferences("technologies", "key technology", a.technologies(), knownTechnology, violations);
        Ids.checkDistinct("inputs", a.inputs(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Action(a.id(), a.plan(), title, description, a.owner(), a.partners(), a.horizon(), a.start(), a.end(), budget, kpis,
                a.status(), a.technologies(), a.inputs(), List.of(), a.version(), null, null);
    }

    /**
     * The key technologies an action advances, as {@link Action#technologies()} states the rule:
     * those given, or its plan's value chain's when none are given, and in either case every
     * technology of each input it answers, so that the agenda of an input's technology shows the
     * actions answering it.
     *
     * @param inputs the technologies of each input the action answers
     * @return the codes, sorted, each once
     */
    static List<String> technologies(List<String> given, List<String> chain, List<List<String>> inputs) {
        java.util.SortedSet<String> technologies = new java.util.TreeSet<>(given.isEmpty() ? chain : given);
        inputs.forEach(technologies::addAll);
        return List.copyOf(technologies);
    }

    private static Budget checkBudget(Budget b, List<Violation> violations) {
        if (b == null) {
            return null;
        }
        if (b.total() == null) {
            violations.add(new Violation("budget.total", "is required in a budget"));
        }
        for (var amount : List.of(new Object[] {"budget.total", b.total()}, new Object[] {"budget.publicFunding", b.publicFunding()},
                new Object[] {"budget.privateFunding", b.privateFunding()})) {
            BigDecimal value = (BigDecimal) amount[1];
            if (value != null && value.signum() < 0) {
                violations.add(new Violation((String) amount[0], "is negative"));
            } else if (value != null && value.scale() > 2) {
                violations.add(new Violation((String) amount[0], "has more than two decimals (euros and cents)"));
            } else if (value != null && value.precision() - value.scale() > 13) {
                violations.add(new Violation((String) amount[0], "is larger than 9,999,999,999,999 euros"));
            }
        }
        if (b.total() != null && b.publicFunding() != null && b.privateFunding() != null
                && b.publicFunding().add(b.privateFunding()).compareTo(b.total()) != 0) {
            violations.add(new Violation("budget.total", "is " + b.total().toPlainString() + " but public (" + b.publicFunding().toPlainString()
                    + ") and private (" + b.privateFunding().toPlainString() + ") funding make " + b.publicFunding().add(b.privateFunding()).toPlainString()));
        }
        for (var part : List.of(new Object[] {"budget.publicFunding", b.publicFunding()}, new Object[] {"budget.privateFunding", b.privateFunding()})) {
            BigDecimal value = (BigDecimal) part[1];
            if (value != null && b.total() != null && value.compareTo(b.total()) > 0) {
                violations.add(new Violation((String) part[0], "is more than the total"));
            }
        }
        String source = Codes.text("budget.fundingSource", b.fundingSource(), false, 200, violations);
        return new Budget(b.total(), b.publicFunding(), b.privateFunding(), source);
    }

    /** As the database keeps them: up to 15 digits before the point and 4 after (a plugin's values too, not only JSON's). */
    private static void checkKpiValue(String field, BigDecimal value, List<Violation> violations) {
        if (value == null) {
            return;
        }
        if ((long) value.precision() - value.scale() > 15) {
            violations.add(new Violation(field, "is out of range: at most 15 digits before the decimal point"));
        } else if (value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
            violations.add(new Violation(field, "has more than 4 decimals"));
        }
    }

    private static List<Kpi> checkKpis(List<Kpi> kpis, List<Violation> violations) {
        if (kpis.size() > KPIS_MAX) {
            violations.add(new Violation("kpis", "has " + kpis.size() + " KPIs; at most " + KPIS_MAX));
            return kpis;
        }
        List<Kpi> checked = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            Kpi k = kpis.get(i);
            String path = "kpis[" + i + "]";
            if (k == null) {
                violations.add(new Violation(path, "must be a KPI with an indicator, target, unit and year"));
                continue;
            }
            String indicator = Codes.text(path + ".indicator", k.indicator(), true, 200, violations);
            if (k.target() == null) {
                violations.add(new Violation(path + ".target", "is required"));
            }
            checkKpiValue(path + ".baseline", k.baseline(), violations);
            checkKpiValue(path + ".target", k.target(), violations);
            String unit = Codes.text(path + ".unit", k.unit(), true, 50, violations);
            if (k.year() == null) {
                violations.add(new Violation(path + ".year", "is required"));
            } else if (k.year() < 2000 || k.year() > 2100) {
                violations.add(new Violation(path + ".year", "is " + k.year() + "; a year from 2000 to 2100"));
            }
            // realised values are the core's to derive from measurements, never taken from the caller
            checked.add(Kpi.builder().indicator(indicator).baseline(k.baseline()).target(k.target()).unit(unit).year(k.year()).build());
        }
        return checked;
    }
}
