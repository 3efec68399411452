package nl.nts.platform.core.plugins;

import java.util.List;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.nts.platform.api.model.PluginInfo;
import nl.nts.platform.api.service.PluginCatalog;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

/** {@link PluginCatalog} as each bundle gets it (bundle scope), for that bundle's caller; the one {@link FeaturePluginCatalog} does the work. */
@Component(service = PluginCatalog.class, scope = ServiceScope.BUNDLE)
public class PluginCatalogForCaller implements PluginCatalog {

    private final FeaturePluginCatalog catalog;
    private final ServiceCaller caller;

    @Activate
    public PluginCatalogForCaller(@Reference FeaturePluginCatalog catalog, @Reference CallerScope scope, ComponentContext context) {
        this.catalog = catalog;
        this.caller = new ServiceCaller(scope, context);
    }

    @Override
    public List<PluginInfo> list() {
        return caller.bound(catalog::list);
    }

    @Override
    public PluginInfo get(String id) {
        return caller.bound(() -> catalog.get(id));
    }

    @Override
    public PluginInfo install(String id, String version) {
        return caller.bound(() -> catalog.install(id, version));
    }

    @Override
    public void uninstall(String id) {
        caller.bound(() -> catalog.uninstall(id));
    }
}
