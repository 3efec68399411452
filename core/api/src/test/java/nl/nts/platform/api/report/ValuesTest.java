package nl.nts.platform.api.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void amountsAndNumbersAreWrittenTheReportsWay() {
        assertEquals("€ 1.250.000", Values.text(ValueType.MONEY, new BigDecimal("1250000"), "nl"));
        assertEquals("€1,250,000", Values.text(ValueType.MONEY, new BigDecimal("1250000"), "en"));
        assertEquals("€ 1.251", Values.text(ValueType.MONEY, new BigDecimal("1250.50"), "nl"));
        assertEquals("1.234,5", Values.text(ValueType.DECIMAL, new BigDecimal("1234.50"), "nl"));
        assertEquals("1,234.57", Values.text(ValueType.DECIMAL, 1234.567, "en"));
        assertEquals("-12.345", Values.text(ValueType.INTEGER, -12345L, "nl"));
        assertEquals("999", Values.text(ValueType.INTEGER, 999, "nl"));
        assertEquals("1.000", Values.text(ValueType.INTEGER, 1000, "nl"));
        assertEquals("3 februari 2026", Values.text(ValueType.DATE, LocalDate.of(2026, 2, 3), "nl"));
        assertEquals("", Values.text(ValueType.MONEY, null, "nl"));
    }

    /** A value that rounds to zero is zero, not "-0" as DecimalFormat writes it. */
    @Test
    void aNegativeValueRoundedToZeroHasNoSign() {
        assertEquals("0", Values.number(new BigDecimal("-0.4"), 0, true));
        assertEquals("0", Values.number(new BigDecimal("-0.004"), 2, false));
    }

    /** The grouping and rounding are DecimalFormat's "#,##0.##" (HALF_UP), for any value. */
    @Test
    void numbersAreWhatDecimalFormatWrites() {
        Random random = new Random(20261203);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = new BigDecimal(random.nextLong() >> random.nextInt(63)).movePointLeft(random.nextInt(6));
            for (int decimals : new int[] {0, 2}) {
                for (boolean dutch : new boolean[] {true, false}) {
                    DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.##",
                            DecimalFormatSymbols.getInstance(dutch ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH));
                    format.setRoundingMode(RoundingMode.HALF_UP);
                    String expected = format.format(value);
                    if (expected.equals("-0")) {
                        expected = "0";
                    }
                    assertEquals(expected, Values.number(value, decimals, dutch), value + " with " + decimals + " decimals, dutch " + dutch);
                }
            }
        }
    }
}
