package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.ConnectorInfo;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.plugin.Connector;
import nl.nts.platform.api.plugin.OrganisationSource;
import nl.nts.platform.api.plugin.SourcePage;

class ConnectorRunnerTest {

    private final FakeCallerScope scope = new FakeCallerScope();
    private final PluginGuard guard = new PluginGuard(scope);
    private final ConnectorRunner runner = new ConnectorRunner(null, null, scope, guard);

    @AfterEach
    void stop() {
        guard.stop();
    }

    /** A connector tells its name once, when it registers: listing connectors runs no plugin code. */
    @Test
    void aConnectorIsDescribedOnceAtRegistrationNotOnEveryList() {
        AtomicInteger asked = new AtomicInteger();
        OrganisationSource cordis = new OrganisationSource() {
            @Override
            public String name() {
                asked.incrementAndGet();
                return "CORDIS organisations";
            }

            @Override
            public SourcePage<Organisation> read(String cursor, int pageSize) {
                throw new UnsupportedOperationException();
            }
        };
        runner.addOrganisationSource(cordis, Map.of(Connector.ID, "cordis", Connector.SYSTEM, "cordis", "nts.plugin.id", "connector-cordis",
                "service.id", 7L), null);
        for (int i = 0; i < 3; i++) {
            List<ConnectorInfo> listed = runner.list();
            assertEquals(1, listed.size());
            assertEquals("CORDIS organisations", listed.get(0).name());
        }
        assertEquals(1, asked.get());
    }

    /** A connector that cannot tell its name is refused, with the reason logged, as every plugin kind's service is. */
    @Test
    void aConnectorThatCannotDescribeItselfIsNotListed() {
        OrganisationSource broken = new OrganisationSource() {
            @Override
            public String name() {
                throw new IllegalStateException("no name");
            }

            @Override
            public SourcePage<Organisation> read(String cursor, int pageSize) {
                throw new UnsupportedOperationException();
            }
        };
        runner.addOrganisationSource(broken, Map.of(Connector.ID, "broken", Connector.SYSTEM, "x", "service.id", 8L), null);
        assertEquals(List.of(), runner.list());
    }
}
