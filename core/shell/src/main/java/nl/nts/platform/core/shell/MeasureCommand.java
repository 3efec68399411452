package nl.nts.platform.core.shell;

import java.math.BigDecimal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.service.ActionProgress;
import nl.nts.platform.api.service.Actions;

@Command(scope = "nts", name = "measure", description = "Records a value measured for one KPI of an action (nts:progress ACTION shows them)")
@Service
public class MeasureCommand implements Action {

    @Reference
    Actions actions;

    @Reference
    ActionProgress progress;

    @Argument(index = 0, name = "action", description = "The action's id", required = true)
    long action;

    @Argument(index = 1, name = "indicator", description = "The KPI, by its indicator (in quotes when it has spaces)", required = true)
    String indicator;

    @Argument(index = 2, name = "value", description = "What was measured, in the KPI's unit", required = true)
    String value;

    @Option(name = "-d", aliases = "--date", description = "The day it was measured, e.g. 2026-11-30 (default: today)")
    String date;

    @Option(name = "-s", aliases = "--source", description = "Where the figure comes from")
    String source;

    @Override
    public Object execute() {
        BigDecimal measured;
        try {
            measured = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("value", "'" + value + "' is not a number like 12 or 3.5");
        }
        KpiMeasurement stored = progress.measure(action, KpiMeasurement.builder().indicator(indicator).value(measured)
                .date(ProgressCommand.Dates.parse("--date", date)).source(source).build());
        Kpi kpi = actions.get(action).kpis().stream().filter(k -> k.indicator().equals(stored.indicator())).findFirst().orElse(null);
        System.out.println("measurement " + stored.id() + " of '" + stored.indicator() + "' recorded: " + stored.value().toPlainString()
                + (kpi == null ? "" : " " + kpi.unit() + " against a target of " + kpi.target().toPlainString()
                        + (Boolean.TRUE.equals(kpi.met()) ? " (met)" : " (not met yet)"))
                + " on " + stored.date());
        return null;
    }
}
