package nl.nts.platform.core.shell;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.service.ReferenceData;

@Command(scope = "nts", name = "roms", description = "Lists the regional development agencies (ROMs) with their provinces and NUTS-2 codes")
@Service
public class RomsCommand implements Action {

    @Reference
    ReferenceData referenceData;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Provinces");
        table.column("NUTS-2");
        for (Rom rom : referenceData.roms()) {
            table.addRow().addContent(rom.code(), rom.name(),
                    rom.regions().stream().map(Region::province).collect(Collectors.joining(", ")),
                    rom.regions().stream().map(Region::nuts2).collect(Collectors.joining(", ")));
        }
        table.print(System.out);
        return null;
    }
}
