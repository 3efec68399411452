package nl.nts.platform.core.shell;

import java.time.Duration;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.service.Connectors;

@Command(scope = "nts", name = "connector-run",
        description = "Runs a connector and shows its progress on one live line until it ends; --list lists the connectors and recent runs, "
                + "--follow and --cancel act on a run that goes already")
@Service
public class ConnectorRunCommand implements Action {

    @Reference
    Connectors connectors;

    @Argument(name = "connector", description = "The connector's id, e.g. cordis-organisations (nts:connector-run --list shows them)")
    String connector;

    @Option(name = "-l", aliases = "--list", description = "List the connectors installed now and the recent runs, run nothing")
    boolean list;

    @Option(name = "--full", description = "Read the source from the start, not from where the last completed run ended")
    boolean full;

    @Option(name = "-f", aliases = "--follow", description = "Follow the run with this id (a periodic run, one started elsewhere) instead of starting one")
    Long follow;

    @Option(name = "--cancel", description = "Cancel the run with this id; it keeps what it stored")
    Long cancel;

    @Override
    public Object execute() throws InterruptedException {
        if (list) {
            list();
            return null;
        }
        if (cancel != null) {
            ConnectorRun run = connectors.cancel(cancel);
            System.out.println(run.summary());
            return null;
        }
        ConnectorRun run;
        if (follow != null) {
            run = connectors.run(follow);
        } else if (connector == null) {
            throw new IllegalArgumentException(missingId(connectors.list().stream().map(ConnectorInfo::id).toList()));
        } else {
            // runs as the session's user: the core checks that they may run this connector
            run = connectors.start(connector, full);
        }
        String last = "";
        while (true) {
            run = connectors.run(run.id());
            String now = live(run);
            if (!now.equals(last)) {
                // one line, rewritten in place while the run goes
                System.out.print("\r" + now + (now.length() < last.length() ? " ".repeat(last.length() - now.length()) : ""));
                System.out.flush();
                last = now;
            }
            if (run.finished() != null) {
                break;
            }
            Thread.sleep(Duration.ofMillis(250).toMillis());
        }
        System.out.println();
        System.out.println("run " + run.id() + " " + run.connector() + " " + run.summary());
        run.problems().forEach(p -> System.out.println("  refused: " + p));
        if (run.capped()) {
            System.out.println("  ... and " + (run.refused() - run.problems().size()) + " more refused (GET /api/connectors/runs/" + run.id() + ")");
        }
        return null;
    }

    /** The live line of a run: where it is now. */
    static String live(ConnectorRun r) {
        return "run " + r.id() + " " + r.connector() + ": " + r.status() + ", page " + r.pages() + ", " + r.read() + " read, " + r.created()
                + " created, " + r.updated() + " updated, " + r.unchanged() + " unchanged, " + r.refused() + " refused"
                + (r.retries() > 0 ? ", " + r.retries() + (r.retries() == 1 ? " retry" : " retries") : "");
    }

    /** The one line a call without an id gets: what it needs, and how to list the connectors. */
    static String missingId(List<String> installed) {
        return "nts:connector-run needs the id of the connector to run, e.g. nts:connector-run "
                + (installed.isEmpty() ? "cordis-organisations" : installed.get(0)) + "; nts:connector-run --list lists the connectors"
                + (installed.isEmpty() ? " (none is installed now: a connector plugin brings one, see nts:plugins)"
                        : " (installed now: " + String.join(", ", installed) + ")");
    }

    private void list() {
        List<ConnectorInfo> installed = connectors.list();
        if (installed.isEmpty()) {
            System.out.println("no connector is installed: a connector plugin brings one (nts:plugins lists them)");
        }
        for (ConnectorInfo c : installed) {
            System.out.println(c.id() + "  " + c.kind() + " from " + c.system() + " (" + c.name() + ", plugin " + c.plugin()
                    + (c.rom() == null ? "" : ", for " + c.rom()) + (c.runEveryMinutes() == null ? "" : ", every " + c.runEveryMinutes() + " min") + ")");
        }
        List<ConnectorRun> runs = connectors.runs();
        if (runs.isEmpty()) {
            System.out.println("no runs yet");
        }
        runs.stream().limit(10).forEach(r -> System.out.println("run " + r.id() + " " + r.connector() + " by " + r.by() + ": " + r.summary()));
    }
}
