package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.Resilience;
import nl.nts.platform.api.model.SegmentResilience;
import nl.nts.platform.api.service.ValueChains;

@Command(scope = "nts", name = "resilience",
        description = "Shows per segment of a value chain where its organisations are, and flags segments without a Dutch organisation")
@Service
public class ResilienceCommand implements Action {

    @Reference
    ValueChains valueChains;

    @Argument(name = "value-chain", description = "The value chain's code, e.g. VC01", required = true)
    String code;

    @Override
    public Object execute() {
        Resilience resilience = valueChains.resilience(code);
        ShellTable table = new ShellTable();
        table.column("Segment");
        table.column("Name").maxSize(45);
        table.column("In region").alignRight();
        table.column("Rest of NL").alignRight();
        table.column("EU").alignRight();
        table.column("Outside EU").alignRight();
        table.column("");
        for (SegmentResilience s : resilience.segments()) {
            table.addRow().addContent(s.segment(), s.name(), s.inRegion(), s.netherlands(), s.eu(), s.outsideEu(),
                    s.noDutchOrganisation() ? "NO DUTCH ORGANISATION" : "");
        }
        table.print(System.out);
        System.out.println("regions of " + String.join(", ", resilience.roms()) + "; "
                + (resilience.gaps().isEmpty() ? "every segment has a Dutch organisation"
                        : resilience.gaps().size() + " segment(s) depend entirely on organisations abroad: " + String.join(", ", resilience.gaps())));
        return null;
    }
}
