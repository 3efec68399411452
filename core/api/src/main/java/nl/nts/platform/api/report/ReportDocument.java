package nl.nts.platform.api.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.nts.platform.api.plugin.ReportKind;

/**
 * The content of one report, built by the core once and handed to a {@link DocumentFormat}:
 * every format renders the same sections, so a PDF and a spreadsheet of one plan say the same.
 *
 * @param kind      which report
 * @param key       the record reported on: a plan or workshop id, a key technology code, or
 *                  {@code national} for the national overview
 * @param title     the report's title, e.g. the plan's
 * @param subtitle  a line under the title, e.g. the value chain and the ROMs; may be null
 * @param options   the language and "changes since" it was written for
 * @param generated when the core built it
 * @param roms      the ROMs owning the reported record; empty for a national report
 * @param sections  its sections, in order
 */
public record ReportDocument(ReportKind kind, String key, String title, String subtitle, ReportOptions options, Instant generated,
        List<String> roms, List<Section> sections) {

    public ReportDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(generated, "generated");
        roms = List.copyOf(roms);
        sections = List.copyOf(sections);
    }

    /** @return {@code nl} or {@code en} */
    public String language() {
        return options.language();
    }

    /** @return how many tables the sections hold together */
    public int tableCount() {
        return sections.stream().mapToInt(s -> s.tables().size()).sum();
    }
}
