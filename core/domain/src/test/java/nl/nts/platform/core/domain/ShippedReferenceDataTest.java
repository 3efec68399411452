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
    void theSampleWorkshopNamesOnlyWhatTheSampleHolds() {
        SampleDataSet set = SampleDataSet.shipped();
        Set<String> organisations = set.organisations().stream().map(o -> o.name()).collect(Collectors.toSet());
        SampleDataSet.SampleWorkshop sample = set.workshop();
        assertEquals(java.time.LocalDate.of(2025, 5, 7), sample.workshop().date());
        assertTrue(organisations.containsAll(sample.workshop().organisations()));
        sample.workshop().participants().stream().filter(p -> p.organisation() != null)
                .forEach(p -> assertTrue(organisations.contains(p.organisation()), p.organisation()));
        Set<String> inputKeys = sample.inputs().stream().map(SampleDataSet.SampleInput::key).collect(Collectors.toSet());
        assertEquals(sample.inputs().size(), inputKeys.size(), "input keys are unique");
        for (SampleDataSet.SampleAction action : sample.actions()) {
            assertTrue(inputKeys.containsAll(action.inputs()), action.title());
            assertTrue(action.owner() == null || organisations.contains(action.owner()), action.owner());
            assertTrue(organisations.containsAll(action.partners()), action.title());
        }
        Set<String> themes = ShippedReferenceData.themes().stream().map(t -> t.code()).collect(Collectors.toSet());
        sample.inputs().forEach(i -> assertTrue(themes.contains(i.theme()), i.theme()));
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
