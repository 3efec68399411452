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
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.service.Consortia;
import nl.nts.platform.api.service.ConsortiumFilter;

@Command(scope = "nts", name = "consortia", description = "Lists and searches the consortia answering funding calls")
@Service
public class ConsortiaCommand implements Action {

    @Reference
    Consortia consortia;

    @Argument(name = "text", description = "Words that must occur in the name", multiValued = true)
    List<String> words;

    @Option(name = "-c", aliases = "--call", description = "Only consortia answering this call (id)")
    Long call;

    @Option(name = "-o", aliases = "--organisation", description = "Only consortia with this organisation (id) as lead or member")
    Long organisation;

    @Option(name = "-r", aliases = "--rom", description = "Only consortia this ROM brokers")
    String rom;

    @Option(name = "-p", aliases = "--page", description = "The page to show, from 1")
    int page = 1;

    @Override
    public Object execute() {
        Page<Consortium> found = consortia.find(new ConsortiumFilter(call, organisation, rom, words == null ? null : String.join(" ", words)),
                new PageRequest(page, PageRequest.DEFAULT_SIZE, null));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Name").maxSize(50);
        table.column("Call").alignRight();
        table.column("Lead").alignRight();
        table.column("Members");
        table.column("ROM");
        for (Consortium c : found.items()) {
            table.addRow().addContent(c.id(), c.name(), c.call(), c.lead(),
                    c.members().stream().map(m -> m.organisation() + " (" + m.role() + ")").reduce((a, b) -> a + ", " + b).orElse(""),
                    c.rom() == null ? "" : c.rom());
        }
        table.print(System.out);
        System.out.println(Listings.footer(found));
        return null;
    }
}
