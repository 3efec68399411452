package nl.nts.platform.core.plugins;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.nts.platform.api.plugin.ReportContext;
import nl.nts.platform.api.report.ReportOptions;

/** What the reader asked, as a format reads it: the report's options as they came in. */
record RequestedReport(ReportOptions options) implements ReportContext {

    @Override
    public String language() {
        return options.language();
    }

    @Override
    public Locale locale() {
        return options.locale();
    }

    @Override
    public LocalDate since() {
        return options.since();
    }

    @Override
    public boolean inline() {
        return options.inline();
    }

    @Override
    public Map<String, List<String>> parameters() {
        return options.parameters();
    }
}
