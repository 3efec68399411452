package nl.nts.platform.core.shell;

import java.time.Duration;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.service.Connectors;

@Command(scope = "nts", name = "connector-run",
        description = "Runs a connector and shows its progress until it ends; without an id, lists the connectors and recent runs")
@Service
public class ConnectorRunCommand implements Action {

    @Reference
    Connectors connectors;

    @Argument(name = "connector", description = "The connector's id, e.g. cordis-organisations")
    String connector;

    @Override
    public Object execute() throws InterruptedException {
        if (connector == null) {
            for (ConnectorInfo c : connectors.list()) {
                System.out.println(c.id() + "  " + c.kind() + " from " + c.system() + " (" + c.name() + ", plugin " + c.plugin() + ")");
            }
            connectors.runs().stream().limit(10).forEach(r -> System.out.println(line(r)));
            return null;
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

    private static String line(ConnectorRun r) {
        return "run " + r.id() + " " + r.connector() + ": " + r.status() + ", " + r.pages() + " pages, " + r.read() + " read, " + r.created()
                + " created, " + r.updated() + " updated, " + r.refused() + " refused" + (r.error() == null ? "" : " - " + r.error());
    }
}
