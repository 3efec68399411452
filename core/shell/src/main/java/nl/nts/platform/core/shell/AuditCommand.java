package nl.nts.platform.core.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.AuditEntry;
import nl.nts.platform.api.service.AuditFilter;
import nl.nts.platform.api.service.AuditTrail;

@Command(scope = "nts", name = "audit", description = "Lists the audit trail, newest first, or shows one entry with the record before and after")
@Service
public class AuditCommand implements Action {

    @Reference
    AuditTrail trail;

    @Argument(name = "id", description = "Show this entry in full")
    Long id;

    @Option(name = "-u", aliases = "--user", description = "Only changes by this user (or plugin, connector, job)")
    String actor;

    @Option(name = "-r", aliases = "--rom", description = "Only changes to records this ROM owns")
    String rom;

    @Option(name = "-k", aliases = "--kind", description = "Only changes to records of this kind, e.g. workshop, input, plugin")
    String kind;

    @Option(name = "--record", description = "Only changes to the record with this id or code (with --kind)")
    String record;

    @Option(name = "-a", aliases = "--action", description = "Only changes of this kind: create, update, delete, transition, install, uninstall, ...")
    String action;

    @Option(name = "--from", description = "Only changes at or after this date (YYYY-MM-DD) or instant (ISO, UTC)")
    String from;

    @Option(name = "--to", description = "Only changes before this date or instant")
    String to;

    @Option(name = "-p", aliases = "--page", description = "The page to show, from 1")
    int page = 1;

    @Override
    public Object execute() {
        if (id != null) {
            AuditEntry e = trail.get(id);
            System.out.println("Entry " + e.id() + ": " + e.action() + " " + e.kind() + " " + e.record() + " by " + e.actor() + " at " + e.at()
                    + (e.roms().isEmpty() ? " (national)" : " (" + String.join(", ", e.roms()) + ")"));
            if (!e.changed().isEmpty()) {
                System.out.println("Changed: " + String.join(", ", e.changed()));
            }
            System.out.println("Before:  " + (e.before() == null ? "-" : e.before()));
            System.out.println("After:   " + (e.after() == null ? "-" : e.after()));
            return null;
        }
        Instant since = instant("--from", from);
        Instant until = instant("--to", to);
        if ((from != null && since == null) || (to != null && until == null)) {
            return null;
        }
        Page<AuditEntry> found = trail.find(new AuditFilter(actor, rom == null ? Set.of() : Set.of(rom), kind, record, action, since, until),
                new PageRequest(page, PageRequest.DEFAULT_SIZE, null));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("At");
        table.column("User");
        table.column("Action");
        table.column("Record").maxSize(40);
        table.column("ROMs");
        table.column("Changed").maxSize(50);
        for (AuditEntry e : found.items()) {
            table.addRow().addContent(e.id(), e.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), e.actor(), e.action(),
                    e.kind() + " " + e.record(), String.join(", ", e.roms()), String.join(", ", e.changed()));
        }
        table.print(System.out);
        System.out.println(Listings.footer(found));
        return null;
    }

    /** A date (its start, UTC) or an ISO instant; null, with one line saying why, when it is neither. */
    private static Instant instant(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            System.err.println(option + ": '" + value + "' is not a date (YYYY-MM-DD) or an instant (2025-10-16T17:00:00Z)");
            return null;
        }
    }
}
