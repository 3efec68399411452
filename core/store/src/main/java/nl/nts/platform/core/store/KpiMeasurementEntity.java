package nl.nts.platform.core.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import nl.nts.platform.api.model.KpiMeasurement;

/** A measured value of one KPI of an action; never changed once written, deleted with its action. */
@Entity
@Table(name = "NTS_KPI_MEASUREMENT")
public class KpiMeasurementEntity {

    /** Newest first: by date, then by id (the later recorded). */
    public static final Comparator<KpiMeasurementEntity> NEWEST_FIRST = Comparator.comparing((KpiMeasurementEntity m) -> m.date)
            .thenComparing(m -> m.id).reversed();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "NTS_KPI_MEASUREMENT_SEQ")
    @SequenceGenerator(name = "NTS_KPI_MEASUREMENT_SEQ", sequenceName = "NTS_KPI_MEASUREMENT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACTION_ID", nullable = false)
    private ActionEntity action;

    @Column(name = "INDICATOR", nullable = false, length = 200)
    private String indicator;

    @Column(name = "MEASURED_VALUE", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "MEASURED_ON", nullable = false)
    private LocalDate date;

    @Column(name = "SOURCE", length = 200)
    private String source;

    @Embedded
    private StampValue stamp = new StampValue();

    protected KpiMeasurementEntity() {
        // for JPA
    }

    public KpiMeasurementEntity(ActionEntity action, KpiMeasurement measurement) {
        this.action = action;
        this.indicator = measurement.indicator();
        this.value = measurement.value();
        this.date = measurement.date();
        this.source = measurement.source();
    }

    public Long id() {
        return id;
    }

    public ActionEntity action() {
        return action;
    }

    public String indicator() {
        return indicator;
    }

    public StampValue stamp() {
        return stamp;
    }

    public KpiMeasurement toRecord() {
        return new KpiMeasurement(id, action.id(), indicator, value.stripTrailingZeros(), date, source, stamp.toRecord());
    }
}
