package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.CallMatches;
import nl.nts.platform.api.model.ConsortiumProposal;
import nl.nts.platform.api.model.FittingCall;
import nl.nts.platform.api.service.Matching;

@Command(scope = "nts", name = "matches", description = "The organisations that fit a funding call, by ROM and with why, and a proposed consortium;"
        + " or with --organisation the open calls that fit an organisation, nearest deadline first")
@Service
public class MatchesCommand implements Action {

    @Reference
    Matching matching;

    @Argument(index = 0, name = "call", description = "The funding call's id (nts:funding-calls lists them)")
    String call;

    @Option(name = "-o", aliases = "--organisation", description = "An organisation's id: the open calls that fit it")
    String organisation;

    @Override
    public Object execute() {
        if (organisation != null) {
            if (call != null) {
                throw new ValidationException("call", "name a call or --organisation, not both");
            }
            printCalls(matching.forOrganisation(id("organisation", organisation)));
            return null;
        }
        if (call == null) {
            throw new ValidationException("call", "name a funding call's id (nts:funding-calls lists them), or an organisation with --organisation 12");
        }
        print(matching.forCall(id("call", call)));
        return null;
    }

    private static long id(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + (value.length() > 30 ? value.substring(0, 30) + "..." : value) + "' is no id: give the number");
        }
    }

    private static void print(CallMatches m) {
        System.out.println("call " + m.call().id() + " '" + m.call().title() + "' (" + m.call().status() + "; technologies "
                + String.join(", ", m.call().technologies()) + "; value chains " + (m.valueChains().isEmpty() ? "none" : String.join(", ", m.valueChains()))
                + "; TRL " + (m.call().trlMin() == null ? "-" : m.call().trlMin()) + ".." + (m.call().trlMax() == null ? "-" : m.call().trlMax())
                + (Boolean.TRUE.equals(m.call().crossRegional()) ? "; cross-regional" : "") + "): " + m.total() + " organisations fit");
        ShellTable table = new ShellTable();
        table.column("ROM");
        table.column("Id").alignRight();
        table.column("Organisation").maxSize(40);
        table.column("Kind");
        table.column("Why").maxSize(70);
        table.column("In consortium");
        for (CallMatches.RomGroup g : m.roms()) {
            for (CallMatches.Match x : g.organisations()) {
                table.addRow().addContent(g.rom() == null ? "abroad" : g.rom(), x.organisation().id(), x.organisation().name(), x.organisation().kind(),
                        x.fit().reason(), ids(x.consortia()));
            }
        }
        table.print(System.out);
        ConsortiumProposal p = m.proposal();
        System.out.println("proposed consortium" + (p.complete() ? " (meets every condition):" : ":"));
        ShellTable members = new ShellTable();
        members.column("Role");
        members.column("Id").alignRight();
        members.column("Organisation").maxSize(40);
        members.column("Kind");
        members.column("ROM");
        members.column("Why").maxSize(70);
        for (ConsortiumProposal.Member x : p.members()) {
            members.addRow().addContent(x.role(), x.organisation(), x.name(), x.kind(), x.rom() == null ? "abroad" : x.rom(), x.reason());
        }
        members.print(System.out);
        for (String unmet : p.unmet()) {
            System.out.println("not met: " + unmet);
        }
    }

    private static void printCalls(List<FittingCall> calls) {
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Identifier").maxSize(45);
        table.column("Title").maxSize(45);
        table.column("Deadline");
        table.column("Why").maxSize(70);
        for (FittingCall f : calls) {
            table.addRow().addContent(f.call().id(), f.call().identifier(), f.call().title(), f.call().deadline() == null ? "" : f.call().deadline(),
                    f.fit().reason());
        }
        table.print(System.out);
        System.out.println(calls.size() + (calls.size() == 1 ? " open call fits" : " open calls fit"));
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
