package nl.nts.platform.plugins.connectorcordis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
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
        ReferenceData referenceData = (ReferenceData) Proxy.newProxyInstance(ReferenceData.class.getClassLoader(),
                new Class<?>[] {ReferenceData.class}, (proxy, method, args) -> {
                    if (method.getName().equals("roms")) {
                        return List.of(new Rom("BOM", "Brabantse Ontwikkelings Maatschappij",
                                List.of(new Region("Noord-Brabant", "NL41", "NL41", "NL-NB"))));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        CordisOrganisations.Config config = (CordisOrganisations.Config) Proxy.newProxyInstance(CordisOrganisations.Config.class.getClassLoader(),
                new Class<?>[] {CordisOrganisations.Config.class}, (proxy, method, args) -> file.toString());

        List<Organisation> organisations = new CordisOrganisations(referenceData, config).organisations();

        assertEquals(List.of(
                new Organisation(null, "Voorbeeld Photonics BV", OrganisationKind.SME, null, null, "Eindhoven", "NL", "Noord-Brabant", null, null,
                        List.of(), List.of(), null, Map.of("cordis", "999912345"), null, null),
                new Organisation(null, "Panepistimio Voorbeeld", OrganisationKind.KNOWLEDGE_INSTITUTION, null, null, "Athina", "GR", null, null,
                        null, List.of(), List.of(), null, Map.of("cordis", "999954321"), null, null)),
                organisations);
    }
}
