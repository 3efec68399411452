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
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Change;
import nl.nts.platform.api.service.Traces;
import nl.nts.platform.core.shared.Moments;

@Command(scope = "nts", name = "changes", description = "Shows what changed in a plan (by id) or on a key technology's agenda (by code)"
        + " since a date: actions added, changed or deleted, status changes, progress and measurements; newest first")
@Service
public class ChangesCommand implements Action {

    @Reference
    Traces traces;

    @Argument(index = 0, name = "plan-or-technology", description = "A plan's id (nts:plans), or a key technology's code such as NTS09", required = true)
    String subject;

    @Option(name = "-s", aliases = "--since", description = "Since this date (its start in Amsterdam) or instant, e.g. 2026-11-01", required = true)
    String since;

    @Option(name = "-p", aliases = "--page", description = "Which page of 50")
    int page = 1;

    @Override
    public Object execute() {
        java.time.Instant from = Moments.parse(since)
                .orElseThrow(() -> new ValidationException("since", "--since '" + since + "' is not " + Moments.FORMS));
        PageRequest request = new PageRequest(page, PageRequest.DEFAULT_SIZE, null);
        String s = subject.strip();
        boolean plan = !s.isEmpty() && s.length() <= 18 && s.chars().allMatch(Character::isDigit);
        Page<Change> changes = plan ? traces.planChanges(Long.parseLong(s), from, request)
                : traces.agendaChanges(s.toUpperCase(java.util.Locale.ROOT), from, request);
        if (changes.total() == 0) {
            System.out.println("nothing changed since " + from);
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("At");
        table.column("By");
        table.column("What");
        table.column("Action").alignRight();
        table.column("Title").maxSize(40);
        table.column("Change").maxSize(70);
        for (Change c : changes.items()) {
            table.addRow().addContent(c.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), c.by(), c.kind() + " " + c.what(),
                    c.action() == null ? "" : c.action(), c.title() == null ? "" : c.title(), describe(c));
        }
        table.print(System.out);
        System.out.println(Listings.footer(changes));
        return null;
    }

    private static String describe(Change c) {
        if (c.from() != null || c.to() != null) {
            return c.from() + " -> " + c.to() + (c.detail() == null ? "" : ": " + c.detail());
        }
        if (!c.fields().isEmpty()) {
            return String.join(", ", c.fields());
        }
        return c.detail() == null ? "" : c.detail();
    }
}
