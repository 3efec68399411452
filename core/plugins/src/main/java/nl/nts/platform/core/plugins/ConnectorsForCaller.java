package nl.nts.platform.core.plugins;

import java.util.List;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.ConnectorRun;
import nl.nts.platform.api.service.Connectors;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

/** {@link Connectors} as each bundle gets it (bundle scope), for that bundle's caller; the one {@link ConnectorRunner} runs them. */
@Component(service = Connectors.class, scope = ServiceScope.BUNDLE)
public class ConnectorsForCaller implements Connectors {

    private final ConnectorRunner runner;
    private final ServiceCaller caller;

    @Activate
    public ConnectorsForCaller(@Reference ConnectorRunner runner, @Reference CallerScope scope, ComponentContext context) {
        this.runner = runner;
        this.caller = new ServiceCaller(scope, context);
    }

    @Override
    public List<ConnectorInfo> list() {
        return caller.bound(runner::list);
    }

    @Override
    public ConnectorRun start(String connector) {
        return caller.bound(() -> runner.start(connector));
    }

    @Override
    public ConnectorRun start(String connector, boolean full) {
        return caller.bound(() -> runner.start(connector, full));
    }

    @Override
    public ConnectorRun cancel(long run) {
        return caller.bound(() -> runner.cancel(run));
    }

    @Override
    public List<ConnectorRun> runs(String connector) {
        return caller.bound(() -> runner.runs(connector));
    }

    @Override
    public ConnectorRun run(long id) {
        return caller.bound(() -> runner.run(id));
    }

    @Override
    public List<ConnectorRun> runs() {
        return caller.bound(() -> runner.runs());
    }
}
