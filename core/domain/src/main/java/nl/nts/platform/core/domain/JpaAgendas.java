package nl.nts.platform.core.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Agenda;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.Results;
import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.service.Agendas;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.store.ActionEntity;

/**
 * Gathers the national action agendas from the plans' actions at read time: one query for
 * the actions and batched reads for their collections, however many there are.
 */
@Component(service = Agendas.class)
public class JpaAgendas implements Agendas {

    static final String OWNER = "KIA";

    private final JpaTemplate jpa;
    private final ReferenceData referenceData;

    @Activate
    public JpaAgendas(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ReferenceData referenceData) {
        this.jpa = jpa;
        this.referenceData = referenceData;
    }

    @Override
    public List<Agenda> list() {
        List<Agenda.Entry> all = entries(null);
        return referenceData.technologies().stream().map(t -> agenda(t, all)).toList();
    }

    @Override
    public Agenda get(String technology) {
        KeyTechnology t = referenceData.technology(technology).orElseThrow(() -> new NotFoundException("key technology", technology));
        return agenda(t, entries(technology));
    }

    private List<Agenda.Entry> entries(String technology) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            String where = technology == null ? "" : " where a.id in (select a1.id from ActionEntity a1 join a1.technologies t where t.code = :t)";
            var query = em.createQuery("select a from ActionEntity a" + where + " order by a.plan.title, a.title, a.id", ActionEntity.class)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "a.partners")
                    .setHint("eclipselink.batch", "a.kpis")
                    .setHint("eclipselink.batch", "a.technologies")
                    .setHint("eclipselink.batch", "a.inputs")
                    .setHint("eclipselink.batch", "a.progress")
                    .setHint("eclipselink.batch", "a.measurements")
                    .setHint("eclipselink.batch", "a.plan")
                    .setHint("eclipselink.batch", "a.plan.roms");
            if (technology != null) {
                query.setParameter("t", technology);
            }
            return query.getResultList().stream()
                    .map(a -> new Agenda.Entry(a.toRecord(), a.plan().title(), a.plan().valueChain().code())).toList();
        });
    }

    private static Agenda agenda(KeyTechnology technology, List<Agenda.Entry> all) {
        List<Agenda.Entry> entries = all.stream().filter(e -> e.action().technologies().contains(technology.code())).toList();
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal publicFunding = BigDecimal.ZERO;
        BigDecimal privateFunding = BigDecimal.ZERO;
        Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
        Map<String, Integer> byRom = new TreeMap<>();
        Map<Horizon, Integer> byHorizon = new EnumMap<>(Horizon.class);
        for (Agenda.Entry entry : entries) {
            Action a = entry.action();
            Budget b = a.budget();
            if (b != null) {
                budget = budget.add(orZero(b.total()));
                publicFunding = publicFunding.add(orZero(b.publicFunding()));
                privateFunding = privateFunding.add(orZero(b.privateFunding()));
            }
            byStatus.merge(a.status(), 1, Integer::sum);
            byHorizon.merge(a.horizon(), 1, Integer::sum);
            a.roms().forEach(rom -> byRom.merge(rom, 1, Integer::sum));
        }
        return new Agenda(technology, OWNER, new ArrayList<>(entries),
                new Agenda.Totals(entries.size(), budget, publicFunding, privateFunding, byStatus, byRom, byHorizon),
                Results.of(entries.stream().map(Agenda.Entry::action).toList()));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
