package nl.nts.platform.core.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import nl.nts.platform.api.Violation;

/** Checks shared by the rules of every record: codes, texts, lists of references. */
public final class Codes {

    public static final int CODE_MAX = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1," + (CODE_MAX - 1) + "}");

    private Codes() {
    }

    public static void checkCode(String field, String code, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else if (code.length() > CODE_MAX) {
            violations.add(new Violation(field, "is " + code.length() + " characters long; at most " + CODE_MAX + " are allowed"));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new Violation(field,
                    "'" + code + "' must be 2 to " + CODE_MAX + " characters of A-Z, 0-9, '-' and '_', starting with a letter or digit"));
        }
    }

    /** @return the text stripped, or null when absent or blank */
    public static String text(String field, String value, boolean required, int max, List<Violation> violations) {
        String text = value == null ? null : value.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text == null) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
        } else if (text.length() > max) {
            violations.add(new Violation(field, "is " + text.length() + " characters long; at most " + max + " are allowed"));
        } else if (!wellFormed(text)) {
            violations.add(new Violation(field, "holds a lone UTF-16 surrogate, which is no character; send the text as UTF-8"));
        } else if (firstControl(text) >= 0) {
            violations.add(new Violation(field, controlMessage(text)));
        }
        return text;
    }

    /**
     * The index of the first control character that is no part of any text: C0 (U+0000 to
     * U+001F) but tab, line feed and carriage return. PostgreSQL cannot store U+0000 at all,
     * and none of them can be written in XML 1.0, so a record holding one could not be stored on
     * every database nor go into a spreadsheet or printable report.
     *
     * @return its index, or -1 when the text holds none (or is null)
     */
    public static int firstControl(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** What a refusal of a text {@link #firstControl} found a character in says. */
    public static String controlMessage(String text) {
        return "holds the control character " + codePoint(text, firstControl(text)) + ", which is no text (tab and line breaks are)";
    }

    /** Whether the text could be a code ({@link #checkCode}'s shape): a code of another shape names nothing, and needs no lookup. */
    public static boolean couldBeCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /** The years a date or instant may fall in: the platform plans decades, not millennia (and every database column holds them). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private static final java.time.Instant FIRST = java.time.LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final java.time.Instant AFTER_LAST = java.time.LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

    /** Refuses a date outside {@link #FIRST_YEAR} to {@link #LAST_YEAR}; null passes. */
    public static void checkYear(String field, java.time.LocalDate date, List<Violation> violations) {
        checkYear(field, date == null ? null : date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), violations);
    }

    /** Refuses an instant outside {@link #FIRST_YEAR} to {@link #LAST_YEAR} (UTC); null passes. */
    public static void checkYear(String field, java.time.Instant at, List<Violation> violations) {
        if (at != null && (at.isBefore(FIRST) || !at.isBefore(AFTER_LAST))) {
            violations.add(new Violation(field, "is out of range: a year from " + FIRST_YEAR + " to " + LAST_YEAR));
        }
    }

    /** Whether every UTF-16 surrogate is one half of a pair: a lone one cannot be written as UTF-8 or JSON. */
    public static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first character that is no visible text: a control character (C0, DEL,
     * C1: CR, LF, TAB, NUL, NEL ...), a line or paragraph separator (U+2028, U+2029), a format
     * character (bidi controls such as U+202E, zero-width characters, U+FEFF) or a lone UTF-16
     * surrogate. Such a character in a name would forge or hide text wherever the name is
     * written: a log line, a table, a file.
     *
     * @return its index, or -1 when the text holds none (or is null)
     */
    public static int firstInvisible(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT || type == Character.SURROGATE) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** How a character {@link #firstInvisible} found is named in a message: {@code U+000A}. */
    public static String codePoint(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    public static void checkReferences(String field, String kind, List<String> codes, Predicate<String> known, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String path = field + "[" + i + "]";
            if (code == null || code.isBlank()) {
                violations.add(new Violation(path, "must be a " + kind + " code"));
            } else if (!known.test(code)) {
                violations.add(new Violation(path, "unknown " + kind + " '" + abbreviate(code) + "'"));
            } else if (!seen.add(code)) {
                violations.add(new Violation(path, kind + " '" + code + "' is listed more than once"));
            }
        }
    }

    /** Echoes client input back only in a bounded length. */
    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
