package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.service.WorkshopFilter;
import nl.nts.platform.api.service.Workshops;

@Command(scope = "nts", name = "workshops", description = "Lists and searches the workshops, newest first")
@Service
public class WorkshopsCommand implements Action {

    @Reference
    Workshops workshops;

    @Argument(name = "text", description = "Words that must occur in the title or place", multiValued = true)
    List<String> words;

    @Option(name = "-r", aliases = "--rom", description = "Only workshops this ROM organised, e.g. BOM")
    String rom;

    @Option(name = "-t", aliases = "--technology", description = "Only workshops that discussed this key technology")
    String technology;

    @Option(name = "-c", aliases = "--chain", description = "Only workshops that discussed this value chain")
    String valueChain;

    @Option(name = "-p", aliases = "--page", description = "The page to show, from 1")
    int page = 1;

    @Override
    public Object execute() {
        Page<Workshop> found = workshops.find(new WorkshopFilter(rom, technology, valueChain, null, null, words == null ? null : String.join(" ", words)),
                new PageRequest(page, PageRequest.DEFAULT_SIZE, null));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Date");
        table.column("Title").maxSize(50);
        table.column("Place").maxSize(40);
        table.column("ROMs");
        table.column("Organisations").alignRight();
        for (Workshop w : found.items()) {
            String roms = w.rom() + (w.coOrganisers().isEmpty() ? "" : ", " + String.join(", ", w.coOrganisers()));
            table.addRow().addContent(w.id(), w.date(), w.title(), w.place() == null ? "" : w.place(), roms, w.organisations().size());
        }
        table.print(System.out);
        System.out.println(Listings.footer(found));
        return null;
    }
}
