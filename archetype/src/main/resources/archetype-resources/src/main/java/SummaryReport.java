package ${package};

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportContext;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;

/**
 * ${rom}'s one-page summary of a plan or a workshop, as plain text: the title, then a line for each
 * action or input. Numbers follow the reader's locale (Accept-Language); {@code ?heading=...}
 * replaces the first line. As a format of ROM ${rom} it renders only reports of records ${rom}
 * owns; GET /api/plans/{id}/report?format=${pluginId}-summary asks for it.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=${pluginId}", PluginProperties.ROM + "=${rom}", ReportFormat.FORMAT + "=${pluginId}-summary"})
public class SummaryReport implements ReportFormat {

    @Override
    public String name() {
        return "${rom} summary (text)";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.of(ReportKind.PLAN, ReportKind.WORKSHOP);
    }

    /** Without a request to read (a caller of the two-argument method): the English defaults. */
    @Override
    public void render(Report report, OutputStream out) throws IOException {
        write(report, null, NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH), out);
    }

    @Override
    public void render(Report report, ReportContext context, OutputStream out) throws IOException {
        write(report, context.parameter("heading").orElse(null), NumberFormat.getIntegerInstance(context.locale()), out);
    }

    private static void write(Report report, String heading, NumberFormat numbers, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write((heading != null ? heading : report.title()) + "\n");
        if (report instanceof Report.PlanReport plan) {
            text.write(plan.overview().actions().size() + " actions\n");
            for (var entry : plan.overview().actions()) {
                var budget = entry.action().budget();
                text.write("- " + entry.action().title() + (budget == null || budget.total() == null ? "" : ": EUR " + numbers.format(budget.total())) + "\n");
            }
        } else if (report instanceof Report.WorkshopReport workshop) {
            text.write(workshop.inputs().size() + " inputs\n");
            for (var input : workshop.inputs()) {
                text.write("- " + input.kind() + " " + input.theme() + ": " + input.text() + "\n");
            }
        }
        // the core owns the stream: flush what was written, never close it
        text.flush();
    }
}
