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
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanOverview;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.service.PlanFilter;
import nl.nts.platform.api.service.Plans;

@Command(scope = "nts", name = "plans", description = "Lists the reinforcement plans, or shows one plan with its actions and the inputs they answer")
@Service
public class PlansCommand implements Action {

    @Reference
    Plans plans;

    @Argument(name = "id", description = "Show this plan with its actions")
    Long id;

    @Option(name = "-r", aliases = "--rom", description = "Only plans this ROM owns")
    String rom;

    @Option(name = "-c", aliases = "--chain", description = "Only plans for this value chain")
    String valueChain;

    @Option(name = "-s", aliases = "--status", description = "Only plans in this status: DRAFT, CONSULTATION, SUBMITTED, APPROVED")
    PlanStatus status;

    @Option(name = "-p", aliases = "--page", description = "The page to show, from 1")
    int page = 1;

    @Override
    public Object execute() {
        if (id != null) {
            show(plans.overview(id));
            return null;
        }
        Page<Plan> found = plans.find(new PlanFilter(rom, valueChain, null, status, null), new PageRequest(page, PageRequest.DEFAULT_SIZE, null));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Title").maxSize(60);
        table.column("Chain");
        table.column("ROMs");
        table.column("Period");
        table.column("Status");
        table.column("Edition").alignRight();
        for (Plan p : found.items()) {
            table.addRow().addContent(p.id(), p.title(), p.valueChain(), String.join(", ", p.roms()), p.periodStart() + " - " + p.periodEnd(),
                    p.status(), p.edition());
        }
        table.print(System.out);
        System.out.println(Listings.footer(found));
        return null;
    }

    private static void show(PlanOverview overview) {
        Plan p = overview.plan();
        System.out.println(p.title() + " (" + p.valueChain() + "; " + String.join(", ", p.roms()) + "; " + p.status() + ", edition " + p.edition() + ")");
        ShellTable table = new ShellTable();
        table.column("Action").alignRight();
        table.column("Title").maxSize(55);
        table.column("Horizon");
        table.column("Status");
        table.column("Budget (EUR)").alignRight();
        table.column("Answers inputs");
        for (PlanOverview.ActionWithInputs a : overview.actions()) {
            table.addRow().addContent(a.action().id(), a.action().title(), a.action().horizon(), a.action().status(),
                    a.action().budget() == null ? "" : String.format("%,.0f", a.action().budget().total()),
                    a.inputs().stream().map(i -> i.id() + " " + i.theme()).reduce((x, y) -> x + ", " + y).orElse(""));
        }
        table.print(System.out);
    }
}
