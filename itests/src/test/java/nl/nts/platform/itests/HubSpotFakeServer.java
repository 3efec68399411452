package nl.nts.platform.itests;

import java.io.IOException;

import nl.nts.platform.plugins.connectorhubspot.FakeHubSpot;

/**
 * The fake HubSpot of the connector's test jar, started in the failsafe JVM by
 * {@code @Configuration} and reached over 127.0.0.1 by the platform under test. Only the failsafe
 * JVM loads this class: the test methods, which run inside Karaf, know the server by its address.
 */
final class HubSpotFakeServer {

    static final String TOKEN = "pat-eu1-it000000-1111-2222-3333-444444444444";
    private static FakeHubSpot running;

    private HubSpotFakeServer() {
    }

    /** @return the address of a HubSpot holding the wire format's three companies, the one in Maastricht with its province */
    static synchronized String start() throws IOException {
        if (running == null) {
            running = new FakeHubSpot(TOKEN).withWireFormatCompanies();
            running.companies().stream().filter(c -> "514".equals(c.path("id").asText()))
                    .forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c.get("properties")).put("state", "Limburg"));
        }
        return running.url().toString();
    }
}
