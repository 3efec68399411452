package nl.nts.platform.api.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What a reader asks of a report beside its record and format.
 *
 * @param language {@code nl} or {@code en}: the language of headings, labels and names the core
 *                 holds in both (technologies, statuses); free text stays as it was written
 * @param since    when given, the report also lists what changed on or after that day (actions,
 *                 inputs, plans created or updated, progress recorded); may be null
 */
public record ReportOptions(String language, LocalDate since) {

    /** The languages a report can be written in. */
    public static final Set<String> LANGUAGES = Set.of("nl", "en");

    /** English, no "changes since". */
    public static final ReportOptions DEFAULTS = new ReportOptions("en", null);

    /**
     * @throws nl.nts.platform.api.ValidationException naming {@code lang} for a language other than
     *         nl or en (none, or blank, is English), or {@code since} for a day outside the years
     *         1900 to 2200: the same refusal whoever asks (REST, the shell, a plugin)
     */
    public ReportOptions {
        String asked = language;
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new nl.nts.platform.api.ValidationException("lang", "'" + (asked.length() > 20 ? asked.substring(0, 20) + "..." : asked)
                    + "' is not a report language: nl or en");
        }
        if (since != null && (since.getYear() < 1900 || since.getYear() > 2200)) {
            throw new nl.nts.platform.api.ValidationException("since", "is out of range: a year from 1900 to 2200");
        }
    }

    /** @return whether the report is in Dutch */
    public boolean dutch() {
        return "nl".equals(language);
    }

    /** @return a builder of the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's components, to build a changed copy */
    public Builder toBuilder() {
        return new Builder().language(language).since(since);
    }

    /** Builds {@link ReportOptions} by naming its components. Not for concurrent use. */
    public static final class Builder {

        private String language = "en";
        private LocalDate since;

        private Builder() {
        }

        /**
         * @param language see {@link ReportOptions#language()}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * @param since see {@link ReportOptions#since()}
         * @return this builder
         */
        public Builder since(LocalDate since) {
            this.since = since;
            return this;
        }

        /**
         * @return new options of the components set so far
         * @throws IllegalArgumentException when the language is neither nl nor en
         */
        public ReportOptions build() {
            return new ReportOptions(language, since);
        }
    }
}
