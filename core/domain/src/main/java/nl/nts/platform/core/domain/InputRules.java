package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.PublicSubmission;
import nl.nts.platform.core.shared.Codes;

/** The rules an input must follow that need no database. */
final class InputRules {

    static final int TEXT_MAX = 4000;
    static final int ORGANISATION_MAX = 200;
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;

    private final Predicate<String> knownTheme;
    private final Predicate<String> knownTechnology;

    InputRules(Predicate<String> knownTheme, Predicate<String> knownTechnology) {
        this.knownTheme = knownTheme;
        this.knownTechnology = knownTechnology;
    }

    /**
     * An input as a user or plugin writes it: the workshop is checked with the stored record
     * (input left on a public page needs none), and the submission is the core's to set.
     */
    Input check(Input i) {
        List<Violation> violations = new ArrayList<>();
        String text = checkCommon(i, violations);
        // the status is the workflow engine's: it checks a new input's against its ROM's workflow
        String status = i.status() == null || i.status().isBlank() ? null : i.status().strip();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Input(i.id(), i.workshop(), i.organisation(), i.kind(), i.theme(), i.technologies(), i.valueChain(), text, status,
                null, List.of(), i.version(), null, null);
    }

    /**
     * Input left on a ROM's public page: the common rules and its submission's; no workshop,
     * organisation or status of the author's.
     */
    Input checkPublic(Input i) {
        List<Violation> violations = new ArrayList<>();
        String text = checkCommon(i, violations);
        PublicSubmission submission = checkSubmission(i.submission(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return Input.builder().kind(i.kind()).theme(i.theme()).technologies(i.technologies()).valueChain(i.valueChain()).text(text)
                .submission(submission).build();
    }

    private static PublicSubmission checkSubmission(PublicSubmission s, List<Violation> violations) {
        if (s == null) {
            violations.add(new Violation("submission", "is required: at least the organisation's name"));
            return null;
        }
        String organisation = Codes.text("submission.organisation", s.organisation(), true, ORGANISATION_MAX, violations);
        String name = Codes.text("submission.contactName", s.contactName(), false, NAME_MAX, violations);
        String email = Codes.text("submission.contactEmail", s.contactEmail(), false, EMAIL_MAX, violations);
        if (email != null && !WorkshopRules.EMAIL.matcher(email).matches()) {
            violations.add(new Violation("submission.contactEmail", "is not an e-mail address (name@domain)"));
        }
        if ((name != null || email != null) && !Boolean.TRUE.equals(s.contactConsent())) {
            violations.add(new Violation("submission.contactConsent",
                    "is required for a contact: the ROM keeps a name or an e-mail address only with the person's consent"));
        }
        return new PublicSubmission(organisation, name, email, (name != null || email != null) && Boolean.TRUE.equals(s.contactConsent()));
    }

    private String checkCommon(Input i, List<Violation> violations) {
        if (i.kind() == null) {
            violations.add(new Violation("kind", "is required"));
        }
        if (i.theme() == null || i.theme().isBlank()) {
            violations.add(new Violation("theme", "is required"));
        } else if (!knownTheme.test(i.theme())) {
            violations.add(new Violation("theme", "unknown theme '" + Codes.abbreviate(i.theme()) + "'"));
        }
        Codes.checkReferences("technologies", "key technology", i.technologies(), knownTechnology, violations);
        return Codes.text("text", i.text(), true, TEXT_MAX, violations);
    }
}
