package nl.nts.platform.core.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.ReportFile;
import nl.nts.platform.api.plugin.ReportKind;
import nl.nts.platform.api.report.ReportOptions;
import nl.nts.platform.api.service.Reports;

@Command(scope = "nts", name = "report", description = "Renders a report (plan, agenda, workshop or overview) in a format (pdf, xlsx, html, md, csv, ...)"
        + " into a file and says where it is")
@Service
public class ReportCommand implements Action {

    @Reference
    Reports reports;

    @Option(name = "-f", aliases = "--format", description = "The format's id (nts:plugins and GET /api/reports list them); default pdf")
    String format = "pdf";

    @Option(name = "-l", aliases = "--lang", description = "nl or en (default en)")
    String lang = "en";

    @Option(name = "-s", aliases = "--since", description = "Add what changed on or after this day, e.g. 2026-11-01")
    String since;

    @Option(name = "-o", aliases = "--output", description = "The file's name under data/reports (default: the report's own, e.g. plan-1.pdf);"
            + " a report is written only there, since every shell user may run this command")
    String output;

    @Argument(index = 0, name = "kind", description = "plan, agenda, workshop or overview", required = true)
    String kind;

    @Argument(index = 1, name = "key", description = "The plan's or workshop's id, or the key technology's code (NTS01); none for the overview")
    String key;

    @Override
    public Object execute() throws IOException {
        ReportKind reportKind = kind(kind);
        if (key == null && reportKind != ReportKind.OVERVIEW) {
            throw new ValidationException("key", "a " + kind + " report needs the " + (reportKind == ReportKind.AGENDA ? "key technology's code, e.g. NTS01"
                    : reportKind.name().toLowerCase(Locale.ROOT) + "'s id") + " after the kind; options come first, e.g. nts:report -f pdf -l nl " + kind + " 1");
        }
        if (key != null && key.startsWith("-")) {
            throw new ValidationException("key", "'" + key + "' comes after the kind; options come first, e.g. nts:report -f xlsx " + kind + " ...");
        }
        ReportOptions options = ReportOptions.builder().language(lang).since(ProgressCommand.Dates.parse("--since", since)).build();
        try (ReportFile report = reports.renderToFile(reportKind, reportKind == ReportKind.OVERVIEW ? "national" : key, format, options)) {
            Path target = target(report.fileName());
            Path temporary = Files.createTempFile(target.getParent(), ".report-", ".part");
            try {
                try (java.io.OutputStream out = Files.newOutputStream(temporary)) {
                    report.transferTo(out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            System.out.println(kind.toLowerCase(Locale.ROOT) + " report written to " + target + " (" + report.mediaType() + ", "
                    + report.size() + " bytes)");
        }
        return null;
    }

    private Path target(String fileName) throws IOException {
        Path folder = Path.of(System.getProperty("karaf.data", "data"), "reports").toAbsolutePath().normalize();
        String name = output == null ? fileName : output.strip();
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new ValidationException("output", "'" + output + "' is not a file name: a report goes to " + folder + ", name only the file, e.g. -o plan.pdf");
        }
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    static ReportKind kind(String kind) {
        return switch (kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT)) {
            case "plan" -> ReportKind.PLAN;
            case "agenda" -> ReportKind.AGENDA;
            case "workshop" -> ReportKind.WORKSHOP;
            case "overview" -> ReportKind.OVERVIEW;
            default -> throw new ValidationException("kind", "'" + kind + "' is not a report: plan, agenda, workshop or overview");
        };
    }
}
