package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Participant;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.core.shared.Codes;

/** The rules a workshop must follow that need no database. */
final class WorkshopRules {

    static final int PARTICIPANTS_MAX = 500;
    // deliberately plain: one @, no spaces, a dot in the domain (also InputRules')
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Predicate<String> knownRom;
    private final Predicate<String> knownTechnology;

    WorkshopRules(Predicate<String> knownRom, Predicate<String> knownTechnology) {
        this.knownRom = knownRom;
        this.knownTechnology = knownTechnology;
    }

    Workshop check(Workshop w) {
        List<Violation> violations = new ArrayList<>();
        String title = Codes.text("title", w.title(), true, 200, violations);
        Codes.checkYear("date", w.date(), violations);
        if (w.date() == null) {
            violations.add(new Violation("date", "is required (YYYY-MM-DD)"));
        }
        String place = Codes.text("place", w.place(), false, 200, violations);
        if (w.rom() == null || w.rom().isBlank()) {
            violations.add(new Violation("rom", "is required: the organising ROM"));
        } else if (!knownRom.test(w.rom())) {
            violations.add(new Violation("rom", "unknown ROM '" + Codes.abbreviate(w.rom()) + "'"));
        }
        Codes.checkReferences("coOrganisers", "ROM", w.coOrganisers(), knownRom, violations);
        if (w.rom() != null && w.coOrganisers().contains(w.rom())) {
            violations.add(new Violation("coOrganisers", "lists the organising ROM '" + w.rom() + "' itself"));
        }
        Codes.checkReferences("technologies", "key technology", w.technologies(), knownTechnology, violations);
        Codes.checkReferences("valueChains", "value chain", w.valueChains(), code -> true, violations);
        Ids.checkDistinct("organisations", w.organisations(), violations);
        List<Participant> participants = checkParticipants(w.participants(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Workshop(w.id(), title, w.date(), place, w.rom(), w.coOrganisers(), w.technologies(), w.valueChains(),
                w.organisations(), participants, w.version(), null);
    }

    private static List<Participant> checkParticipants(List<Participant> participants, List<Violation> violations) {
        if (participants.size() > PARTICIPANTS_MAX) {
            violations.add(new Violation("participants", "has " + participants.size() + " people; at most " + PARTICIPANTS_MAX));
            return participants;
        }
        List<Participant> checked = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            String path = "participants[" + i + "]";
            if (p == null) {
                violations.add(new Violation(path, "must be a person with at least a name"));
                continue;
            }
            String name = Codes.text(path + ".name", p.name(), true, 200, violations);
            String role = Codes.text(path + ".role", p.role(), false, 100, violations);
            String email = Codes.text(path + ".email", p.email(), false, 254, violations);
            if (email != null && !EMAIL.matcher(email).matches()) {
                violations.add(new Violation(path + ".email", "is not an e-mail address"));
            } else if (email != null && !emails.add(email.toLowerCase(java.util.Locale.ROOT))) {
                violations.add(new Violation(path + ".email", "is listed for another participant too"));
            }
            // the AVG: an address is kept on a stated basis only; a basis without an address says nothing
            if (email != null && p.emailBasis() == null) {
                violations.add(new Violation(path + ".emailBasis", "say on what legal basis the e-mail address is kept: "
                        + java.util.Arrays.toString(nl.nts.platform.api.model.LegalBasis.values()) + " (CONSENT once the person agreed)"));
            }
            checked.add(new Participant(name, role, email, p.organisation(), email == null ? null : p.emailBasis()));
        }
        return checked;
    }
}
