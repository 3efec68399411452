package nl.nts.platform.plugins.rombom;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;

/**
 * BOM's house format for its reinforcement plans: a Markdown document in Dutch, with the short
 * term ("laaghangend fruit") apart from the roadmap, and per action the input it answers.
 */
@Component(property = {PluginProperties.PLUGIN_ID + "=rom-bom", PluginProperties.ROM + "=BOM", ReportFormat.FORMAT + "=bom-house"})
public class BomHouseReport implements ReportFormat {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Override
    public String name() {
        return "BOM house style (Markdown, Dutch)";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public Set<ReportKind> kinds() {
        return EnumSet.of(ReportKind.PLAN);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Report.PlanReport planReport = (Report.PlanReport) report;
        PlanOverview overview = planReport.overview();
        Plan plan = overview.plan();
        Map<Long, String> names = planReport.organisations().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# " + plan.title() + "\n\n");
        w.write("*Brabantse Ontwikkelings Maatschappij* · waardeketen " + plan.valueChain() + " · " + String.join(", ", plan.roms())
                + " · " + plan.periodStart() + " t/m " + plan.periodEnd() + " · status " + plan.status() + ", editie " + plan.edition() + "\n\n");
        if (plan.summary() != null) {
            w.write(plan.summary() + "\n\n");
        }
        section(w, "Korte termijn (laaghangend fruit)", overview.actions(), Horizon.SHORT_TERM, names);
        section(w, "Roadmap", overview.actions(), Horizon.ROADMAP, names);
        w.flush();
    }

    private static void section(Writer w, String title, List<PlanOverview.ActionWithInputs> actions, Horizon horizon, Map<Long, String> names)
            throws IOException {
        List<PlanOverview.ActionWithInputs> selected = actions.stream().filter(a -> a.action().horizon() == horizon).toList();
        w.write("## " + title + "\n\n");
        if (selected.isEmpty()) {
            w.write("_Geen acties._\n\n");
            return;
        }
        w.write("| Actie | Trekker | Status | Budget | Publiek | Privaat |\n|---|---|---|---:|---:|---:|\n");
        for (PlanOverview.ActionWithInputs entry : selected) {
            Action a = entry.action();
            w.write("| " + cell(a.title()) + " | " + cell(a.owner() == null ? "-" : names.getOrDefault(a.owner(), String.valueOf(a.owner())))
                    + " | " + a.status() + " | " + euro(a.budget() == null ? null : a.budget().total()) + " | "
                    + euro(a.budget() == null ? null : a.budget().publicFunding()) + " | "
                    + euro(a.budget() == null ? null : a.budget().privateFunding()) + " |\n");
        }
        w.write("\n");
        for (PlanOverview.ActionWithInputs entry : selected) {
            if (!entry.inputs().isEmpty()) {
                w.write("**" + entry.action().title() + "** beantwoordt: "
                        + entry.inputs().stream().map(i -> i.theme() + " (#" + i.id() + ")").collect(Collectors.joining(", ")) + "\n\n");
            }
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String euro(BigDecimal amount) {
        return amount == null ? "-" : "€ " + NumberFormat.getIntegerInstance(DUTCH).format(amount);
    }
}
