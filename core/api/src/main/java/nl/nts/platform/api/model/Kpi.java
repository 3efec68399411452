package nl.nts.platform.api.model;

import java.math.BigDecimal;

/**
 * A key performance indicator of an action.
 *
 * @param indicator what is measured, e.g. "start-ups with access to a pilot line"
 * @param baseline  the value at the start; may be null
 * @param target    the value to reach
 * @param unit      the unit, e.g. "companies", "FTE", "EUR"
 * @param year      the year by which {@code target} is to be reached
 */
public record Kpi(String indicator, BigDecimal baseline, BigDecimal target, String unit, Integer year) {
}
