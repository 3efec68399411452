package nl.nts.platform.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A backup restores across databases, either way round: one taken on the embedded H2 goes into an
 * empty platform on PostgreSQL, and one taken there goes back into an empty platform on H2, each
 * time with every record and every audit entry as it was (ids, versions, stamps, Dutch text and
 * long text included). Needs the PostgreSQL server .ci/run starts ({@code nts.pg.url}).
 */
class CrossDatabaseRestoreIT {

    private static final String DUTCH = "Coöperatie ‘De Zeeuwse Fotonica’ – één loket, €\u00a02,5 mln";
    /** As long as a name may be (200). */
    private static final String LONG_NAME = "Fotonica Vlaanderen-Zeeland " + "ë".repeat(172);

    @Test
    void aBackupOfH2RestoresIntoPostgresAndOneOfPostgresBackIntoH2() throws Exception {
        String admin = System.getProperty("nts.pg.url", System.getProperty(NtsDistribution.JDBC_URL));
        Assumptions.assumeTrue(admin != null && !admin.isBlank(), "no PostgreSQL given (nts.pg.url): .ci/run gives one");

        WholePlatform.Contents onH2;
        byte[] fromH2;
        try (KarafRuntime h2 = KarafRuntime.unpack("cross-h2")) {
            Api api = h2.start().api();
            h2.awaitReady(api);
            Api.Answer created = api.post("/organisations", "{\"name\":\"" + DUTCH + "\",\"kind\":\"SME\",\"country\":\"BE\",\"city\":\"Gent\"}");
            assertEquals(201, created.status(), created.body());
            long id = created.json().get("id").asLong();
            ObjectNode renaming = (ObjectNode) created.json().deepCopy();
            renaming.put("name", LONG_NAME);
            Api.Answer renamed = api.put("/organisations/" + id, renaming.toString());
            assertEquals(200, renamed.status(), renamed.body());
            onH2 = WholePlatform.contents(api);
            fromH2 = WholePlatform.backUp(api, h2.port);
            h2.stop();
        }

        WholePlatform.Contents onPostgres;
        byte[] fromPostgres;
        try (KarafRuntime postgres = onPostgres(KarafRuntime.unpack("cross-pg"), PostgresDatabases.create(admin))) {
            Api api = postgres.start().api();
            postgres.awaitReady(api);
            assertEquals(0, api.get("/organisations").json().get("total").asInt(), "an empty platform");
            WholePlatform.restore(api, postgres.port, fromH2);
            onPostgres = WholePlatform.contents(api);
            onH2.assertHeldBy(onPostgres);
            assertTrue(onPostgres.collections().get("/organisations").toString().contains(LONG_NAME), "the renamed organisation");
            assertTrue(onPostgres.audit().toString().contains(DUTCH), "its Dutch first name, in the audit trail");
            // the restored database goes on: new ids after the restored ones
            long highest = onH2.collections().get("/organisations").stream().mapToLong(o -> o.get("id").asLong()).max().orElseThrow();
            Api.Answer after = api.post("/organisations", "{\"name\":\"Na het herstel\",\"kind\":\"SME\",\"country\":\"BE\"}");
            assertEquals(201, after.status(), after.body());
            assertTrue(after.json().get("id").asLong() > highest, after.body());
            onPostgres = WholePlatform.contents(api);
            fromPostgres = WholePlatform.backUp(api, postgres.port);
            postgres.stop();
        }

        try (KarafRuntime h2 = KarafRuntime.unpack("cross-h2-again")) {
            h2.configure("nl.nts.platform.sampledata", "loadOnFirstStart", "false");
            Api api = h2.start().api();
            h2.awaitReady(api);
            WholePlatform.restore(api, h2.port, fromPostgres);
            onPostgres.assertHeldBy(WholePlatform.contents(api));
            h2.stop();
        }
    }

    private static KarafRuntime onPostgres(KarafRuntime runtime, String url) throws java.io.IOException {
        return runtime.onPostgres(url).configure("nl.nts.platform.sampledata", "loadOnFirstStart", "false");
    }
}
