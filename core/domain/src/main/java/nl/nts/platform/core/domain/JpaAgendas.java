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

    /** How many actions {@link #entries} reads at a time. */
    static final int CHUNK = 500;

    private final JpaTemplate jpa;
    private final ReferenceData referenceData;

    @Activate
    public JpaAgendas(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ReferenceData referenceData) {
        this.jpa = jpa;
        this.referenceData = referenceData;
    }

    @Override
    public List<Agenda> list() {
        List<Agenda.Entry> all = all(null);
        return referenceData.technologies().stream().map(t -> agenda(t, all)).toList();
    }

    @Override
    public Agenda get(String technology) {
        KeyTechnology t = referenceData.technology(technology).orElseThrow(() -> new NotFoundException("key technology", technology));
        // the actions read while iterated, a chunk at a time: once here for the totals, again by whoever reads the agenda
        ChunkedList<Agenda.Entry> entries = new ChunkedList<>(ids(t.code(), null), CHUNK, this::read, e -> e.action().id());
        return summed(t, entries);
    }

    @Override
    public Iterable<Agenda.Entry> entries(String technology) {
        referenceData.technology(technology).orElseThrow(() -> new NotFoundException("key technology", technology));
        return new ChunkedList<>(ids(technology, null), CHUNK, this::read, e -> e.action().id());
    }

    @Override
    public Iterable<Agenda.Entry> entries(String technology, Horizon horizon) {
        referenceData.technology(technology).orElseThrow(() -> new NotFoundException("key technology", technology));
        return new ChunkedList<>(ids(technology, java.util.Objects.requireNonNull(horizon, "horizon")), CHUNK, this::read, e -> e.action().id());
    }

    /** The ids of the technology's actions (of one horizon, or all) in the agenda's order: 8 bytes an action held, the records read a chunk at a time. */
    private long[] ids(String technology, Horizon horizon) {
        List<Long> ids = jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("select a.id from ActionEntity a join a.plan p join p.valueChain v"
                    + " where a.id in (select a1.id from ActionEntity a1 join a1.technologies t where t.code = :t)"
                    + (horizon == null ? "" : " and a.horizon = :h") + " order by v.code, p.title, a.id", Long.class)
                    .setParameter("t", technology);
            if (horizon != null) {
                query.setParameter("h", horizon);
            }
            return query.getResultList();
        });
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** The entries of these actions, any order. */
    private List<Agenda.Entry> read(List<Long> ids) {
        return query("a.id in :ids", "", q -> q.setParameter("ids", ids));
    }

    private List<Agenda.Entry> all(String technology) {
        if (technology == null) {
            return query(null, " order by a.plan.title, a.title, a.id", q -> { });
        }
        return query("a.id in (select a1.id from ActionEntity a1 join a1.technologies t where t.code = :t)", " order by a.plan.title, a.title, a.id",
                q -> q.setParameter("t", technology));
    }

    /** Actions and their collections, batched: one query for the actions and one a collection, however many they are. */
    private List<Agenda.Entry> query(String where, String order, java.util.function.Consumer<javax.persistence.TypedQuery<ActionEntity>> parameters) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("select a from ActionEntity a" + (where == null ? "" : " where " + where) + order, ActionEntity.class)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "a.partners")
                    .setHint("eclipselink.batch", "a.kpis")
                    .setHint("eclipselink.batch", "a.technologies")
                    .setHint("eclipselink.batch", "a.inputs")
                    .setHint("eclipselink.batch", "a.progress")
                    .setHint("eclipselink.batch", "a.measurements")
                    .setHint("eclipselink.batch", "a.plan")
                    .setHint("eclipselink.batch", "a.plan.roms");
            parameters.accept(query);
            return query.getResultList().stream()
                    .map(a -> new Agenda.Entry(a.toRecord(), a.plan().title(), a.plan().valueChain().code())).toList();
        });
    }

    private static Agenda agenda(KeyTechnology technology, List<Agenda.Entry> all) {
        return summed(technology, all.stream().filter(e -> e.action().technologies().contains(technology.code())).toList());
    }

    /** The agenda of these entries with its totals and results, added up in one pass over them. */
    private static Agenda summed(KeyTechnology technology, List<Agenda.Entry> entries) {
        Results.Tally results = new Results.Tally();
        int count = 0;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal publicFunding = BigDecimal.ZERO;
        BigDecimal privateFunding = BigDecimal.ZERO;
        Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
        Map<String, Integer> byRom = new TreeMap<>();
        Map<Horizon, Integer> byHorizon = new EnumMap<>(Horizon.class);
        for (Agenda.Entry entry : entries) {
            Action a = entry.action();
            count++;
            results.add(a);
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
        return new Agenda(technology, Agenda.OWNER, entries, new Agenda.Totals(count, budget, publicFunding, privateFunding, byStatus, byRom, byHorizon),
                results.results());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
