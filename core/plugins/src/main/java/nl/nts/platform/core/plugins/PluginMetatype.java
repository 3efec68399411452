package nl.nts.platform.core.plugins;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.PluginSettings.Choice;
import nl.nts.platform.core.shared.PluginSettings.Setting;
import nl.nts.platform.core.shared.Secrets;

/**
 * The settings a plugin describes with OSGi metatype ({@code @Designate} and
 * {@code @ObjectClassDefinition} on its components, or {@code OSGI-INF/metatype/*.xml}): what the
 * catalog shows of a configuration, and what a configuration sent by a caller is checked against
 * before anything is stored. A password's value is never shown.
 */
final class PluginMetatype {

    private final ObjectClassDefinition definition;
    private final Map<String, AttributeDefinition> byId = new LinkedHashMap<>();
    private final Set<String> required = new TreeSet<>();

    private PluginMetatype(ObjectClassDefinition definition) {
        this.definition = definition;
        for (AttributeDefinition ad : nonNull(definition.getAttributeDefinitions(ObjectClassDefinition.ALL))) {
            byId.put(ad.getID(), ad);
        }
        for (AttributeDefinition ad : nonNull(definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED))) {
            required.add(ad.getID());
        }
    }

    /**
     * @param pid a PID, or a factory configuration's {@code factoryPid~name}
     * @return the metatype one of the bundles gives for it; empty when none does
     */
    static Optional<PluginMetatype> of(MetaTypeService metatype, List<Bundle> bundles, String pid) {
        String base = pid.contains("~") ? pid.substring(0, pid.indexOf('~')) : pid;
        for (Bundle bundle : bundles) {
            MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
            if (info != null && (Arrays.asList(nonNull(info.getPids())).contains(base) || Arrays.asList(nonNull(info.getFactoryPids())).contains(base))) {
                ObjectClassDefinition ocd = info.getObjectClassDefinition(base, null);
                if (ocd != null) {
                    return Optional.of(new PluginMetatype(ocd));
                }
            }
        }
        return Optional.empty();
    }

    /** @return the PIDs and factory PIDs these bundles describe */
    static Set<String> pids(MetaTypeService metatype, List<Bundle> bundles) {
        Set<String> pids = new TreeSet<>();
        for (Bundle bundle : bundles) {
            MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
            if (info != null) {
                pids.addAll(Arrays.asList(nonNull(info.getPids())));
                pids.addAll(Arrays.asList(nonNull(info.getFactoryPids())));
            }
        }
        return pids;
    }

    /** @return the configuration's name for people */
    String name() {
        return definition.getName();
    }

    /** @return the keys whose values are secrets: the password settings */
    Set<String> secrets() {
        Set<String> secrets = new TreeSet<>();
        byId.values().stream().filter(ad -> ad.getType() == AttributeDefinition.PASSWORD).forEach(ad -> secrets.add(ad.getID()));
        return secrets;
    }

    /** @return every setting with its value in these properties, passwords masked */
    List<Setting> settings(Map<String, Object> properties) {
        List<Setting> settings = new ArrayList<>();
        for (AttributeDefinition ad : byId.values()) {
            boolean secret = ad.getType() == AttributeDefinition.PASSWORD || Secrets.isSecret(ad.getID());
            Object value = shown(properties.get(ad.getID()));
            Object fallback = fallback(ad);
            List<Choice> choices = new ArrayList<>();
            String[] values = ad.getOptionValues();
            String[] labels = ad.getOptionLabels();
            for (int i = 0; values != null && i < values.length; i++) {
                choices.add(new Choice(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
            }
            settings.add(new Setting(ad.getID(), ad.getName(), ad.getDescription(), type(ad.getType()), ad.getCardinality() != 0,
                    required.contains(ad.getID()), secret && fallback != null ? Secrets.MASK : fallback, choices,
                    secret && value != null ? Secrets.MASK : value));
        }
        return settings;
    }

    /** The setting's default, of its type; as the metatype writes it when it is not of its type. */
    private static Object fallback(AttributeDefinition ad) {
        String[] defaults = ad.getDefaultValue();
        if (defaults == null || defaults.length == 0) {
            return null;
        }
        List<String> values = ad.getCardinality() == 0 ? List.of(defaults[0]) : Arrays.asList(defaults);
        try {
            return shown(typed(ad, values, ad.getID()));
        } catch (ValidationException e) {
            return ad.getCardinality() == 0 ? defaults[0] : values;
        }
    }

    /**
     * Checks a configuration a caller sent and gives it the settings' types.
     *
     * @param sent the properties as {@link ConfigValues#fromClient} reads them, secrets kept already
     * @return the properties to store, each of its setting's type (a list setting as an array)
     * @throws ValidationException naming {@code properties.<key>}: a value of the wrong type, out of
     *                             the options or refused by the plugin's own rules; or a required
     *                             setting without a value or default. Keys that are no setting are
     *                             taken as sent
     */
    Map<String, Object> check(Map<String, Object> sent) {
        Map<String, Object> checked = new TreeMap<>();
        for (Map.Entry<String, Object> e : sent.entrySet()) {
            String key = e.getKey();
            AttributeDefinition ad = byId.get(key);
            if (ad == null) {
                // not a setting: a component property (service.ranking, a reference's .target) or a key of
                // an older configuration, taken as sent, as ConfigurationAdmin takes it
                checked.put(key, e.getValue());
                continue;
            }
            List<Object> values = ConfigValues.items(e.getValue());
            if (ad.getCardinality() == 0 && values.size() != 1) {
                throw new ValidationException("properties." + key, "takes one value, not a list");
            }
            if (Math.abs(ad.getCardinality()) != Integer.MAX_VALUE && ad.getCardinality() != 0 && values.size() > Math.abs(ad.getCardinality())) {
                throw new ValidationException("properties." + key, "takes at most " + Math.abs(ad.getCardinality()) + " values");
            }
            Object typed = typed(ad, values, key);
            for (Object value : ConfigValues.items(typed)) {
                String why = ad.validate(String.valueOf(value));
                if (why != null && !why.isEmpty()) {
                    boolean secret = ad.getType() == AttributeDefinition.PASSWORD || Secrets.isSecret(key);
                    throw new ValidationException("properties." + key, secret ? "is not a valid " + ad.getName() : why);
                }
            }
            checked.put(key, typed);
        }
        for (String id : required) {
            AttributeDefinition ad = byId.get(id);
            if (!checked.containsKey(id) && (ad.getDefaultValue() == null || ad.getDefaultValue().length == 0)) {
                throw new ValidationException("properties." + id, "is required (" + ad.getName() + ")");
            }
        }
        return checked;
    }

    /** The values as the setting's type: one value, or an array of them for a list setting. */
    private static Object typed(AttributeDefinition ad, List<?> values, String key) {
        Class<?> type = javaType(ad.getType());
        Object array = Array.newInstance(type, values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, convert(ad, values.get(i), type, key));
        }
        return ad.getCardinality() == 0 ? Array.get(array, 0) : array;
    }

    private static Object convert(AttributeDefinition ad, Object value, Class<?> type, String key) {
        String what = type(ad.getType());
        String text = value instanceof String s ? s.strip() : null;
        try {
            if (type == String.class) {
                if (value instanceof String s) {
                    return s;
                }
            } else if (type == Boolean.class) {
                if (value instanceof Boolean b) {
                    return b;
                }
                if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                    return Boolean.valueOf(text);
                }
            } else if (type == Character.class) {
                if (value instanceof String s && s.length() == 1) {
                    return s.charAt(0);
                }
            } else if (type == Double.class || type == Float.class) {
                double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
                if (Double.isFinite(d)) {
                    return type == Double.class ? (Object) d : (Object) (float) d;
                }
            } else {
                long l = value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : Long.parseLong(text);
                return switch (ad.getType()) {
                    case AttributeDefinition.INTEGER -> Math.toIntExact(l);
                    case AttributeDefinition.SHORT -> (short) inRange(l, Short.MIN_VALUE, Short.MAX_VALUE);
                    case AttributeDefinition.BYTE -> (byte) inRange(l, Byte.MIN_VALUE, Byte.MAX_VALUE);
                    default -> l;
                };
            }
        } catch (NumberFormatException | NullPointerException | ArithmeticException e) {
            // falls through to the refusal below
        }
        throw new ValidationException("properties." + key, "is " + (what.startsWith("i") ? "an " : "a ") + what + (ad.getType() == AttributeDefinition.PASSWORD
                ? "" : ", not " + (value instanceof String ? "'" + abbreviate(String.valueOf(value)) + "'" : String.valueOf(value))));
    }

    private static long inRange(long value, long min, long max) {
        if (value < min || value > max) {
            throw new ArithmeticException("out of range");
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static Class<?> javaType(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            default -> String.class;
        };
    }

    private static String type(int type) {
        return switch (type) {
            case AttributeDefinition.LONG -> "long";
            case AttributeDefinition.INTEGER -> "integer";
            case AttributeDefinition.SHORT -> "short";
            case AttributeDefinition.BYTE -> "byte";
            case AttributeDefinition.CHARACTER -> "char";
            case AttributeDefinition.DOUBLE -> "double";
            case AttributeDefinition.FLOAT -> "float";
            case AttributeDefinition.BOOLEAN -> "boolean";
            case AttributeDefinition.PASSWORD -> "password";
            default -> "string";
        };
    }

    /** Arrays and lists as lists, for JSON; a single value stays one. */
    private static Object shown(Object value) {
        return value != null && value.getClass().isArray() ? ConfigValues.items(value) : value;
    }


    private static String[] nonNull(String[] array) {
        return array == null ? new String[0] : array;
    }

    private static AttributeDefinition[] nonNull(AttributeDefinition[] array) {
        return array == null ? new AttributeDefinition[0] : array;
    }
}
