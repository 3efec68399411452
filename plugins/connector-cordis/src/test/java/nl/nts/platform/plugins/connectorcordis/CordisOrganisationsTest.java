package nl.nts.platform.plugins.connectorcordis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
