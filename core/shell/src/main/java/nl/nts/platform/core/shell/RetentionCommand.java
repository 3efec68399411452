package nl.nts.platform.core.shell;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.PersonalDataField;
import nl.nts.platform.api.model.RetentionRun;
import nl.nts.platform.api.service.PersonalData;

@Command(scope = "nts", name = "personal-data-retention", description = "Erases the personal data kept longer than its retention period (etc/nl.nts.platform.personaldata.cfg),"
        + " or counts it (--dry-run); --list shows the runs so far and the periods")
@Service
public class RetentionCommand implements Action {

    @Reference
    PersonalData data;

    @Option(name = "--dry-run", description = "Count what is due and erase nothing")
    boolean dryRun;

    @Option(name = "--list", description = "List the retention runs so far (newest first) and how long each kind is kept")
    boolean list;

    @Override
    public Object execute() {
        if (list) {
            for (PersonalDataField f : data.fields()) {
                System.out.println(f.place() + ": " + f.retention());
            }
            ShellTable table = new ShellTable();
            table.column("Run");
            table.column("At");
            table.column("By");
            table.column("Erased").maxSize(90);
            for (RetentionRun run : data.retentionRuns(new PageRequest(1, PageRequest.MAX_SIZE, null)).items()) {
                table.addRow().addContent(run.id(), run.at(), run.by(), (run.dryRun() ? "(dry run, due) " : "") + summary(run));
            }
            table.print(System.out);
            return null;
        }
        RetentionRun run = data.retain(dryRun);
        System.out.println((dryRun ? "retention run " + run.id() + " (dry run, nothing erased): due " : "retention run " + run.id() + " erased ") + summary(run));
        return null;
    }

    /** Per kind: how many values in how many records, and the day before which they were due. */
    static String summary(RetentionRun run) {
        return run.kinds().stream().map(k -> k.months() == 0 ? k.kind() + " kept without a period"
                : k.values() + " " + k.kind() + " in " + k.records() + " " + k.recordKind() + (k.records() == 1 ? "" : "s") + " (before " + k.before() + ")")
                .collect(Collectors.joining("; "));
    }
}
