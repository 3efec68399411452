package nl.nts.platform.api.report;

/** What a table column or a fact holds, so each format can show and store it as what it is. */
public enum ValueType {
    /** Text: a {@link String}. */
    TEXT,
    /** A count: an {@link Integer} or {@link Long}. */
    INTEGER,
    /** A number with decimals: a {@link java.math.BigDecimal}. */
    DECIMAL,
    /** An amount in euros: a {@link java.math.BigDecimal}. */
    MONEY,
    /** A percentage from 0 to 100: an {@link Integer}. */
    PERCENT,
    /** A day: a {@link java.time.LocalDate}. */
    DATE
}
