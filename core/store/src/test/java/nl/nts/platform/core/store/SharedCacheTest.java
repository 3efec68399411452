package nl.nts.platform.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.Cacheable;

import org.junit.jupiter.api.Test;

/**
 * EclipseLink's shared cache outlives a transaction and knows nothing of other nodes: a record
 * cached there would be served stale after another node changed it. Only the reference data the
 * core ships (rewritten with the same values at each start, changed by no one at run time) is
 * cached; a new {@code @Cacheable} entity must be added here on purpose, with the reason it can
 * never change while nodes run.
 */
class SharedCacheTest {

    /** Written only by JpaReferenceData at start, from the values the release ships. */
    private static final Set<String> SHIPPED_REFERENCE_DATA = Set.of("TechnologyEntity", "RomEntity");

    @Test
    void onlyTheShippedReferenceDataIsCachedAcrossTransactions() throws Exception {
        String unit = read("META-INF/persistence.xml");
        assertTrue(unit.contains("<shared-cache-mode>ENABLE_SELECTIVE</shared-cache-mode>"), "only entities marked @Cacheable are cached");
        Set<String> cached = new TreeSet<>();
        Matcher listed = Pattern.compile("<class>([\\w.]+)</class>").matcher(unit);
        while (listed.find()) {
            Class<?> type = Class.forName(listed.group(1));
            Cacheable cacheable = type.getAnnotation(Cacheable.class);
            if (cacheable != null && cacheable.value()) {
                cached.add(type.getSimpleName());
            }
        }
        assertEquals(new TreeSet<>(SHIPPED_REFERENCE_DATA), cached);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SharedCacheTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
