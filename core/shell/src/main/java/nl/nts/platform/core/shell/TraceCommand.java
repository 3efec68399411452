package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.AgendaBasis;
import nl.nts.platform.api.model.InputTrace;
import nl.nts.platform.api.service.Traces;

@Command(scope = "nts", name = "trace", description = "Shows what became of an input (the actions answering it and how far they are),"
        + " or with --agenda the workshops and inputs a key technology's agenda rests on")
@Service
public class TraceCommand implements Action {

    @Reference
    Traces traces;

    @Argument(index = 0, name = "input", description = "The input's id")
    Long input;

    @Option(name = "-a", aliases = "--agenda", description = "A key technology's code, e.g. NTS09: what its agenda rests on")
    String agenda;

    @Override
    public Object execute() {
        if (agenda != null) {
            print(traces.agenda(agenda));
            return null;
        }
        if (input == null) {
            throw new ValidationException("input", "name an input's id (nts:inputs lists them), or a key technology with --agenda NTS09");
        }
        InputTrace trace = traces.input(input);
        System.out.println("input " + trace.input() + " (" + trace.status() + ") from " + (trace.workshop() == 0 ? trace.rom() + "'s public page"
                : "workshop " + trace.workshop() + " '" + trace.workshopTitle() + "' of " + trace.workshopDate() + " (" + trace.rom() + ")"));
        if (trace.answers().isEmpty()) {
            System.out.println("no action answers it yet");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Action").alignRight();
        table.column("Title").maxSize(45);
        table.column("Plan").maxSize(35);
        table.column("Plan status");
        table.column("Status");
        table.column("%").alignRight();
        table.column("Progress on");
        table.column("KPIs met").alignRight();
        for (InputTrace.Answer a : trace.answers()) {
            table.addRow().addContent(a.action(), a.title(), a.planTitle(), a.planStatus(), a.status(), a.percent() == null ? "" : a.percent(),
                    a.progressOn() == null ? "" : a.progressOn(), a.kpisMet() + " of " + a.kpis() + " (" + a.kpisMeasured() + " measured)");
        }
        table.print(System.out);
        return null;
    }

    private static void print(AgendaBasis basis) {
        System.out.println(basis.technology() + ": " + basis.actions() + " actions answer " + basis.inputsAnswered() + " inputs; "
                + basis.inputsOnTechnology() + " inputs name the technology, " + basis.inputsOpen() + " of them not answered on the agenda yet; "
                + basis.workshops().size() + " workshops, (co-)organised by " + String.join(", ", basis.roms()));
        ShellTable table = new ShellTable();
        table.column("Workshop").alignRight();
        table.column("Date");
        table.column("Title").maxSize(50);
        table.column("ROM");
        table.column("With");
        table.column("Answered");
        table.column("Open");
        for (AgendaBasis.Source s : basis.workshops()) {
            table.addRow().addContent(s.workshop() == 0 ? "public page" : s.workshop(), s.date(), s.title(), s.rom(), String.join(", ", s.coOrganisers()), ids(s.answered()), ids(s.open()));
        }
        table.print(System.out);
    }

    private static String ids(java.util.List<Long> ids) {
        return ids.isEmpty() ? "" : ids.size() + ": " + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
