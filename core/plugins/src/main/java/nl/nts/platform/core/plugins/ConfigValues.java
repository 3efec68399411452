package nl.nts.platform.core.plugins;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nts.platform.api.ValidationException;

/**
 * Configuration properties as the database keeps them: JSON that keeps each value's type, so a
 * configuration written back into ConfigurationAdmin is the one read out of it
 * ({@code {"port":{"type":"Integer","value":8080},"hosts":{"type":"String[]","value":["a","b"]}}}); a secret not
 * named like one carries {@code "secret": true}.
 * What ConfigurationAdmin and Karaf add themselves (the PID, the file it came from) is left out.
 */
final class ConfigValues {

    /** Set by ConfigurationAdmin and Karaf's file install, not by whoever configures. */
    static final Set<String> MANAGED = Set.of("service.pid", "service.factoryPid", "service.bundleLocation", "felix.fileinstall.filename",
            "org.apache.karaf.features.configKey");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Class<?>> SCALARS = List.of(String.class, Integer.class, Long.class, Boolean.class, Double.class, Float.class,
            Short.class, Byte.class, Character.class);

    private ConfigValues() {
    }

    /** @return the properties a configuration holds, without the managed ones, ordered by key */
    static Map<String, Object> of(Dictionary<String, ?> dictionary) {
        Map<String, Object> properties = new TreeMap<>();
        if (dictionary != null) {
            for (Enumeration<String> keys = dictionary.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                if (!MANAGED.contains(key)) {
                    properties.put(key, dictionary.get(key));
                }
            }
        }
        return properties;
    }

    static Dictionary<String, Object> dictionary(Map<String, Object> properties) {
        Hashtable<String, Object> dictionary = new Hashtable<>();
        properties.forEach((key, value) -> {
            if (value != null) {
                dictionary.put(key, value);
            }
        });
        return dictionary;
    }

    /** @return the properties as typed JSON */
    static String write(Map<String, Object> properties) {
        return write(properties, Set.of());
    }

    /**
     * @param secrets keys whose values are secrets though not named like one (a metatype's
     *                passwords): marked {@code "secret": true}, so that what reads the stored
     *                configuration without the plugin (a backup) leaves them out too
     * @return the properties as typed JSON
     */
    static String write(Map<String, Object> properties, Set<String> secrets) {
        ObjectNode root = JSON.createObjectNode();
        new TreeMap<>(properties).forEach((key, value) -> {
            if (value == null) {
                return;
            }
            ObjectNode typed = root.putObject(key);
            if (secrets.contains(key)) {
                typed.put("secret", true);
            }
            if (value.getClass().isArray() || value instanceof Collection<?>) {
                List<Object> items = items(value);
                Class<?> type = value.getClass().isArray() ? value.getClass().getComponentType() : items.isEmpty() ? String.class : items.get(0).getClass();
                typed.put("type", boxed(type).getSimpleName() + (value.getClass().isArray() ? "[]" : "<>"));
                ArrayNode array = typed.putArray("value");
                items.forEach(item -> array.add(JSON.valueToTree(item instanceof Character c ? c.toString() : item)));
            } else {
                typed.put("type", value.getClass().getSimpleName());
                typed.set("value", JSON.valueToTree(value instanceof Character c ? c.toString() : value));
            }
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** @return the properties of typed JSON, with their types back */
    static Map<String, Object> read(String json) {
        Map<String, Object> properties = new TreeMap<>();
        try {
            JsonNode root = JSON.readTree(json);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String type = field.getValue().path("type").asText("String");
                JsonNode value = field.getValue().get("value");
                if (type.endsWith("[]") || type.endsWith("<>")) {
                    Class<?> item = scalar(type.substring(0, type.length() - 2));
                    List<Object> items = new ArrayList<>();
                    value.forEach(v -> items.add(convert(v, item)));
                    if (type.endsWith("<>")) {
                        properties.put(field.getKey(), items);
                    } else {
                        Object array = Array.newInstance(item, items.size());
                        for (int i = 0; i < items.size(); i++) {
                            Array.set(array, i, items.get(i));
                        }
                        properties.put(field.getKey(), array);
                    }
                } else {
                    properties.put(field.getKey(), convert(value, scalar(type)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored configuration is not JSON: " + e.getMessage(), e);
        }
        return properties;
    }

    /**
     * Values a client sent as JSON (text, numbers, booleans, lists of them), as ConfigurationAdmin
     * takes them: whole numbers as Integer or Long, other numbers as Double, lists as String[] etc.
     *
     * @throws ValidationException naming the property when a value is an object or null
     */
    static Map<String, Object> fromClient(Map<String, Object> sent) {
        Map<String, Object> properties = new TreeMap<>();
        sent.forEach((key, value) -> {
            if (key == null || key.isBlank() || key.length() > 200 || MANAGED.contains(key)) {
                throw new ValidationException("properties", "'" + key + "' is no property a configuration may set");
            }
            if (value instanceof List<?> list) {
                Object[] items = list.stream().map(item -> scalarFromClient(key, item)).toArray();
                Class<?> type = items.length == 0 ? String.class : items[0].getClass();
                for (Object item : items) {
                    if (item.getClass() != type) {
                        throw new ValidationException("properties." + key, "a list holds values of one type");
                    }
                }
                Object array = Array.newInstance(type, items.length);
                for (int i = 0; i < items.length; i++) {
                    Array.set(array, i, items[i]);
                }
                properties.put(key, array);
            } else {
                properties.put(key, scalarFromClient(key, value));
            }
        });
        return properties;
    }

    private static Object scalarFromClient(String key, Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Number n) {
            return n instanceof java.math.BigInteger || n instanceof java.math.BigDecimal && ((java.math.BigDecimal) n).scale() <= 0
                    ? Long.valueOf(n.longValue()) : Double.valueOf(n.doubleValue());
        }
        throw new ValidationException("properties." + key, "is text, a number, true or false, or a list of them");
    }

    /** @return values comparable with equals (arrays as lists) */
    static Map<String, Object> comparable(Map<String, Object> properties) {
        Map<String, Object> result = new TreeMap<>();
        properties.forEach((key, value) -> result.put(key, value != null && value.getClass().isArray() ? items(value) : value));
        return result;
    }

    /** @return the values of an array or a collection; a single value as a list of one, null as none */
    static List<Object> items(Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            items.addAll(c);
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
        } else if (value != null) {
            items.add(value);
        }
        return items;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }

    private static Class<?> scalar(String name) {
        for (Class<?> type : SCALARS) {
            if (type.getSimpleName().equals(name)) {
                return type;
            }
        }
        return String.class;
    }

    private static Object convert(JsonNode value, Class<?> type) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (type == Integer.class) {
            return value.asInt();
        } else if (type == Long.class) {
            return value.asLong();
        } else if (type == Boolean.class) {
            return value.asBoolean();
        } else if (type == Double.class) {
            return value.asDouble();
        } else if (type == Float.class) {
            return (float) value.asDouble();
        } else if (type == Short.class) {
            return (short) value.asInt();
        } else if (type == Byte.class) {
            return (byte) value.asInt();
        } else if (type == Character.class) {
            return value.asText().isEmpty() ? ' ' : value.asText().charAt(0);
        }
        return value.asText();
    }
}
