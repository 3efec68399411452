package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Hashtable;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Roles;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.PluginSettings.PluginConfiguration;

/**
 * Reading a plugin's configuration is decided by the service, as writing it is, and reads each
 * source once: a framework of fakes that count how often they are asked.
 */
class PluginConfigurationsTest {

    private static final String PLUGIN = "connector-bom";
    private static final List<String> PIDS = List.of("nl.nts.bom.a", "nl.nts.bom.b", "nl.nts.bom.c");

    private final Fakes fakes = new Fakes();
    private final FakeCallerScope scope = new FakeCallerScope();
    private final Bundle[] bundles = {bundle(PLUGIN, "BOM"), bundle("report-liof", "LIOF"), bundle("report-national", null)};
    private final PluginConfigurations configurations;

    PluginConfigurationsTest() {
        BundleContext context = fake(BundleContext.class, (name, args) -> name.equals("getBundles") ? bundles : null);
        FeaturesService features = fake(FeaturesService.class, (name, args) -> name.startsWith("list") ? new Feature[0] : null);
        EntityManager em = fake(EntityManager.class, (name, args) -> name.equals("createQuery") ? query() : null);
        JpaTemplate jpa = fake(JpaTemplate.class, (name, args) -> {
            Object work = args[args.length - 1];
            if (work instanceof EmFunction<?> f) {
                return f.apply(em);
            }
            ((EmConsumer) work).accept(em);
            return null;
        });
        ServiceComponentRuntime components = fake(ServiceComponentRuntime.class, (name, args) -> {
            ComponentDescriptionDTO component = new ComponentDescriptionDTO();
            component.configurationPolicy = "optional";
            component.configurationPid = PIDS.toArray(String[]::new);
            return List.of(component);
        });
        ConfigurationAdmin admin = fake(ConfigurationAdmin.class, (name, args) -> null);
        FeaturePluginCatalog catalog = new FeaturePluginCatalog(context, features, jpa, scope);
        configurations = new PluginConfigurations(context, admin, components, jpa, catalog, fake(org.osgi.service.metatype.MetaTypeService.class, (name, args) -> null));
    }

    @Test
    void aRomMemberAndAnotherRomsAdminMayNotReadAPluginsConfiguration() {
        for (Caller who : List.of(Caller.user("bom-member", List.of(Roles.romMember("BOM"))), Caller.user("liof-admin", List.of(Roles.romAdmin("LIOF"))),
                Caller.anonymous())) {
            assertThrows(SecurityException.class, () -> scope.call(who, () -> configurations.configurations(PLUGIN)), who.toString());
        }
        assertEquals(0, count("listConfigurations"), "nothing of the configuration is read for a caller refused");
        assertThrows(SecurityException.class, () -> configurations.configurations(PLUGIN), "nobody known: refused");
    }

    @Test
    void aNationalPluginsConfigurationIsTheOperatorsToRead() {
        Caller bomAdmin = Caller.user("bom-admin", List.of(Roles.romAdmin("BOM")));
        assertThrows(SecurityException.class, () -> scope.call(bomAdmin, () -> configurations.configurations("report-national")));
        Caller operator = Caller.user("kia", List.of(Roles.OPERATOR));
        assertEquals(3, scope.call(operator, () -> configurations.configurations("report-national")).size());
    }

    @Test
    void theRomsAdminAndTheOperatorReadItAndEachSourceIsReadOnce() {
        for (Caller who : List.of(Caller.user("bom-admin", List.of(Roles.romAdmin("BOM"))), Caller.user("kia", List.of(Roles.OPERATOR)))) {
            fakes.reset();
            List<PluginConfiguration> read = scope.call(who, () -> configurations.configurations(PLUGIN));
            assertEquals(PIDS, read.stream().map(PluginConfiguration::pid).toList(), who.toString());
            assertEquals(1, count("listConfigurations"), "ConfigurationAdmin is asked once for all PIDs and their factories");
            assertEquals(1, count("getComponentDescriptionDTOs"), "the plugin's components are read once");
            assertEquals(1, count("PluginConfigEntity"), "the stored configurations are read once");
        }
    }

    @Test
    void anUnknownPluginIsNotFoundForTheOperator() {
        Caller operator = Caller.user("kia", List.of(Roles.OPERATOR));
        assertThrows(NotFoundException.class, () -> scope.call(operator, () -> configurations.configurations("no-such-plugin")));
    }

    /** A change by other means looks for the PID's owner in one pass over the bundles, not one pass for each bundle. */
    @Test
    void theOwnerOfAChangedConfigurationIsFoundInOnePassOverTheBundles() {
        configurations.configurationEvent(new ConfigurationEvent(fake(org.osgi.framework.ServiceReference.class, (name, args) -> null),
                ConfigurationEvent.CM_UPDATED, null, "nl.nts.nobodys"));
        assertEquals(1, count("getBundles"));
        assertEquals(3, count("getComponentDescriptionDTOs"), "each plugin bundle's components once");
    }

    private int count(String what) {
        return fakes.count(what);
    }

    private <T> T fake(Class<T> type, Fakes.Answer answer) {
        return fakes.fake(type, answer);
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<Object> query() {
        TypedQuery<Object>[] self = new TypedQuery[1];
        self[0] = fake(TypedQuery.class, (name, args) -> name.equals("getResultList") ? List.of() : self[0]);
        return self[0];
    }

    private Bundle bundle(String plugin, String rom) {
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put(PluginProperties.HEADER_PLUGIN_ID, plugin);
        headers.put("Bundle-Name", plugin);
        if (rom != null) {
            headers.put(PluginProperties.HEADER_ROM, rom);
        }
        return fake(Bundle.class, (name, args) -> switch (name) {
            case "getHeaders" -> headers;
            case "getVersion" -> Version.parseVersion("1.0.0");
            case "getState" -> Bundle.ACTIVE;
            case "getSymbolicName" -> plugin;
            default -> null;
        });
    }
}
