package nl.nts.platform.core.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.core.shared.Codes;

/** The rules a funding call must follow that need no database. */
final class FundingCallRules {

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9_-]{1,50}");

    private final Predicate<String> knownTechnology;

    FundingCallRules(Predicate<String> knownTechnology) {
        this.knownTechnology = knownTechnology;
    }

    FundingCall check(FundingCall c) {
        List<Violation> violations = new ArrayList<>();
        String source = c.source() == null ? null : c.source().strip();
        if (source == null || source.isEmpty()) {
            violations.add(new Violation("source", "is required, e.g. SEDIA or RVO"));
        } else if (!SOURCE.matcher(source).matches()) {
            violations.add(new Violation("source", "must be 1 to 50 letters, digits, '-' or '_'"));
        }
        String identifier = Codes.text("identifier", c.identifier(), true, 100, violations);
        String programme = Codes.text("programme", c.programme(), false, 200, violations);
        String title = Codes.text("title", c.title(), true, 300, violations);
        Codes.checkYear("opening", c.opening(), violations);
        Codes.checkYear("deadline", c.deadline(), violations);
        if (c.opening() != null && c.deadline() != null && c.deadline().isBefore(c.opening())) {
            violations.add(new Violation("deadline", "is before the opening"));
        }
        if (c.budget() != null && c.budget().signum() < 0) {
            violations.add(new Violation("budget", "is negative"));
        } else if (c.budget() != null && (c.budget().scale() > 2 || c.budget().precision() - c.budget().scale() > 13)) {
            violations.add(new Violation("budget", "must be euros and cents below 10^13"));
        }
        Codes.checkReferences("technologies", "key technology", c.technologies(), knownTechnology, violations);
        String url = Codes.text("url", c.url(), false, 500, violations);
        if (url != null && !isWebAddress(url)) {
            violations.add(new Violation("url", "is not an http or https address"));
        }
        checkTrl("trlMin", c.trlMin(), violations);
        checkTrl("trlMax", c.trlMax(), violations);
        if (c.trlMin() != null && c.trlMax() != null && c.trlMax() < c.trlMin()) {
            violations.add(new Violation("trlMax", "is " + c.trlMax() + ", below trlMin " + c.trlMin()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new FundingCall(c.id(), source, identifier, programme, title, c.opening(), c.deadline(), c.budget(),
                c.status() == null ? CallStatus.FORTHCOMING : c.status(), c.technologies(), url, c.version(), null,
                c.trlMin(), c.trlMax(), c.crossRegional());
    }

    private static void checkTrl(String field, Integer trl, List<Violation> violations) {
        if (trl != null && (trl < 1 || trl > 9)) {
            violations.add(new Violation(field, "is " + trl + "; a technology readiness level is 1 to 9"));
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
