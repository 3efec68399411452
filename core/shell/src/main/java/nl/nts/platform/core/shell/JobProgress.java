package nl.nts.platform.core.shell;

import java.io.PrintStream;
import java.time.Duration;

import nl.nts.platform.core.shared.Backups;
import nl.nts.platform.core.shared.Backups.Job;

/** Follows a backup or restore job to its end with a progress bar on one line. */
final class JobProgress {

    private static final int WIDTH = 30;

    private JobProgress() {
    }

    /** @return the job as it ended */
    static Job follow(Backups backups, Job started, PrintStream out) throws InterruptedException {
        Job job = started;
        String last = "";
        while (true) {
            job = backups.job(job.id());
            String bar = bar(job);
            if (!bar.equals(last)) {
                out.print("\r" + bar);
                out.flush();
                last = bar;
            }
            if (!Job.RUNNING.equals(job.state())) {
                out.println();
                return job;
            }
            Thread.sleep(Duration.ofMillis(200).toMillis());
        }
    }

    static String bar(Job job) {
        int filled = job.percent() * WIDTH / 100;
        return job.kind() + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%%", job.percent()) + "  " + job.rows()
                + " of " + job.total() + " rows";
    }

    static String seconds(Job job) {
        return job.finished() == null ? "" : String.format("%.1f s", (job.finished().toEpochMilli() - job.started().toEpochMilli()) / 1000.0);
    }
}
