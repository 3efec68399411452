package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.Attention;
import nl.nts.platform.api.model.WorkflowInfo;
import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.service.Workflows;

@Command(scope = "nts", name = "workflows",
        description = "Shows the workflow of each ROM for inputs, actions and plans, and the inputs held in a state their current workflow lacks")
@Service
public class WorkflowsCommand implements Action {

    @Reference
    Workflows workflows;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Subject");
        table.column("ROM");
        table.column("Workflow");
        table.column("Plugin");
        table.column("States").maxSize(70);
        for (WorkflowInfo w : workflows.list()) {
            table.addRow().addContent(w.subject(), w.rom(), w.name(), w.plugin(), String.join(", ", w.states().stream().map(Workflow.State::code).toList()));
        }
        table.print(System.out);
        List<Attention> held = workflows.attention();
        if (held.isEmpty()) {
            System.out.println("no input needs attention");
            return null;
        }
        System.out.println(held.size() + " input(s) held in a state their ROM's workflow lacks; move them with POST /api/inputs/{id}/move:");
        ShellTable attention = new ShellTable();
        attention.column("Input").alignRight();
        attention.column("ROM");
        attention.column("Held in");
        attention.column("Can move to").maxSize(60);
        for (Attention a : held) {
            attention.addRow().addContent(a.id(), a.rom(), a.state(), String.join(", ", a.states()));
        }
        attention.print(System.out);
        return null;
    }
}
