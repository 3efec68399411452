package nl.nts.platform.core.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which configuration keys hold secrets, and how they are shown: never as their value. A key
 * whose name says password, secret, token, apiKey, credential or private key is a secret,
 * whatever its case or separators ({@code api_key}, {@code API-KEY}, {@code clientSecret}). Its
 * value reaches no log, answer, export or audit entry: only {@link #MASK} (when set).
 */
public final class Secrets {

    /** What is shown in place of a secret's value. Sent back unchanged, it keeps the stored value. */
    public static final String MASK = "********";

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|passphrase|secret|token|api[-_.]?key|credential|private[-_.]?key).*");

    private Secrets() {
    }

    /** @return whether the key names a secret */
    public static boolean isSecret(String key) {
        return key != null && SECRET.matcher(key).matches();
    }

    /** @return a copy whose secrets show {@link #MASK} (or null when unset), in the same order */
    public static Map<String, Object> masked(Map<String, ?> properties) {
        Map<String, Object> masked = new LinkedHashMap<>();
        properties.forEach((key, value) -> masked.put(key, isSecret(key) && value != null ? MASK : value));
        return masked;
    }

    /** @return a copy without the secrets */
    public static Map<String, Object> withoutSecrets(Map<String, ?> properties) {
        Map<String, Object> kept = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (!isSecret(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
