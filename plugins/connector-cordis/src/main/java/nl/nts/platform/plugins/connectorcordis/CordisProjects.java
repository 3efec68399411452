package nl.nts.platform.plugins.connectorcordis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import nl.nts.platform.api.model.EuProject;

/** An organisation's part in a project, from its row of organization.csv and the project's row of project.csv. */
final class CordisProjects {

    private CordisProjects() {
    }

    /**
     * @param id           the project's CORDIS id
     * @param participant  the organisation's row of organization.csv ({@code projectAcronym}, {@code role})
     * @param project      the project's row of project.csv, or null when there is none
     */
    static EuProject project(String id, Map<String, String> participant, Map<String, String> project) {
        Map<String, String> p = project == null ? Map.of() : project;
        String acronym = text(p.getOrDefault("acronym", participant.get("projectAcronym")), 50);
        LocalDate start = date(p.get("startDate"));
        LocalDate end = date(p.get("endDate"));
        if (start != null && end != null && end.isBefore(start)) {
            // the platform refuses a project that ends before it starts, and with it the whole
            // organisation; which of the two CORDIS has wrong is not known, so neither is kept
            start = null;
            end = null;
        }
        return EuProject.builder()
                .id(id)
                .acronym(acronym)
                .title(text(p.get("title"), 300))
                .programme(text(p.get("frameworkProgramme"), 50))
                .role(text(participant.get("role"), 30))
                .start(start)
                .end(end)
                .build();
    }

    /** Stripped, null when empty, cut to what the platform keeps (a title CORDIS writes longer is not a reason to refuse the organisation). */
    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** CORDIS writes {@code 2024-01-01}; anything else is left out rather than refusing the organisation. */
    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
