package nl.nts.platform.core.shell;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.core.shared.Backups;
import nl.nts.platform.core.shared.Backups.Job;

@Command(scope = "nts", name = "backup",
        description = "Backs up the whole platform (every record, the audit trail, API tokens' hashes, plugins and their configuration without secrets) into one file, while it runs")
@Service
public class BackupCommand implements Action {

    @Reference
    Backups backups;

    @Argument(name = "file", description = "The file to write, e.g. /var/backups/nts-2026-11-29.zip; left out: a new file under data/backups", required = false)
    String file;

    @Override
    public Object execute() throws InterruptedException {
        // runs as the session's user: the core checks that they are an operator
        Job job = JobProgress.follow(backups, backups.backup(file == null ? null : Path.of(file)), System.out);
        if (Job.DONE.equals(job.state())) {
            System.out.println("backup written to " + job.file() + ": " + job.rows() + " rows of " + job.tables().size() + " tables, "
                    + job.bytes() + " bytes, in " + JobProgress.seconds(job));
            job.notes().forEach(n -> System.out.println("note: " + n));
        } else {
            System.out.println("backup failed: " + job.error());
        }
        return null;
    }
}
