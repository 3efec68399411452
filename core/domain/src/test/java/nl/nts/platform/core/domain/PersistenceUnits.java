package nl.nts.platform.core.domain;

import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

/** The core's persistence unit outside OSGi, for tests: local transactions, its tables made from the entities. */
final class PersistenceUnits {

    private PersistenceUnits() {
    }

    static EntityManagerFactory open(String url) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("javax.persistence.jtaDataSource", "");
        properties.put("javax.persistence.jdbc.url", url);
        properties.put("javax.persistence.jdbc.user", "nts");
        properties.put("javax.persistence.jdbc.password", "nts");
        properties.put("eclipselink.ddl-generation", "create-tables");
        properties.put("eclipselink.ddl-generation.output-mode", "database");
        properties.put("eclipselink.logging.level", "OFF");
        properties.put("eclipselink.target-server", "None");
        return Persistence.createEntityManagerFactory("nts", properties);
    }
}
