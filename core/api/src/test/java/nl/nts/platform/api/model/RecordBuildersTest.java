package nl.nts.platform.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordBuildersTest {

    /** The records with a builder, as package-info.java lists them. */
    static Stream<Class<?>> built() {
        return Stream.of(Organisation.class, SegmentRef.class, FundingCall.class, Action.class, Budget.class, Kpi.class,
                Workshop.class, Participant.class, Input.class, Plan.class, Consortium.class, Consortium.Member.class,
                ValueChain.class, Segment.class);
    }

    @Test
    void anOrganisationIsBuiltByNamingWhatIsKnown() {
        Organisation acme = Organisation.builder().name("ACME").kind(OrganisationKind.SME).country("NL").build();

        assertEquals("ACME", acme.name());
        assertEquals(OrganisationKind.SME, acme.kind());
        assertEquals("NL", acme.country());
        assertNull(acme.id());
        assertNull(acme.city());
        assertNull(acme.trl());
        assertNull(acme.stamp());
        assertEquals(List.of(), acme.technologies());
        assertEquals(List.of(), acme.segments());
        assertEquals(Map.of(), acme.externalIds());
        assertEquals(new Organisation(null, "ACME", OrganisationKind.SME, null, null, null, "NL", null, null, null, List.of(), List.of(),
                null, Map.of(), null, null), acme);
    }

    @Test
    void toBuilderChangesOneComponentAndKeepsTheOthers() {
        Organisation acme = Organisation.builder().id(7L).name("ACME").kind(OrganisationKind.SME).country("NL")
                .technologies(List.of("NTS01")).externalIds(Map.of("cordis", "999912345")).version(3L).build();

        Organisation moved = acme.toBuilder().city("Eindhoven").build();

        assertEquals("Eindhoven", moved.city());
        assertNull(acme.city(), "the original is untouched");
        assertEquals(acme, moved.toBuilder().city(null).build());
        assertEquals(acme, acme.toBuilder().build());
    }

    @Test
    void listsAndMapsAreCopiedAtBuildAndCannotBeChangedAfterwards() {
        List<String> technologies = new ArrayList<>(List.of("NTS01"));
        Map<String, String> ids = new HashMap<>(Map.of("cordis", "1"));
        Organisation.Builder builder = Organisation.builder().name("ACME").technologies(technologies).externalIds(ids);

        Organisation built = builder.build();
        technologies.add("NTS02");
        ids.put("hubspot", "2");

        assertEquals(List.of("NTS01"), built.technologies());
        assertEquals(Map.of("cordis", "1"), built.externalIds());
        assertThrows(UnsupportedOperationException.class, () -> built.technologies().add("NTS03"));
        assertThrows(UnsupportedOperationException.class, () -> built.externalIds().put("x", "y"));
        assertEquals(List.of("NTS01", "NTS02"), builder.build().technologies(), "the builder holds the caller's list until build()");
    }

    @Test
    void aNullListIsEmptyAndNullElementsAreKeptForTheCoreToName() {
        Action action = Action.builder().title("Pilot line access").technologies(null).partners(Arrays.asList(1L, null)).build();

        assertEquals(List.of(), action.technologies());
        assertEquals(Arrays.asList(1L, null), action.partners());
        assertEquals(List.of(), Action.builder().build().kpis());
    }

    @Test
    void aBuilderBuildsAgainWithoutChangingWhatItBuiltBefore() {
        Kpi.Builder builder = Kpi.builder().indicator("start-ups with access to a pilot line").target(BigDecimal.TEN).unit("companies");
        Kpi first = builder.build();
        Kpi second = builder.year(2030).build();

        assertNull(first.year());
        assertEquals(2030, second.year());
        assertNotEquals(first, second);
        assertEquals(first, second.toBuilder().year(null).build());
    }

    @Test
    void nestedRecordsHaveTheirOwnBuilders() {
        Consortium consortium = Consortium.builder().name("Photonics EDF").call(4L).lead(1L)
                .members(List.of(Consortium.Member.builder().organisation(2L).role("partner").build()))
                .build();

        assertEquals(List.of(new Consortium.Member(2L, "partner")), consortium.members());
        assertEquals(consortium, consortium.toBuilder().build());
    }

    @ParameterizedTest
    @MethodSource("built")
    void anEmptyBuilderBuildsARecordWithEveryComponentAbsent(Class<?> type) throws Exception {
        Object record = build(builder(type));

        for (RecordComponent component : type.getRecordComponents()) {
            Object value = component.getAccessor().invoke(record);
            if (component.getType() == List.class) {
                assertEquals(List.of(), value, component.getName());
            } else if (component.getType() == Map.class) {
                assertEquals(Map.of(), value, component.getName());
            } else {
                assertNull(value, component.getName());
            }
        }
    }

    /** Distinct values of one type would catch two components swapped in build() or toBuilder(). */
    @ParameterizedTest
    @MethodSource("built")
    void everySetterSetsItsOwnComponentAndToBuilderCopiesThemAll(Class<?> type) throws Exception {
        Object[] values = sampleComponents(type, new int[] {1});
        Object expected = canonical(type).newInstance(values);

        Object builder = builder(type);
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            builder.getClass().getMethod(components[i].getName(), components[i].getType()).invoke(builder, values[i]);
        }
        Object built = build(builder);

        assertEquals(expected, built);
        assertEquals(expected, build(type.getMethod("toBuilder").invoke(expected)));
    }

    /** The evolution rule: a new component means a new setter; nothing else is in the builder. */
    @ParameterizedTest
    @MethodSource("built")
    void theBuilderHasOneSetterPerComponentAndBuild(Class<?> type) throws Exception {
        Class<?> builder = Class.forName(type.getName() + "$Builder");
        assertTrue(Modifier.isFinal(builder.getModifiers()) && Modifier.isStatic(builder.getModifiers()), "a static final class");
        assertEquals(0, Arrays.stream(builder.getConstructors()).count(), "made by builder() only");

        Set<String> expected = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            expected.add(component.getName() + "(" + component.getType().getSimpleName() + ")");
            assertEquals(builder, builder.getMethod(component.getName(), component.getType()).getReturnType());
        }
        expected.add("build()");
        Set<String> actual = Arrays.stream(builder.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(m -> m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
        assertEquals(type, builder.getMethod("build").getReturnType());
    }

    private static Object builder(Class<?> type) throws Exception {
        Method builder = type.getMethod("builder");
        assertTrue(Modifier.isStatic(builder.getModifiers()));
        return builder.invoke(null);
    }

    private static Object build(Object builder) throws Exception {
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        return type.getConstructor(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
    }

    private static Object[] sampleComponents(Class<?> type, int[] counter) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sample(components[i].getGenericType(), components[i].getName(), counter);
        }
        return values;
    }

    /** A value of {@code type} that differs from every other this counter made. */
    private static Object sample(Type type, String name, int[] counter) throws Exception {
        int n = counter[0]++;
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (parameterized.getRawType() == List.class) {
                return List.of(sample(arguments[0], name, counter));
            }
            if (parameterized.getRawType() == Map.class) {
                return Map.of(sample(arguments[0], name, counter), sample(arguments[1], name, counter));
            }
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return name + "-" + n;
        } else if (raw == Long.class) {
            return (long) n;
        } else if (raw == Integer.class) {
            return n;
        } else if (raw == Boolean.class) {
            return Boolean.TRUE; // not null, the builders' start: each record has one Boolean at most
        } else if (raw == BigDecimal.class) {
            return BigDecimal.valueOf(n);
        } else if (raw == Instant.class) {
            return Instant.ofEpochSecond(1_700_000_000L + n);
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 1).plusDays(n);
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[n % constants.length];
        } else if (raw.isRecord()) {
            return canonical(raw).newInstance(sampleComponents(raw, counter));
        }
        throw new AssertionError("no sample for " + type + " (" + name + "): add one here");
    }
}
