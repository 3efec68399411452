package nl.nts.platform.plugins.reportcsv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.Report;
import nl.nts.platform.api.plugin.ReportContext;
import nl.nts.platform.api.plugin.ReportFormat;
import nl.nts.platform.api.plugin.ReportKind;

/**
 * Plans, agendas and workshops as CSV, one row per action or input, for spreadsheets. Its settings
 * (PID {@value #PID}, described by its metatype, so the catalog shows and checks them): the
 * separator, a comma unless configured otherwise; a request may ask for another with
 * {@code ?separator=;} (or {@code tab}).
 */
@Component(configurationPid = CsvReports.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {PluginProperties.PLUGIN_ID + "=report-csv", ReportFormat.FORMAT + "=csv"})
@Designate(ocd = CsvReports.Config.class)
public class CsvReports implements ReportFormat {

    static final String PID = "nl.nts.platform.report.csv";

    @ObjectClassDefinition(name = "CSV reports", description = "How the national CSV format writes its files")
    public @interface Config {
        @AttributeDefinition(name = "Separator", description = "What separates the fields: a comma (RFC 4180) or, for spreadsheet programs set to Dutch, a semicolon",
                options = {@Option(label = "comma", value = ","), @Option(label = "semicolon", value = ";"), @Option(label = "tab", value = "tab")})
        String separator() default ",";
    }

    private volatile char separator;

    /** Unconfigured: RFC 4180's comma. */
    public CsvReports() {
        this.separator = ',';
    }

    @Activate
    public CsvReports(Config config) {
        modified(config);
    }

    /** A new separator applies from the next report on; the format stays registered meanwhile. */
    @Modified
    void modified(Config config) {
        this.separator = separator(config.separator());
    }

    private static char separator(String configured) {
        return "tab".equals(configured) ? '\t' : configured == null || configured.length() != 1 ? ',' : configured.charAt(0);
    }

    @Override
    public String name() {
        return "CSV (one row per action or input)";
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
        return EnumSet.allOf(ReportKind.class);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        render(report, out, separator);
    }

    /** The configured separator, unless the request asks for one of the others: {@code ?separator=;}. */
    @Override
    public void render(Report report, ReportContext context, OutputStream out) throws IOException {
        String asked = context.parameter("separator").orElse(null);
        render(report, out, asked != null && List.of(",", ";", "tab").contains(asked) ? separator(asked) : separator);
    }

    private void render(Report report, OutputStream out, char separator) throws IOException {
        CsvWriter csv = new CsvWriter(out, separator);
        if (report instanceof Report.PlanReport plan) {
            plan(plan, csv);
        } else if (report instanceof Report.AgendaReport agenda) {
            agenda(agenda.agenda(), csv);
        } else if (report instanceof Report.WorkshopReport workshop) {
            workshop(workshop, csv);
        }
        csv.flush();
    }

    private static void plan(Report.PlanReport report, CsvWriter csv) throws IOException {
        Map<Long, String> names = names(report.organisations());
        csv.row("plan", "action", "title", "horizon", "status", "owner", "partners", "start", "end", "budget_total_eur",
                "public_eur", "private_eur", "funding_source", "technologies", "answers_inputs", "kpis");
        for (PlanOverview.ActionWithInputs entry : report.overview().actions()) {
            Action a = entry.action();
            Budget b = a.budget();
            csv.row(report.overview().plan().title(), a.id(), a.title(), a.horizon(), a.status(), names.get(a.owner()),
                    a.partners().stream().map(names::get).collect(Collectors.joining("; ")), a.start(), a.end(),
                    b == null ? null : plain(b.total()), b == null ? null : plain(b.publicFunding()), b == null ? null : plain(b.privateFunding()),
                    b == null ? null : b.fundingSource(), String.join("; ", a.technologies()),
                    entry.inputs().stream().map(i -> i.id() + " " + i.theme()).collect(Collectors.joining("; ")), kpis(a.kpis()));
        }
    }

    private static void agenda(Agenda agenda, CsvWriter csv) throws IOException {
        csv.row("technology", "action", "title", "plan", "value_chain", "roms", "horizon", "status", "budget_total_eur", "public_eur",
                "private_eur");
        for (Agenda.Entry entry : agenda.actions()) {
            Action a = entry.action();
            Budget b = a.budget();
            csv.row(agenda.technology().code(), a.id(), a.title(), entry.planTitle(), entry.valueChain(), String.join("; ", a.roms()),
                    a.horizon(), a.status(), b == null ? null : plain(b.total()), b == null ? null : plain(b.publicFunding()),
                    b == null ? null : plain(b.privateFunding()));
        }
        Agenda.Totals t = agenda.totals();
        csv.row(agenda.technology().code(), "total", t.actions() + " actions", null, null, null, null, null, plain(t.budget()),
                plain(t.publicFunding()), plain(t.privateFunding()));
    }

    private static void workshop(Report.WorkshopReport report, CsvWriter csv) throws IOException {
        Map<Long, String> names = names(report.organisations());
        csv.row("workshop", "date", "input", "kind", "theme", "organisation", "value_chain", "technologies", "status", "text", "answered_by");
        for (Input i : report.inputs()) {
            csv.row(report.workshop().title(), report.workshop().date(), i.id(), i.kind(), i.theme(), names.get(i.organisation()),
                    i.valueChain(), String.join("; ", i.technologies()), i.status(), i.text(),
                    i.answeredBy().stream().map(String::valueOf).collect(Collectors.joining("; ")));
        }
    }

    private static Map<Long, String> names(List<Organisation> organisations) {
        return organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

    private static String kpis(List<Kpi> kpis) {
        Function<Kpi, String> one = k -> k.indicator() + ": " + (k.baseline() == null ? "" : plain(k.baseline()) + " -> ")
                + plain(k.target()) + " " + k.unit() + " by " + k.year();
        return kpis.stream().map(one).collect(Collectors.joining("; "));
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
