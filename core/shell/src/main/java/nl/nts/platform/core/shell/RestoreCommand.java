package nl.nts.platform.core.shell;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.core.shared.Backups;
import nl.nts.platform.core.shared.Backups.Job;

@Command(scope = "nts", name = "restore",
        description = "Restores a backup file into this platform, which must be empty (no records beyond the reference data); all or nothing")
@Service
public class RestoreCommand implements Action {

    @Reference
    Backups backups;

    @Argument(name = "file", description = "The backup file, as nts:backup or GET /api/backups/{id}/file made it", required = true)
    String file;

    @Override
    public Object execute() throws InterruptedException {
        Job job = JobProgress.follow(backups, backups.restore(Path.of(file), false), System.out);
        if (Job.DONE.equals(job.state())) {
            System.out.println("restored " + job.rows() + " rows of " + job.tables().size() + " tables from " + job.file() + " in " + JobProgress.seconds(job)
                    + "; the recorded plugins are being installed (nts:plugins)");
            job.notes().forEach(n -> System.out.println("note: " + n));
        } else {
            System.out.println("restore failed, nothing was restored: " + job.error());
        }
        return null;
    }
}
