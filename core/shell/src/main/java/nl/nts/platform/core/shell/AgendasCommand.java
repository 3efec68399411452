package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.service.Agendas;

@Command(scope = "nts", name = "agendas", description = "Shows the national action agendas: per key technology the actions of all plans, with totals")
@Service
public class AgendasCommand implements Action {

    @Reference
    Agendas agendas;

    @Argument(name = "technology", description = "Show the actions on this technology's agenda, e.g. NTS09")
    String technology;

    @Override
    public Object execute() {
        if (technology != null) {
            Agenda agenda = agendas.get(technology);
            System.out.println(agenda.technology().code() + " " + agenda.technology().nameEn() + " (owner " + agenda.owner() + ")");
            ShellTable table = new ShellTable();
            table.column("Action").alignRight();
            table.column("Title").maxSize(50);
            table.column("Plan").maxSize(40);
            table.column("ROMs");
            table.column("Status");
            table.column("Budget (EUR)").alignRight();
            for (Agenda.Entry e : agenda.actions()) {
                table.addRow().addContent(e.action().id(), e.action().title(), e.planTitle(), String.join(", ", e.action().roms()),
                        e.action().status(), e.action().budget() == null ? "" : String.format("%,.0f", e.action().budget().total()));
            }
            table.print(System.out);
            print(List.of(agenda));
            return null;
        }
        print(agendas.list());
        return null;
    }

    private static void print(List<Agenda> agendas) {
        ShellTable table = new ShellTable();
        table.column("Technology");
        table.column("Name").maxSize(45);
        table.column("Actions").alignRight();
        table.column("Budget (EUR)").alignRight();
        table.column("Public (EUR)").alignRight();
        table.column("Private (EUR)").alignRight();
        for (Agenda a : agendas) {
            table.addRow().addContent(a.technology().code(), a.technology().nameEn(), a.totals().actions(),
                    String.format("%,.0f", a.totals().budget()), String.format("%,.0f", a.totals().publicFunding()),
                    String.format("%,.0f", a.totals().privateFunding()));
        }
        table.print(System.out);
    }
}
