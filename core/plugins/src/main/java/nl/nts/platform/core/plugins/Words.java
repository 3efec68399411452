package nl.nts.platform.core.plugins;

import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.report.ReportOptions;

/** The words of a report in its language: each phrase once in English and once in Dutch, side by side. */
final class Words {

    private final boolean dutch;

    Words(ReportOptions options) {
        this.dutch = options.dutch();
    }

    /** A number as the report's language writes it ({@code 1,5} in Dutch). */
    String number(Number value) {
        return nl.nts.platform.api.report.Values.number(value, dutch ? "nl" : "en");
    }

    String of(String english, String dutch) {
        return this.dutch ? dutch : english;
    }

    String technology(KeyTechnology t) {
        return t.code() + " " + (dutch && t.nameNl() != null ? t.nameNl() : t.nameEn());
    }

    String status(ActionStatus s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case IDEA -> of("idea", "idee");
            case IN_PREPARATION -> of("in preparation", "in voorbereiding");
            case FUNDED -> of("funded", "gefinancierd");
            case RUNNING -> of("running", "lopend");
            case DONE -> of("done", "afgerond");
            case DROPPED -> of("dropped", "gestopt");
        };
    }

    String status(PlanStatus s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case DRAFT -> of("draft", "concept");
            case CONSULTATION -> of("consultation", "consultatie");
            case SUBMITTED -> of("submitted", "ingediend");
            case APPROVED -> of("approved", "goedgekeurd");
        };
    }

    String horizon(Horizon h) {
        if (h == null) {
            return null;
        }
        return h == Horizon.SHORT_TERM ? of("short term", "korte termijn") : of("roadmap", "roadmap");
    }

    String kind(InputKind k) {
        if (k == null) {
            return null;
        }
        return switch (k) {
            case CHALLENGE -> of("challenge", "uitdaging");
            case OPPORTUNITY -> of("opportunity", "kans");
            case PROPOSAL -> of("proposal", "voorstel");
            case RISK -> of("risk", "risico");
        };
    }

    String kind(OrganisationKind k) {
        if (k == null) {
            return of("unknown", "onbekend");
        }
        return switch (k) {
            case SME -> of("SME", "mkb");
            case START_UP -> "start-up";
            case SCALE_UP -> "scale-up";
            case LARGE_COMPANY -> of("large company", "grootbedrijf");
            case KNOWLEDGE_INSTITUTION -> of("knowledge institution", "kennisinstelling");
            case GOVERNMENT -> of("government", "overheid");
            case INVESTOR -> of("investor", "investeerder");
            case INTERMEDIARY -> of("intermediary", "intermediair");
        };
    }
}
