package nl.nts.platform.plugins.romliof;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;

/**
 * LIOF's export for its own spreadsheets: semicolon separated with decimal commas, as Dutch
 * Excel opens it, with a byte-order mark so the accents survive.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=rom-liof", PluginProperties.ROM + "=LIOF", ReportFormat.FORMAT + "=liof-export"})
public class LiofExport implements ReportFormat {

    @Override
    public String name() {
        return "LIOF export (semicolons, decimal commas)";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.of(ReportKind.PLAN, ReportKind.WORKSHOP);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        if (report instanceof Report.PlanReport plan) {
            w.write("Actie;Titel;Horizon;Status;Begroting;Publiek;Privaat;Inbreng\r\n");
            for (PlanOverview.ActionWithInputs entry : plan.overview().actions()) {
                Action a = entry.action();
                w.write(a.id() + ";" + cell(a.title()) + ";" + a.horizon() + ";" + a.status() + ";"
                        + amount(a.budget() == null ? null : a.budget().total()) + ";"
                        + amount(a.budget() == null ? null : a.budget().publicFunding()) + ";"
                        + amount(a.budget() == null ? null : a.budget().privateFunding()) + ";"
                        + entry.inputs().stream().map(i -> String.valueOf(i.id())).collect(Collectors.joining(",")) + "\r\n");
            }
        } else if (report instanceof Report.WorkshopReport workshop) {
            w.write("Inbreng;Soort;Thema;Status;Tekst\r\n");
            for (Input i : workshop.inputs()) {
                w.write(i.id() + ";" + i.kind() + ";" + i.theme() + ";" + i.status() + ";" + cell(i.text()) + "\r\n");
            }
        }
        w.flush();
    }

    private static String cell(String text) {
        String safe = text.replace("\r", " ").replace("\n", " ");
        return safe.contains(";") || safe.contains("\"") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
