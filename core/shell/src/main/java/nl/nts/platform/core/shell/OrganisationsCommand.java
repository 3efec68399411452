package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.service.OrganisationFilter;
import nl.nts.platform.api.service.Organisations;

@Command(scope = "nts", name = "organisations", description = "Lists and searches the organisations")
@Service
public class OrganisationsCommand implements Action {

    @Reference
    Organisations organisations;

    @Argument(name = "text", description = "Words the name or city must have, each the start of one of its words (case and accents ignored)", multiValued = true)
    java.util.List<String> words;

    @Option(name = "-r", aliases = "--rom", description = "Only organisations in this ROM's region, e.g. BOM")
    String rom;

    @Option(name = "-t", aliases = "--technology", description = "Only organisations working with this key technology, e.g. NTS09")
    String technology;

    @Option(name = "-c", aliases = "--chain", description = "Only organisations working in this value chain, e.g. VC01")
    String valueChain;

    @Option(name = "-k", aliases = "--kind", description = "Only organisations of this kind, e.g. SME, START_UP")
    OrganisationKind kind;

    @Option(name = "-p", aliases = "--page", description = "The page to show, from 1")
    int page = 1;

    @Option(name = "-s", aliases = "--sort", description = "Sort by name, city or updatedAt; a leading - sorts descending")
    String sort;

    @Override
    public Object execute() {
        String text = words == null ? null : String.join(" ", words);
        Page<Organisation> found = organisations.find(new OrganisationFilter(rom, technology, valueChain, kind, text),
                new PageRequest(page, PageRequest.DEFAULT_SIZE, sort));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Name").maxSize(50);
        table.column("Kind");
        table.column("City");
        table.column("Country");
        table.column("ROM");
        table.column("Technologies");
        for (Organisation o : found.items()) {
            table.addRow().addContent(o.id(), o.name(), o.kind(), o.city() == null ? "" : o.city(), o.country(),
                    o.rom() == null ? "" : o.rom(), String.join(", ", o.technologies()));
        }
        table.print(System.out);
        System.out.println(Listings.footer(found));
        return null;
    }
}
