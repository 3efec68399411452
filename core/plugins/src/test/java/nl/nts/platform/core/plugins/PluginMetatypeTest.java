package nl.nts.platform.core.plugins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.PluginSettings.Setting;
import nl.nts.platform.core.shared.Secrets;

class PluginMetatypeTest {

    /** An attribute as a plugin's metatype describes it; validates its options as Felix's does. */
    private record Ad(String id, int type, int cardinality, String[] defaults, String[] options) implements AttributeDefinition {
        public String getName() {
            return "The " + id;
        }

        public String getID() {
            return id;
        }

        public String getDescription() {
            return null;
        }

        public int getCardinality() {
            return cardinality;
        }

        public int getType() {
            return type;
        }

        public String[] getOptionValues() {
            return options;
        }

        public String[] getOptionLabels() {
            return options;
        }

        public String validate(String value) {
            return options == null || Arrays.asList(options).contains(value) ? "" : "'" + value + "' is none of " + String.join(", ", options);
        }

        public String[] getDefaultValue() {
            return defaults;
        }
    }

    private static final String PID = "nl.bom.crm";
    private final Fakes fakes = new Fakes();
    private final List<AttributeDefinition> all = List.of(
            new Ad("url", AttributeDefinition.STRING, 0, null, null),
            new Ad("apiKey", AttributeDefinition.PASSWORD, 0, null, null),
            new Ad("pageSize", AttributeDefinition.INTEGER, 0, new String[] {"100"}, null),
            new Ad("mode", AttributeDefinition.STRING, 0, new String[] {"full"}, new String[] {"full", "incremental"}),
            new Ad("regions", AttributeDefinition.STRING, Integer.MAX_VALUE, new String[] {"NL41", "NL42"}, null),
            new Ad("dryRun", AttributeDefinition.BOOLEAN, 0, new String[] {"false"}, null));
    private final PluginMetatype metatype;

    PluginMetatypeTest() {
        ObjectClassDefinition ocd = fakes.fake(ObjectClassDefinition.class, (name, args) -> switch (name) {
            case "getName" -> "BOM's CRM";
            case "getAttributeDefinitions" -> (int) args[0] == ObjectClassDefinition.REQUIRED
                    ? all.stream().filter(ad -> !ad.getID().equals("dryRun")).toArray(AttributeDefinition[]::new)
                    : all.toArray(AttributeDefinition[]::new);
            default -> null;
        });
        MetaTypeInformation info = fakes.fake(MetaTypeInformation.class, (name, args) -> switch (name) {
            case "getPids" -> new String[] {PID};
            case "getFactoryPids" -> new String[0];
            case "getObjectClassDefinition" -> PID.equals(args[0]) ? ocd : null;
            default -> null;
        });
        Bundle bundle = fakes.fake(Bundle.class, (name, args) -> null);
        MetaTypeService service = fakes.fake(MetaTypeService.class, (name, args) -> info);
        metatype = PluginMetatype.of(service, List.of(bundle), PID).orElseThrow();
        assertEquals(Set.of(PID), PluginMetatype.pids(service, List.of(bundle)));
        assertTrue(PluginMetatype.of(service, List.of(bundle), "nl.bom.other").isEmpty());
    }

    private Map<String, Object> valid() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("url", "https://crm.example/api");
        sent.put("apiKey", "s3cr3t");
        return sent;
    }

    @Test
    void aValidConfigurationIsStoredAsTheSettingsTypes() {
        Map<String, Object> sent = valid();
        sent.put("pageSize", 250L);
        sent.put("regions", new String[] {"NL41"});
        sent.put("dryRun", "true");
        Map<String, Object> checked = metatype.check(sent);
        assertEquals(Integer.valueOf(250), checked.get("pageSize"));
        assertEquals(Boolean.TRUE, checked.get("dryRun"));
        assertArrayEquals(new String[] {"NL41"}, (String[]) checked.get("regions"));
        assertEquals(Set.of("apiKey"), metatype.secrets());
    }

    @Test
    void aBadValueIsRefusedNamingItsSetting() {
        Map<String, Map.Entry<Object, String>> bad = new LinkedHashMap<>();
        bad.put("pageSize", Map.entry("many", "is an integer, not 'many'"));
        bad.put("mode", Map.entry("sometimes", "'sometimes' is none of full, incremental"));
        bad.put("dryRun", Map.entry(7L, "is a boolean, not 7"));
        bad.put("url", Map.entry(List.of("a", "b"), "takes one value, not a list"));
        for (Map.Entry<String, Map.Entry<Object, String>> e : bad.entrySet()) {
            Map<String, Object> sent = valid();
            sent.put(e.getKey(), e.getValue().getKey());
            ValidationException refused = assertThrows(ValidationException.class, () -> metatype.check(sent), e.getKey());
            assertEquals("properties." + e.getKey(), refused.violations().get(0).field());
            assertEquals(e.getValue().getValue(), refused.violations().get(0).message());
        }
        Map<String, Object> extra = valid();
        extra.put("service.ranking", 5L);
        assertEquals(5L, metatype.check(extra).get("service.ranking"), "a key that is no setting is taken as sent");
        Map<String, Object> tooBig = valid();
        tooBig.put("pageSize", 3_000_000_000L);
        assertEquals("properties.pageSize", assertThrows(ValidationException.class, () -> metatype.check(tooBig)).violations().get(0).field());
    }

    @Test
    void aRequiredSettingWithoutDefaultMustBeGivenAndAPasswordIsNeverEchoed() {
        Map<String, Object> sent = valid();
        sent.remove("apiKey");
        ValidationException missing = assertThrows(ValidationException.class, () -> metatype.check(sent));
        assertEquals("properties.apiKey", missing.violations().get(0).field());

        Map<String, Object> wrong = valid();
        wrong.put("apiKey", 12345L);
        ValidationException typed = assertThrows(ValidationException.class, () -> metatype.check(wrong));
        assertEquals("is a password", typed.violations().get(0).message(), "the value sent is not repeated");
    }

    @Test
    void theSettingsShowTypeDefaultAndValueWithThePasswordMasked() {
        List<Setting> settings = metatype.settings(metatype.check(valid()));
        Setting apiKey = settings.get(1);
        assertEquals("password", apiKey.type());
        assertEquals(Secrets.MASK, apiKey.value());
        Setting pageSize = settings.get(2);
        assertEquals("integer", pageSize.type());
        assertEquals(Integer.valueOf(100), pageSize.defaultValue());
        assertEquals(null, pageSize.value());
        assertEquals(List.of("NL41", "NL42"), settings.get(4).defaultValue());
        assertTrue(settings.get(4).multiple());
        assertEquals(List.of("full", "incremental"), settings.get(3).options().stream().map(c -> c.value()).toList());
        assertEquals("https://crm.example/api", settings.get(0).value());
    }
}
