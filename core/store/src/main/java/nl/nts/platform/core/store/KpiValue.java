package nl.nts.platform.core.store;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.KpiMeasurement;

@Embeddable
public class KpiValue {

    @Column(name = "INDICATOR", nullable = false, length = 200)
    private String indicator;

    @Column(name = "BASELINE", precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(name = "TARGET", nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @Column(name = "UNIT", nullable = false, length = 50)
    private String unit;

    @Column(name = "TARGET_YEAR", nullable = false)
    private int year;

    protected KpiValue() {
        // for JPA
    }

    public KpiValue(Kpi kpi) {
        this.indicator = kpi.indicator();
        this.baseline = kpi.baseline();
        this.target = kpi.target();
        this.unit = kpi.unit();
        this.year = kpi.year();
    }

    public String indicator() {
        return indicator;
    }

    /** @param newest the newest measurement of this KPI, or null */
    public Kpi toRecord(KpiMeasurementEntity newest) {
        BigDecimal base = baseline == null ? null : baseline.stripTrailingZeros();
        BigDecimal goal = target.stripTrailingZeros();
        Kpi.Builder kpi = Kpi.builder().indicator(indicator).baseline(base).target(goal).unit(unit).year(year);
        if (newest != null) {
            KpiMeasurement m = newest.toRecord();
            kpi.realised(m.value()).realisedOn(m.date()).met(Kpi.reaches(base, goal, m.value()));
        }
        return kpi.build();
    }
}
