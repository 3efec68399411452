package nl.nts.platform.api.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A value of a table or fact as text for people, in the report's language: amounts as
 * {@code € 1.250.000} (Dutch) or {@code €1,250,000} (English), dates as {@code 3 februari 2026}
 * or {@code 3 February 2026}. For formats that write text (HTML, PDF, Markdown); a spreadsheet
 * stores the value itself.
 */
public final class Values {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE_NL = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Values() {
    }

    /**
     * @param type     what the value is
     * @param value    the value; null gives an empty text
     * @param language {@code nl} or {@code en}
     * @return the value as text
     */
    public static String text(ValueType type, Object value, String language) {
        if (value == null) {
            return "";
        }
        boolean dutch = "nl".equals(language);
        return switch (type) {
            case MONEY -> value instanceof Number n ? (dutch ? "€ " : "€") + number(n, 0, dutch) : String.valueOf(value);
            case DECIMAL -> value instanceof Number n ? number(n, 2, dutch) : String.valueOf(value);
            case INTEGER -> value instanceof Number n ? number(n, 0, dutch) : String.valueOf(value);
            case PERCENT -> value + "%";
            case DATE -> value instanceof LocalDate d ? (dutch ? DATE_NL : DATE_EN).format(d) : String.valueOf(value);
            case TEXT -> String.valueOf(value);
        };
    }

    /**
     * @param value    a number
     * @param language {@code nl} or {@code en}
     * @return the number with grouping, e.g. {@code 1.250.000} or {@code 1,250,000}, for axis labels
     */
    public static String number(Number value, String language) {
        return number(value, 0, "nl".equals(language));
    }

    /**
     * Rounded half up to at most {@code maxDecimals} (trailing zeros dropped), grouped by
     * thousands: what {@code DecimalFormat("#,##0.##")} writes, without building one a value (a
     * table of 10,000 rows writes 100,000 numbers).
     */
    static String number(Number n, int maxDecimals, boolean dutch) {
        BigDecimal value = n instanceof BigDecimal b ? b
                : n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte ? BigDecimal.valueOf(n.longValue())
                        : new BigDecimal(n.toString());
        value = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        if (maxDecimals > 0) {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        StringBuilder b = new StringBuilder(plain.length() + whole / 3 + 2);
        if (value.signum() < 0) {
            b.append('-');
        }
        char group = dutch ? '.' : ',';
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                b.append(group);
            }
            b.append(plain.charAt(i));
        }
        if (point >= 0) {
            b.append(dutch ? ',' : '.').append(plain, point + 1, plain.length());
        }
        return b.toString();
    }
}
