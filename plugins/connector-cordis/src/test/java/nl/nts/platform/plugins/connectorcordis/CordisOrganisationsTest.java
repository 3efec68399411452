package nl.nts.platform.plugins.connectorcordis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nts.platform.api.model.EuProject;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.plugin.SourcePage;
import nl.nts.platform.api.service.ReferenceData;

class CordisOrganisationsTest {

    @Test
    void readsCordisSemicolonsQuotesAndDecimalCommas() throws Exception {
        String csv = "projectID;name;ecContribution;city\r\n101;\"ACME; ONE BV\";\"1500000,00\";Eindhoven\r\n";
        List<Map<String, String>> rows = SemicolonCsv.read(new StringReader(csv));
        assertEquals(1, rows.size());
        assertEquals("ACME; ONE BV", rows.get(0).get("name"));
        assertEquals("1500000,00", rows.get(0).get("ecContribution"));
        assertEquals("Eindhoven", rows.get(0).get("city"));
        assertNull(rows.get(0).get("missing"));
    }

    @Test
    void namesLoseTheirCapitalsButKeepTheirLegalForm() {
        assertEquals("Voorbeeld Photonics BV", CordisOrganisations.title("VOORBEELD PHOTONICS BV"));
        assertEquals("Technische Universiteit Voorbeeld", CordisOrganisations.title("TECHNISCHE UNIVERSITEIT VOORBEELD"));
        assertEquals("Rhein Optik GmbH", CordisOrganisations.title("RHEIN OPTIK GMBH"));
    }

    @Test
    void eachCordisOrganisationOnceWithItsProvinceAndItsCordisId(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("organization.csv");
        Files.writeString(file, "projectID;organisationID;name;activityType;SME;city;country;nutsCode\r\n"
                + "101;999912345;VOORBEELD PHOTONICS BV;PRC;true;EINDHOVEN;NL;NL414\r\n"
                + "102;999912345;VOORBEELD PHOTONICS BV;PRC;true;EINDHOVEN;NL;NL414\r\n"
                + "102;999954321;PANEPISTIMIO VOORBEELD;HES;false;ATHINA;EL;EL303\r\n");
        CordisOrganisations.Config config = config(file.toString(), "");
        List<Organisation> organisations = new CordisOrganisations(REFERENCE_DATA, config).organisations();

        assertEquals(List.of(
                Organisation.builder().name("Voorbeeld Photonics BV").kind(OrganisationKind.SME).city("Eindhoven").country("NL")
                        .province("Noord-Brabant").externalIds(Map.of("cordis", "999912345"))
                        .euProjects(List.of(EuProject.builder().id("101").build(), EuProject.builder().id("102").build())).build(),
                Organisation.builder().name("Panepistimio Voorbeeld").kind(OrganisationKind.KNOWLEDGE_INSTITUTION).city("Athina").country("GR")
                        .externalIds(Map.of("cordis", "999954321")).euProjects(List.of(EuProject.builder().id("102").build())).build()),
                organisations);
    }

