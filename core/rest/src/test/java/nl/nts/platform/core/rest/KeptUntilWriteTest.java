package nl.nts.platform.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Which answers are kept until a write: the national picture, whose answers cost queries to make,
 * and not the reference data, which is small and read from memory (keeping it was measured
 * slower than answering anew: every kept answer reads the writes' mark from the database first).
 */
class KeptUntilWriteTest {

    private static Set<String> kept(List<Class<?>> resources) {
        Set<String> kept = new TreeSet<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(KeptUntilWrite.class)) {
                    kept.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        return kept;
    }

    @Test
    void onlyTheNationalPictureIsKept() {
        assertEquals(Set.of(), kept(List.of(TechnologyResource.class, RomResource.class, ThemeResource.class)), "the reference data answers anew");
        assertEquals(new TreeSet<>(Set.of("AgendaResource.get", "AgendaResource.list", "ValueChainResource.find", "ValueChainResource.get",
                "ValueChainResource.resilience")), kept(List.of(ValueChainResource.class, AgendaResource.class)));
    }
}
