package nl.nts.platform.core.store.schema;

import java.io.File;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import liquibase.resource.OSGiResourceAccessor;

/**
 * Stands between the data source built from etc/org.ops4j.datasource-nts.cfg (JNDI name
 * {@code nts.raw}) and the persistence unit, which asks for {@code nts}: it brings the schema up to
 * the changelog in this bundle, and only then publishes the same data source as {@code nts}. So
 * the unit cannot open on a schema that is not current, and a failed migration leaves the platform
 * without a database (one log line says which changeset failed and why) instead of running on a
 * half-made schema. A new data source (the file edited) is migrated again before it is published.
 */
@Component(service = {}, immediate = true)
public final class SchemaMigration {

    /** What the persistence unit's jta-data-source asks for. */
    public static final String PUBLISHED_NAME = "nts";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private final ServiceRegistration<DataSource> published;

    @Activate
    public SchemaMigration(BundleContext context, @Reference(target = "(osgi.jndi.service.name=nts.raw)") DataSource raw) {
        ServiceRegistration<DataSource> registration = null;
        try {
            Bundle bundle = context.getBundle();
            VerifiedSchema verified = verified(context);
            SchemaUpdate.Outcome outcome = verified == null
                    ? SchemaUpdate.apply(raw, new OSGiResourceAccessor(bundle), SchemaUpdate.CHANGELOG)
                    : SchemaUpdate.apply(raw, () -> new OSGiResourceAccessor(bundle), SchemaUpdate.CHANGELOG, verified,
                            FreshH2Schema.of(bundle.getEntry(FreshH2Schema.SCRIPT), bundle.getEntry(FreshH2Schema.ABOUT)));
            LOG.info(outcome.summary());
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("osgi.jndi.service.name", PUBLISHED_NAME);
            properties.put("nts.schema.changesets", outcome.total());
            properties.put("nts.schema.last", outcome.last());
            registration = context.registerService(DataSource.class, raw, properties);
        } catch (SchemaUpdateFailed e) {
            // the reason is the message; Liquibase's own log above has the detail
            LOG.log(Level.SEVERE, "database schema migration failed, the core does not start: " + e.getMessage()
                    + " (fix the cause and restart, or edit etc/org.ops4j.datasource-nts.cfg to run it again)");
        }
        published = registration;
    }

    /** What this runtime verified before, kept in the bundle's data area; null where the framework gives none. */
    private static VerifiedSchema verified(BundleContext context) {
        File file = context.getDataFile("verified-schema.properties");
        Enumeration<URL> entries = context.getBundle().findEntries("db/changelog", "*.xml", true);
        if (file == null || entries == null) {
            return null;
        }
        return new VerifiedSchema(file.toPath(), VerifiedSchema.digest(Collections.list(entries)));
    }

    @Deactivate
    void deactivate() {
        if (published != null) {
            published.unregister();
        }
    }
}
