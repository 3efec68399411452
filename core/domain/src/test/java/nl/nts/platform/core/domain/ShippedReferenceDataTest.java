package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.SegmentRef;
import nl.nts.platform.api.model.ValueChain;

class ShippedReferenceDataTest {

    @Test
    void theTenKeyTechnologiesWithTheirDutchNames() {
        List<KeyTechnology> technologies = ShippedReferenceData.technologies();
        assertEquals(10, technologies.size());
        assertEquals(new KeyTechnology("NTS03", "Process technology including process intensification",
                "Procestechnologie, inclusief procesintensivering"), technologies.get(2));
        assertEquals("Halfgeleidertechnologie", technologies.get(8).nameNl());
    }

    @Test
    void theNineRomsWithOneRegionPerProvince() {
        Map<String, Rom> roms = ShippedReferenceData.roms().stream().collect(Collectors.toMap(Rom::code, r -> r));
        assertEquals(Set.of("BOM", "LIOF", "IZ", "IQ", "INW", "RUR", "HF", "ONL", "NOM"), roms.keySet());
        assertEquals(List.of(new Region("Zuid-Holland", "NL36", "NL33", "NL-ZH")), roms.get("IQ").regions());
        assertEquals(List.of("Groningen", "Friesland", "Drenthe"), roms.get("NOM").regions().stream().map(Region::province).toList());
    }

    @Test
    void everySampleRecordPassesTheRules() {
        Set<String> technologies = ShippedReferenceData.technologies().stream().map(KeyTechnology::code).collect(Collectors.toSet());
        Set<String> roms = ShippedReferenceData.roms().stream().map(Rom::code).collect(Collectors.toSet());
        SampleDataSet set = SampleDataSet.shipped();

        ValueChainRules chainRules = new ValueChainRules(technologies::contains, roms::contains);
        List<ValueChain> chains = set.valueChains();
        assertEquals(14, chains.size());
        chains.forEach(chainRules::checkNew);
        assertEquals(List.of("NTS09", "NTS06"), chains.get(0).technologies());

        OrganisationRules organisationRules = new OrganisationRules(technologies::contains, ShippedReferenceData.roms());
        assertTrue(set.organisations().size() >= 30, "a few dozen organisations");
        set.organisations().forEach(organisationRules::check);
        // every segment an organisation names exists in the sample chains
        Set<SegmentRef> segments = chains.stream()
                .flatMap(c -> c.segments().stream().map(s -> new SegmentRef(c.code(), s.code()))).collect(Collectors.toSet());
        set.organisations().forEach(o -> assertTrue(segments.containsAll(o.segments()), o.name() + " " + o.segments()));
    }

    @Test
    void theSampleWorkshopsNameOnlyWhatTheSampleHolds() {
        SampleDataSet set = SampleDataSet.shipped();
        Set<String> organisations = set.organisations().stream().map(o -> o.name()).collect(Collectors.toSet());
        // the Eindhoven workshop comes first: the README's examples name its inputs and its plan by id
        assertEquals(java.time.LocalDate.of(2025, 5, 7), set.workshops().get(0).workshop().date());
        assertEquals(11, set.workshops().get(0).inputs().size());
        assertEquals("triaged", set.workshops().get(0).inputs().get(10).status(), "input 11 of the README is triaged");
        Set<String> themes = ShippedReferenceData.themes().stream().map(t -> t.code()).collect(Collectors.toSet());
        Set<String> inputKeys = new java.util.HashSet<>();
        for (SampleDataSet.SampleWorkshop sample : set.workshops()) {
            assertTrue(organisations.containsAll(sample.workshop().organisations()), sample.workshop().title());
            sample.workshop().participants().stream().filter(p -> p.organisation() != null)
                    .forEach(p -> assertTrue(organisations.contains(p.organisation()), p.organisation()));
            Set<String> keys = sample.inputs().stream().map(SampleDataSet.SampleInput::key).collect(Collectors.toSet());
            Set<String> answered = new java.util.HashSet<>();
            for (SampleDataSet.SampleAction action : sample.actions()) {
                assertTrue(keys.containsAll(action.inputs()), action.title());
                answered.addAll(action.inputs());
                assertTrue(action.owner() == null || organisations.contains(action.owner()), action.owner());
                assertTrue(organisations.containsAll(action.partners()), action.title());
                Set<String> indicators = action.kpis().stream().map(k -> k.indicator()).collect(Collectors.toSet());
                action.measurements().forEach(m -> assertTrue(indicators.contains(m.indicator()), m.indicator()));
            }
            for (SampleDataSet.SampleInput i : sample.inputs()) {
                assertTrue(inputKeys.add(i.key()), "input keys are unique: " + i.key());
                assertTrue(themes.contains(i.theme()), i.theme());
                // an input counts as answered exactly while an action answers it
                assertEquals(answered.contains(i.key()), "answered".equals(i.status()), i.key() + " is " + i.status());
            }
        }
        Set<String> statuses = set.workshops().stream().flatMap(w -> w.inputs().stream()).map(SampleDataSet.SampleInput::status).collect(Collectors.toSet());
        assertEquals(Set.copyOf(nl.nts.platform.api.service.Inputs.DEFAULT_STATUSES), statuses, "inputs in every state of the workflow");
        Set<String> roms = set.workshops().stream().map(w -> w.workshop().rom()).collect(Collectors.toSet());
        assertTrue(roms.size() >= 3, "workshops of at least three ROMs: " + roms);
        // plans drafted, in consultation, submitted, approved and returned by KIA
        Set<List<String>> steps = set.workshops().stream().filter(w -> w.plan() != null)
                .map(w -> w.planSteps().stream().map(SampleDataSet.SampleStep::transition).toList()).collect(Collectors.toSet());
        assertEquals(Set.of(List.of(), List.of("consult"), List.of("consult", "submit"), List.of("consult", "submit", "approve"),
                List.of("consult", "submit", "return")), steps);
    }

    @Test
    void csvQuotesCommasAndDoubledQuotes() throws IOException {
        String text = "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\nlast,\n";
        List<Map<String, String>> rows = CsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(Map.of("a", "x, y", "b", "say \"hi\""), Map.of("a", "last", "b", "")), rows);
    }

    @Test
    void csvRefusesARowOfTheWrongWidth() {
        IOException e = assertThrows(IOException.class,
                () -> CsvTable.read(new ByteArrayInputStream("a,b\n1,2,3\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("line 2 has 3 fields, the header has 2", e.getMessage());
    }
}
