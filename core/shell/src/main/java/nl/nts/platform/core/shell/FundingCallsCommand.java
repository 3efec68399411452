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
import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.service.FundingCallFilter;
import nl.nts.platform.api.service.FundingCalls;

@Command(scope = "nts", name = "funding-calls", description = "Lists and searches the funding calls, soonest deadline first")
@Service
public class FundingCallsCommand implements Action {

    @Reference
    FundingCalls fundingCalls;

    @Argument(name = "text", description = "Words that must occur in the title, programme or identifier", multiValued = true)
    List<String> words;

    @Option(name = "-o", aliases = "--open-now", description = "Only calls open now")
    boolean openNow;

    @Option(name = "-t", aliases = "--technology", description = "Only calls fitting this key technology")
    String technology;

    @Option(name = "--source", description = "Only calls from this source, e.g. SEDIA")
    String source;

    @Option(name = "-s", aliases = "--status", description = "Only calls in this status, as their dates give it now: FORTHCOMING, OPEN, CLOSED, CANCELLED")
    CallStatus status;

    @Option(name = "-p", aliases = "--page", description = "The page to show, from 1")
    int page = 1;

    @Override
    public Object execute() {
        if (openNow && status != null && status != CallStatus.OPEN) {
            throw new IllegalArgumentException("--open-now asks for the calls open now; it does not go with --status " + status);
        }
        // open now by the platform's clock and rule: the status the core derives from the dates
        Page<FundingCall> found = fundingCalls.find(new FundingCallFilter(source, openNow ? CallStatus.OPEN : status, technology, null,
                words == null ? null : String.join(" ", words)), new PageRequest(page, PageRequest.DEFAULT_SIZE, null));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Source");
        table.column("Identifier").maxSize(45);
        table.column("Title").maxSize(50);
        table.column("Deadline");
        table.column("Status");
        table.column("Budget (EUR)").alignRight();
        for (FundingCall c : found.items()) {
            table.addRow().addContent(c.id(), c.source(), c.identifier(), c.title(), c.deadline() == null ? "" : c.deadline(), c.status(),
                    c.budget() == null ? "" : String.format("%,.0f", c.budget()));
        }
        table.print(System.out);
        System.out.println(Listings.footer(found));
        return null;
    }
}
