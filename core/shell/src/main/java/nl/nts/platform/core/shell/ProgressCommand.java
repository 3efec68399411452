package nl.nts.platform.core.shell;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.api.service.ActionProgress;
import nl.nts.platform.api.service.Actions;

@Command(scope = "nts", name = "progress", description = "Shows an action's progress and its KPIs realised against target,"
        + " or records how far it is (with --percent or --milestone)")
@Service
public class ProgressCommand implements Action {

    @Reference
    Actions actions;

    @Reference
    ActionProgress progress;

    @Argument(index = 0, name = "action", description = "The action's id", required = true)
    long action;

    @Argument(index = 1, name = "note", description = "What happened (with --percent or --milestone)", multiValued = true)
    List<String> note;

    @Option(name = "-p", aliases = "--percent", description = "Record this percentage done (0 to 100)")
    Integer percent;

    @Option(name = "-m", aliases = "--milestone", description = "Record this milestone reached")
    String milestone;

    @Option(name = "-d", aliases = "--date", description = "The day it was seen, e.g. 2026-11-30 (default: today)")
    String date;

    @Override
    public Object execute() {
        if (note != null && !note.isEmpty() && note.get(0).startsWith("-")) {
            // Karaf reads options only before the arguments: "-p 40" after the id would become the note
            throw new nl.nts.platform.api.ValidationException("note", "'" + note.get(0) + "' comes after the action's id; options come first,"
                    + " e.g. nts:progress -p 40 -m \"First vouchers granted\" " + action + " what happened");
        }
        if (percent != null || milestone != null || note != null) {
            ProgressUpdate stored = progress.record(action, ProgressUpdate.builder().percent(percent).milestone(milestone)
                    .note(note == null ? null : String.join(" ", note)).date(Dates.parse("--date", date)).build());
            System.out.println("progress " + stored.id() + " of action " + action + " recorded: " + describe(stored));
            return null;
        }
        nl.nts.platform.api.model.Action a = actions.get(action);
        System.out.println("action " + a.id() + " '" + a.title() + "' (" + a.status() + ")"
                + (a.progress() == null ? ": no progress recorded" : ": " + describe(a.progress())));
        if (!a.kpis().isEmpty()) {
            ShellTable kpis = new ShellTable();
            kpis.column("KPI").maxSize(50);
            kpis.column("Unit");
            kpis.column("Baseline").alignRight();
            kpis.column("Target").alignRight();
            kpis.column("Year").alignRight();
            kpis.column("Realised").alignRight();
            kpis.column("On");
            kpis.column("Met");
            for (Kpi k : a.kpis()) {
                kpis.addRow().addContent(k.indicator(), k.unit(), plain(k.baseline()), plain(k.target()), k.year(), plain(k.realised()),
                        k.realisedOn() == null ? "" : k.realisedOn(), k.met() == null ? "" : k.met() ? "yes" : "no");
            }
            kpis.print(System.out);
        }
        var updates = progress.updates(action, new PageRequest(1, 20, null));
        if (!updates.items().isEmpty()) {
            ShellTable table = new ShellTable();
            table.column("Id").alignRight();
            table.column("Date");
            table.column("%").alignRight();
            table.column("Milestone").maxSize(40);
            table.column("Note").maxSize(60);
            table.column("By");
            for (ProgressUpdate u : updates.items()) {
                table.addRow().addContent(u.id(), u.date(), u.percent() == null ? "" : u.percent(), orEmpty(u.milestone()), orEmpty(u.note()),
                        u.stamp() == null ? "" : u.stamp().createdBy());
            }
            table.print(System.out);
            System.out.println(Listings.footer(updates));
        }
        return null;
    }

    private static String describe(ProgressUpdate u) {
        StringBuilder text = new StringBuilder();
        if (u.percent() != null) {
            text.append(u.percent()).append("% done");
        }
        if (u.milestone() != null) {
            text.append(text.length() > 0 ? ", " : "").append("milestone '").append(u.milestone()).append("'");
        }
        return text.append(" on ").append(u.date()).toString();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A date option: absent, or ISO (yyyy-mm-dd); anything else is the caller's mistake, said in one line. */
    static final class Dates {
        private Dates() {
        }

        static LocalDate parse(String option, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new nl.nts.platform.api.ValidationException("date", option + " '" + value + "' is not a date like 2026-11-30");
            }
        }
    }
}
