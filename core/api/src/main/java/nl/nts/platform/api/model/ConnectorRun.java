package nl.nts.platform.api.model;

import java.time.Instant;
import java.util.List;

/**
 * One run of a connector, and how far it got.
 *
 * @param id        the run's id
 * @param connector the connector's id
 * @param status    {@code RUNNING}, {@code DONE} (possibly with refused records) or {@code FAILED}
 *                  (the source could not be read)
 * @param by        who started it
 * @param started   when it started
 * @param finished  when it ended, or null while running
 * @param pages     pages read so far
 * @param read      records read so far
 * @param created   records created
 * @param updated   records updated
 * @param refused   records the core's rules refused (listed in {@code problems})
 * @param problems  what went wrong, the first 50: "external id: message"
 * @param error     why the run failed, or null
 */
public record ConnectorRun(long id, String connector, String status, String by, Instant started, Instant finished, int pages, int read,
        int created, int updated, int refused, List<String> problems, String error) {

    public ConnectorRun {
        problems = List.copyOf(problems);
    }
}