    private static final ReferenceData REFERENCE_DATA = (ReferenceData) Proxy.newProxyInstance(ReferenceData.class.getClassLoader(),
            new Class<?>[] {ReferenceData.class}, (proxy, method, args) -> {
                if (method.getName().equals("roms")) {
                    return List.of(new Rom("BOM", "Brabantse Ontwikkelings Maatschappij", List.of(new Region("Noord-Brabant", "NL41", "NL41", "NL-NB"))),
                            new Rom("LIOF", "LIOF", List.of(new Region("Limburg", "NL42", "NL42", "NL-LI"))));
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static CordisOrganisations.Config config(String organisationFile, String projectFile) {
        return (CordisOrganisations.Config) Proxy.newProxyInstance(CordisOrganisations.Config.class.getClassLoader(),
                new Class<?>[] {CordisOrganisations.Config.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "organisationFile" -> organisationFile;
                    case "projectFile" -> projectFile;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Path wireFormat(String name) throws Exception {
        return Path.of(CordisOrganisationsTest.class.getResource("/wire-formats/" + name).toURI());
    }

    @Test
    void theOrganisationsOfCordisFilesCarryTheirProjectsWithProjectCsvsTitlesProgrammeAndDates() throws Exception {
        List<Organisation> organisations = new CordisOrganisations(REFERENCE_DATA,
                config(wireFormat("cordis-organization.csv").toString(), wireFormat("cordis-project.csv").toString())).organisations();
        assertEquals(List.of("Voorbeeld Photonics BV", "Technische Universiteit Voorbeeld", "Maas Quantum Sensing BV"),
                organisations.stream().map(Organisation::name).toList());
        assertEquals(List.of(EuProject.builder().id("101000001").acronym("PHOTOPACK").title("Photonic packaging for scalable integrated circuits")
                .programme("HORIZON").role("coordinator").start(LocalDate.of(2024, 1, 1)).end(LocalDate.of(2027, 12, 31)).build()),
                organisations.get(0).euProjects());
        assertEquals("participant", organisations.get(1).euProjects().get(0).role());
        EuProject qsense = organisations.get(2).euProjects().get(0);
        assertEquals("QSENSE-NL", qsense.acronym());
        assertEquals(LocalDate.of(2028, 2, 29), qsense.end());
        assertEquals("Limburg", organisations.get(2).province());
    }

    @Test
    void withoutProjectCsvAProjectHasItsIdAcronymAndRole() throws Exception {
        List<Organisation> organisations = new CordisOrganisations(REFERENCE_DATA, config(wireFormat("cordis-organization.csv").toString(), ""))
                .organisations();
        assertEquals(List.of(EuProject.builder().id("101000002").acronym("QSENSE-NL").role("coordinator").build()), organisations.get(2).euProjects());
    }

    @Test
    void aProjectRowWithABadDateOrAnOverlongTitleStillGivesTheProject() {
        EuProject p = CordisProjects.project("7", Map.of("projectAcronym", "X", "role", "participant"),
                Map.of("acronym", "ACRO", "title", "t".repeat(400), "startDate", "01/02/2024", "frameworkProgramme", "H2020"));
        assertEquals("ACRO", p.acronym());
        assertEquals(300, p.title().length());
        assertNull(p.start());
        assertEquals("H2020", p.programme());
    }

    @Test
    void aProjectThatEndsBeforeItStartsKeepsNeitherDateRatherThanRefusingTheOrganisation() {
        EuProject p = CordisProjects.project("8", Map.of("projectAcronym", "X", "role", "participant"),
                Map.of("acronym", "ACRO", "startDate", "2024-06-01", "endDate", "2024-05-31"));
        assertEquals("ACRO", p.acronym());
        assertNull(p.start());
        assertNull(p.end());
        EuProject sameDay = CordisProjects.project("9", Map.of(), Map.of("startDate", "2024-06-01", "endDate", "2024-06-01"));
        assertEquals(LocalDate.of(2024, 6, 1), sameDay.start());
        assertEquals(LocalDate.of(2024, 6, 1), sameDay.end());
    }

    @Test
    void aRunReadsItsPagesFromOneParseAndFilesDownloadedAgainAreParsedAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("organization.csv");
        String header = "projectID;organisationID;name;activityType;SME;city;country;nutsCode\r\n";
        Files.writeString(file, header + "101;1;EERSTE BV;PRC;true;BREDA;NL;NL411\r\n" + "101;2;TWEEDE BV;PRC;true;BREDA;NL;NL411\r\n");
        FileTime downloaded = FileTime.from(Instant.parse("2026-11-01T00:00:00Z"));
        Files.setLastModifiedTime(file, downloaded);
        CordisOrganisations cordis = new CordisOrganisations(REFERENCE_DATA, config(file.toString(), ""));
        SourcePage<Organisation> first = cordis.read(null, 1);
        assertEquals("Eerste BV", first.records().get(0).name());

        // the same size and time: taken as the same file, not parsed again for the next page
        Files.writeString(file, header + "101;1;EERSTE BV;PRC;true;BREDA;NL;NL411\r\n" + "101;2;DERDE! BV;PRC;true;BREDA;NL;NL411\r\n");
        Files.setLastModifiedTime(file, downloaded);
        assertEquals("Tweede BV", cordis.read(first.next(), 1).records().get(0).name());

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-01T00:00:00Z")));
        assertEquals("Derde! BV", cordis.read(first.next(), 1).records().get(0).name());
    }
}
