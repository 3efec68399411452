package nl.nts.platform.api.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a reader asks of a report beside its record and format.
 *
 * @param language {@code nl} or {@code en}: the language of headings, labels and names the core
 *                 holds in both (technologies, statuses); free text stays as it was written
 * @param since    when given, the report also lists what changed on or after that day (actions,
 *                 inputs, plans created or updated, progress recorded); may be null
 * @param locale   the reader's locale, for what a format writes itself (numbers, dates); null means
 *                 the language's own ({@code nl} or {@code en}). Since 1.1
 * @param parameters the request's query parameters by name, as a format may read them
 *                 ({@link nl.nts.platform.api.plugin.ReportContext#parameters()}); null means none. Since 1.1
 * @param inline   whether the reader views the report in the browser rather than downloading it. Since 1.1
 */
public record ReportOptions(String language, LocalDate since, Locale locale, Map<String, List<String>> parameters, boolean inline) {

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
        locale = locale == null ? Locale.forLanguageTag(language) : locale;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, values) -> {
                if (name != null) {
                    copy.put(name, values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList());
                }
            });
        }
        parameters = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Options of a language and a day only, as before 1.1: the language's locale, no parameters,
     * downloaded.
     */
    public ReportOptions(String language, LocalDate since) {
        this(language, since, null, null, false);
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
        return new Builder().language(language).since(since).locale(locale).parameters(parameters).inline(inline);
    }

    /** Builds {@link ReportOptions} by naming its components. Not for concurrent use. */
    public static final class Builder {

        private String language = "en";
        private LocalDate since;
        private Locale locale;
        private Map<String, List<String>> parameters;
        private boolean inline;

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
         * @param locale see {@link ReportOptions#locale()}
         * @return this builder
         * @since 1.1
         */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /**
         * @param parameters see {@link ReportOptions#parameters()}
         * @return this builder
         * @since 1.1
         */
        public Builder parameters(Map<String, List<String>> parameters) {
            this.parameters = parameters;
            return this;
        }

        /**
         * @param inline see {@link ReportOptions#inline()}
         * @return this builder
         * @since 1.1
         */
        public Builder inline(boolean inline) {
            this.inline = inline;
            return this;
        }

        /**
         * @return new options of the components set so far
         * @throws nl.nts.platform.api.ValidationException when the language is neither nl nor en
         */
        public ReportOptions build() {
            return new ReportOptions(language, since, locale, parameters, inline);
        }
    }
}
