package nl.nts.platform.core.service;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.service.SampleData;
import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.core.store.SeedMarker;

/**
 * Loads the shipped sample data through the core's own services (so every rule applies), in
 * one transaction: either all of it is stored or none.
 */
@Component(service = SampleData.class, immediate = true, configurationPid = "nl.nts.platform.sampledata")
@Designate(ocd = SampleDataLoader.Config.class)
public class SampleDataLoader implements SampleData {

    @ObjectClassDefinition(name = "nts-platform sample data", description = "The realistic sample data set shipped with the core")
    public @interface Config {
        @AttributeDefinition(description = "Load the sample data on the first start of an empty database")
        boolean loadOnFirstStart() default true;
    }

    static final String MARKER = "sample-data";
    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());

    private final JpaTemplate jpa;
    private final ValueChains valueChains;
    private final Organisations organisations;

    @Activate
    public SampleDataLoader(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ValueChains valueChains,
            @Reference Organisations organisations, Config config) {
        this.jpa = jpa;
        this.valueChains = valueChains;
        this.organisations = organisations;
        if (config.loadOnFirstStart()) {
            loadOnFirstStart();
        }
    }

    private void loadOnFirstStart() {
        boolean seededBefore = jpa.txExpr(TransactionType.Supports, em -> em.find(SeedMarker.class, MARKER) != null);
        if (seededBefore) {
            return;
        }
        try {
            Map<String, Integer> loaded = loadIntoEmptyDatabase("sample-data");
            LOG.info(() -> "Loaded the sample data into a new database: " + loaded);
        } catch (ConflictException holdsData) {
            LOG.info("The database holds data: the sample data is not loaded");
        }
    }

    @Override
    public Map<String, Integer> loadIntoEmptyDatabase(String by) {
        SampleDataSet set = SampleDataSet.shipped();
        return jpa.txExpr(TransactionType.Required, em -> {
            long records = em.createQuery("select count(v) from ValueChainEntity v", Long.class).getSingleResult()
                    + em.createQuery("select count(o) from OrganisationEntity o", Long.class).getSingleResult();
            if (records > 0) {
                throw new ConflictException("database", "the database holds " + records
                        + " records already; sample data is only loaded into an empty database");
            }
            if (em.find(SeedMarker.class, MARKER) == null) {
                em.persist(new SeedMarker(MARKER, LocalDateTime.now()));
            }
            // the services join this transaction: a failure anywhere rolls all of it back
            set.valueChains().forEach(chain -> valueChains.create(chain, by));
            set.organisations().forEach(organisation -> organisations.create(organisation, by));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("value chains", set.valueChains().size());
            counts.put("organisations", set.organisations().size());
            return counts;
        });
    }
}
