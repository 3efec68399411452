package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.ValueChain;
import nl.nts.platform.api.service.ValueChains;

@Command(scope = "nts", name = "value-chains", description = "Lists the value chains with their key technologies and ROMs")
@Service
public class ValueChainsCommand implements Action {

    @Reference
    ValueChains valueChains;

    @Option(name = "-t", aliases = "--technology", description = "Only chains that build on this key technology code, e.g. NTS09")
    String technology;

    @Option(name = "-r", aliases = "--rom", description = "Only chains this ROM takes part in, e.g. BOM")
    String rom;

    @Override
    public Object execute() {
        List<ValueChain> chains = valueChains.list().stream()
                .filter(c -> technology == null || c.technologies().contains(technology))
                .filter(c -> rom == null || c.roms().contains(rom))
                .toList();
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name").maxSize(60).wrap();
        table.column("Technologies");
        table.column("ROMs");
        for (ValueChain c : chains) {
            table.addRow().addContent(c.code(), c.name(), String.join(", ", c.technologies()), String.join(", ", c.roms()));
        }
        table.print(System.out);
        return null;
    }
}
