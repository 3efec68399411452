package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.service.ReferenceData;

@Command(scope = "nts", name = "technologies", description = "Lists the key technologies of the National Technology Strategy")
@Service
public class TechnologiesCommand implements Action {

    @Reference
    ReferenceData referenceData;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Dutch name");
        for (KeyTechnology t : referenceData.technologies()) {
            table.addRow().addContent(t.code(), t.nameEn(), t.nameNl());
        }
        table.print(System.out);
        return null;
    }
}
