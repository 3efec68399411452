package nl.nts.platform.api.model;

import java.time.Instant;
import java.util.List;

/**
 * One run of a connector, and how far it got. Runs are stored: they survive a restart, and a run
 * a stopped platform left {@code RUNNING} is resumed at its next start.
 *
 * @param id          the run's id
 * @param connector   the connector's id (its instance)
 * @param status      {@code RUNNING}, {@code DONE} (possibly with refused records), {@code FAILED}
 *                    (the source could not be read, or the time limit ran out) or {@code CANCELLED}
 * @param by          who started it; {@code schedule} for a periodic run
 * @param started     when it started
 * @param finished    when it ended, or null while running
 * @param pages       pages read so far
 * @param read        records read so far
 * @param created     records created
 * @param updated     records changed
 * @param refused     records the core's rules refused (listed in {@code problems})
 * @param problems    what went wrong, the first 50: "external id: message"
 * @param error       why the run failed or ended, or null
 * @param unchanged   records read that were equal to what is stored, and not written (since 1.3)
 * @param capped      true when there were more problems than {@code problems} lists (since 1.3)
 * @param retries     reads that failed in a way worth retrying and were tried again (since 1.3)
 * @param resumes     how often the run was resumed after the platform stopped during it (since 1.3)
 * @param incremental true when the run started from the checkpoint of the last completed run,
 *                    false for a full run (since 1.3)
 * @param summary     the run in one line for people, e.g. "DONE: 3 pages, 250 read, 2 created, 1 updated,
 *                    247 unchanged, 0 refused" (since 1.3)
 */
public record ConnectorRun(long id, String connector, String status, String by, Instant started, Instant finished, int pages, int read,
        int created, int updated, int refused, List<String> problems, String error, int unchanged, boolean capped, int retries,
        int resumes, boolean incremental, String summary) {

    public ConnectorRun {
        problems = Copies.list(problems);
    }

    /**
     * The run as API 1.2 described it; the newer components are absent.
     *
     * @deprecated the core makes runs; kept so that code compiled against 1.2 links
     */
    @Deprecated
    public ConnectorRun(long id, String connector, String status, String by, Instant started, Instant finished, int pages, int read,
            int created, int updated, int refused, List<String> problems, String error) {
        this(id, connector, status, by, started, finished, pages, read, created, updated, refused, problems, error, 0, false, 0, 0, false,
                null);
    }
}
