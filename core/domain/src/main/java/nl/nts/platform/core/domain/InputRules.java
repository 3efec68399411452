package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.core.shared.Codes;

/** The rules an input must follow that need no database. */
final class InputRules {

    static final int TEXT_MAX = 4000;

    private final Predicate<String> knownTheme;
    private final Predicate<String> knownTechnology;

    InputRules(Predicate<String> knownTheme, Predicate<String> knownTechnology) {
        this.knownTheme = knownTheme;
        this.knownTechnology = knownTechnology;
    }

    Input check(Input i) {
        List<Violation> violations = new ArrayList<>();
        if (i.workshop() == null) {
            violations.add(new Violation("workshop", "is required: the id of the workshop it was brought in at"));
        }
        if (i.kind() == null) {
            violations.add(new Violation("kind", "is required"));
        }
        if (i.theme() == null || i.theme().isBlank()) {
            violations.add(new Violation("theme", "is required"));
        } else if (!knownTheme.test(i.theme())) {
            violations.add(new Violation("theme", "unknown theme '" + Codes.abbreviate(i.theme()) + "'"));
        }
        Codes.checkReferences("technologies", "key technology", i.technologies(), knownTechnology, violations);
        String text = Codes.text("text", i.text(), true, TEXT_MAX, violations);
        // the status is the workflow engine's: it checks a new input's against its ROM's workflow
        String status = i.status() == null || i.status().isBlank() ? null : i.status().strip();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Input(i.id(), i.workshop(), i.organisation(), i.kind(), i.theme(), i.technologies(), i.valueChain(), text, status,
                null, List.of(), i.version(), null);
    }
}
