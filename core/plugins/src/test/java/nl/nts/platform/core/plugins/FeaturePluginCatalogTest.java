package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

class FeaturePluginCatalogTest {

    private final Fakes fakes = new Fakes();

    /** Versions sort as the start's reconciliation compares them, one rule: OSGi order (1.10 after 1.9; -SNAPSHOT as a qualifier), as text what OSGi cannot parse. */
    @Test
    void offeredVersionsSortAsReconciliationComparesThem() {
        List<String> versions = List.of("1.10.0", "1.0.0", "2.0-beta", "1.9.0", "1.0.0-SNAPSHOT");
        Feature[] offered = versions.stream().map(v -> fakes.fake(Feature.class, (name, args) -> switch (name) {
            case "getName" -> "nts-plugin-report-x";
            case "getVersion" -> v;
            default -> null;
        })).toArray(Feature[]::new);
        FeaturesService features = fakes.fake(FeaturesService.class, (name, args) -> name.equals("listFeatures") ? offered : null);
        FeaturePluginCatalog catalog = new FeaturePluginCatalog(fakes.fake(BundleContext.class, (name, args) -> null), features,
                fakes.fake(JpaTemplate.class, (name, args) -> null), new FakeCallerScope());
        List<String> sorted = catalog.offeredVersions("report-x");
        assertEquals(versions.stream().sorted(Reconciliation::compare).toList(), sorted);
        assertEquals(List.of("1.0.0", "1.0.0-SNAPSHOT", "1.9.0", "1.10.0"), sorted.stream().filter(v -> !v.contains("beta")).toList());
    }
}
