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
        description = "Runs a connector and shows its progress until it ends; --list lists the connectors and recent runs")
@Service
public class ConnectorRunCommand implements Action {

    @Reference
    Connectors connectors;

    @Argument(name = "connector", description = "The connector's id, e.g. cordis-organisations (nts:connector-run --list shows them)")
    String connector;

    @Option(name = "-l", aliases = "--list", description = "List the connectors installed now and the recent runs, run nothing")
    boolean list;

    @Override
    public Object execute() throws InterruptedException {
        if (list) {
            list();
            return null;
        }
        if (connector == null) {
            throw new IllegalArgumentException(missingId(connectors.list().stream().map(ConnectorInfo::id).toList()));
        }
        // runs as the session's user: the core checks that they may run connectors
        ConnectorRun run = connectors.start(connector);
        String last = "";
        while (true) {
            run = connectors.run(run.id());
            String now = line(run);
            if (!now.equals(last)) {
                System.out.println(now);
                last = now;
            }
            if (run.finished() != null) {
                break;
            }
            Thread.sleep(Duration.ofMillis(250).toMillis());
        }
        run.problems().forEach(p -> System.out.println("  refused: " + p));
        return null;
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
            System.out.println(c.id() + "  " + c.kind() + " from " + c.system() + " (" + c.name() + ", plugin " + c.plugin() + ")");
        }
        List<ConnectorRun> runs = connectors.runs();
        if (runs.isEmpty()) {
            System.out.println("no runs yet");
        }
        runs.stream().limit(10).forEach(r -> System.out.println(line(r)));
    }

    private static String line(ConnectorRun r) {
        return "run " + r.id() + " " + r.connector() + ": " + r.status() + ", " + r.pages() + " pages, " + r.read() + " read, " + r.created()
                + " created, " + r.updated() + " updated, " + r.refused() + " refused" + (r.error() == null ? "" : " - " + r.error());
    }
}
