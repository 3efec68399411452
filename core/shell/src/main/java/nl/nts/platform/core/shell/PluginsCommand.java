package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.PluginInfo;
import nl.nts.platform.api.service.PluginCatalog;

@Command(scope = "nts", name = "plugins", description = "Lists the plugins: installed (with version, state, ROM and contributions) and available")
@Service
public class PluginsCommand implements Action {

    @Reference
    PluginCatalog catalog;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Version");
        table.column("State");
        table.column("ROM");
        table.column("Contributes").maxSize(50);
        table.column("Offered versions");
        for (PluginInfo p : catalog.list()) {
            table.addRow().addContent(p.id(), p.version() == null ? "" : p.version(), p.state(), p.rom() == null ? "national" : p.rom(),
                    String.join(", ", p.contributions()), String.join(", ", p.versions()));
        }
        table.print(System.out);
        return null;
    }
}
