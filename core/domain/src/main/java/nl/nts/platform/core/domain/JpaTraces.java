package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.AgendaBasis;
import nl.nts.platform.api.model.AuditEntry;
import nl.nts.platform.api.model.Change;
import nl.nts.platform.api.model.InputTrace;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.Results;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.Traces;
import nl.nts.platform.core.store.ActionEntity;
import nl.nts.platform.core.store.AuditEntryEntity;
import nl.nts.platform.core.store.InputEntity;
import nl.nts.platform.core.store.KpiMeasurementEntity;
import nl.nts.platform.core.store.PlanEntity;
import nl.nts.platform.core.store.ProgressUpdateEntity;
import nl.nts.platform.core.store.StateChangeEntity;
import nl.nts.platform.core.store.WorkshopEntity;

/**
 * Traces between the field and the results, read from the records in a fixed number of queries:
 * an input's answering actions, an agenda's workshops and inputs, and what changed in a plan or
 * an agenda since a moment (the records' stamps, their workflow history, their progress and
 * measurements, and the audit trail's updates and deletions, of which only titles, states and
 * field names are shown).
 */
@Component(service = Traces.class)
public class JpaTraces implements Traces {

    /** How many deletions since a moment are looked through for those of a plan's or agenda's actions. */
    static final int MAX_DELETIONS_SCANNED = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JpaTemplate jpa;
    private final ReferenceData referenceData;
    private final Clock clock;

    @Activate
    public JpaTraces(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ReferenceData referenceData) {
        this(jpa, referenceData, Clock.systemUTC());
    }

    JpaTraces(JpaTemplate jpa, ReferenceData referenceData, Clock clock) {
        this.jpa = jpa;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @Override
    public InputTrace input(long input) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            InputEntity entity = em.find(InputEntity.class, input);
            if (entity == null) {
                throw new NotFoundException("input", String.valueOf(input));
            }
            // input left on a public page came from no workshop
            WorkshopEntity workshop = entity.workshop();
            Workshop w = workshop == null ? null : workshop.toRecord();
            List<ActionEntity> answering = entity.answeredBy().stream()
                    .sorted(Comparator.comparing((ActionEntity a) -> a.plan().title()).thenComparing(ActionEntity::id)).toList();
            List<Action> actions = answering.stream().map(ActionEntity::toRecord).toList();
            List<InputTrace.Answer> answers = new ArrayList<>();
            for (int i = 0; i < answering.size(); i++) {
                answers.add(answer(answering.get(i).plan(), actions.get(i)));
            }
            return w == null ? new InputTrace(input, entity.status(), 0, null, null, entity.rom().code(), answers, Results.of(actions))
                    : new InputTrace(input, entity.status(), w.id(), w.title(), w.date(), w.rom(), answers, Results.of(actions));
        });
    }

    private static InputTrace.Answer answer(PlanEntity plan, Action a) {
        int measured = 0;
        int met = 0;
        for (Kpi k : a.kpis()) {
            measured += k.realised() == null ? 0 : 1;
            met += Boolean.TRUE.equals(k.met()) ? 1 : 0;
        }
        var p = a.progress();
        return new InputTrace.Answer(a.id(), a.title(), plan.id(), plan.title(), plan.status(), a.status(), p == null ? null : p.percent(),
                p == null ? null : p.milestone(), p == null ? null : p.date(), a.kpis().size(), measured, met);
    }

    @Override
    public AgendaBasis agenda(String technology) {
        String code = requireTechnology(technology);
        return jpa.txExpr(TransactionType.Supports, em -> {
            long actions = em.createQuery("select count(distinct a) from ActionEntity a join a.technologies t where t.code = :t", Long.class)
                    .setParameter("t", code).getSingleResult();
            // ids first: an entity selected through the join of a collection comes back half read
            List<InputEntity> answered = inputs(em, em.createQuery("select distinct i.id from ActionEntity a join a.technologies t join a.inputs i"
                    + " where t.code = :t", Long.class).setParameter("t", code).getResultList());
            List<InputEntity> onTechnology = inputs(em, em.createQuery("select distinct i.id from InputEntity i join i.technologies t where t.code = :t",
                    Long.class).setParameter("t", code).getResultList());
            Set<Long> answeredIds = answered.stream().map(InputEntity::id).collect(Collectors.toSet());
            // by workshop; what was left on a ROM's public page, by that ROM
            Map<Long, WorkshopEntity> workshops = new LinkedHashMap<>();
            Set<String> publicPages = new TreeSet<>();
            Map<Object, Set<Long>> answeredBy = new java.util.HashMap<>();
            Map<Object, Set<Long>> open = new java.util.HashMap<>();
            for (InputEntity i : answered) {
                answeredBy.computeIfAbsent(source(i, workshops, publicPages), k -> new TreeSet<>()).add(i.id());
            }
            int openCount = 0;
            for (InputEntity i : onTechnology) {
                if (!answeredIds.contains(i.id())) {
                    open.computeIfAbsent(source(i, workshops, publicPages), k -> new TreeSet<>()).add(i.id());
                    openCount++;
                }
            }
            Set<String> roms = new TreeSet<>();
            List<AgendaBasis.Source> sources = new ArrayList<>();
            for (WorkshopEntity entity : workshops.values()) {
                Workshop w = entity.toRecord();
                roms.add(w.rom());
                roms.addAll(w.coOrganisers());
                sources.add(new AgendaBasis.Source(w.id(), w.title(), w.date(), w.place(), w.rom(), w.coOrganisers(),
                        List.copyOf(answeredBy.getOrDefault(w.id(), Set.of())), List.copyOf(open.getOrDefault(w.id(), Set.of()))));
            }
            for (String rom : publicPages) {
                roms.add(rom);
                sources.add(new AgendaBasis.Source(0, null, null, null, rom, List.of(),
                        List.copyOf(answeredBy.getOrDefault(rom, Set.of())), List.copyOf(open.getOrDefault(rom, Set.of()))));
            }
            sources.sort(Comparator.comparing(AgendaBasis.Source::date, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Comparator.comparingLong(AgendaBasis.Source::workshop).reversed()));
            return new AgendaBasis(code, (int) actions, answered.size(), onTechnology.size(), openCount, List.copyOf(roms), sources);
        });
    }

    /** The key of an input's source: its workshop's id, or the code of the ROM whose public page it was left on. */
    private static Object source(InputEntity i, Map<Long, WorkshopEntity> workshops, Set<String> publicPages) {
        if (i.workshop() == null) {
            publicPages.add(i.rom().code());
            return i.rom().code();
        }
        workshops.putIfAbsent(i.workshop().id(), i.workshop());
        return i.workshop().id();
    }

    private static List<InputEntity> inputs(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from InputEntity i where i.id in :ids order by i.id", InputEntity.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "i.workshop").getResultList();
    }

    @Override
    public Page<Change> planChanges(long plan, Instant since, PageRequest page) {
        ChangeList.check(since, page, clock);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PlanEntity entity = em.find(PlanEntity.class, plan);
            if (entity == null) {
                throw new NotFoundException("plan", String.valueOf(plan));
            }
            Map<Long, String> actions = titles(em.createQuery("select a.id, a.title from ActionEntity a where a.plan.id = :s", Object[].class)
                    .setParameter("s", plan));
            Changes changes = new Changes(em, since, ChangeList.reach(page), actions);
            var stamp = entity.stamp().toRecord();
            if (!stamp.createdAt().isBefore(since)) {
                changes.add(List.of(new Change(stamp.createdAt(), stamp.createdBy(), "plan", "create", plan, null, entity.title(), null, null,
                        null, null)), 1);
            }
            changes.updates(plan, entity.title());
            changes.transitions(plan, entity.title());
            changes.ofActions();
            changes.deletions(before -> before.path("plan").asLong(-1) == plan);
            return changes.page(page);
        });
    }

    @Override
    public Page<Change> agendaChanges(String technology, Instant since, PageRequest page) {
        String code = requireTechnology(technology);
        ChangeList.check(since, page, clock);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, String> actions = titles(em.createQuery("select distinct a.id, a.title from ActionEntity a join a.technologies t"
                    + " where t.code = :s", Object[].class).setParameter("s", code));
            Changes changes = new Changes(em, since, ChangeList.reach(page), actions);
            changes.updates(null, null);
            changes.transitions(null, null);
            changes.ofActions();
            changes.deletions(before -> {
                for (JsonNode t : before.path("technologies")) {
                    if (code.equals(t.asText())) {
                        return true;
                    }
                }
                return false;
            });
            return changes.page(page);
        });
    }

    private String requireTechnology(String technology) {
        return referenceData.technology(technology == null ? "" : technology.strip())
                .orElseThrow(() -> new NotFoundException("key technology", String.valueOf(technology))).code();
    }

    private static Map<Long, String> titles(TypedQuery<Object[]> query) {
        Map<Long, String> titles = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            titles.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return titles;
    }

    /** The sources of one "changed since" page, each read newest first as far as the page reaches. */
    private static final class Changes {
        private final EntityManager em;
        private final LocalDateTime since;
        private final int reach;
        private final Map<Long, String> actions;
        private final List<String> keys;
        private final List<List<Change>> sources = new ArrayList<>();
        private long total;

        Changes(EntityManager em, Instant since, int reach, Map<Long, String> actions) {
            this.em = em;
            this.since = LocalDateTime.ofInstant(since, ZoneOffset.UTC);
            this.reach = reach;
            this.actions = actions;
            this.keys = actions.keySet().stream().map(String::valueOf).toList();
        }

        void add(List<Change> changes, long count) {
            sources.add(changes);
            total += count;
        }

        Page<Change> page(PageRequest page) {
            return ChangeList.page(sources, total, page);
        }

        private <T> void read(Class<T> type, String select, String where, Map<String, Object> parameters, String order, Function<T, Change> change) {
            TypedQuery<Long> count = em.createQuery("select count(x) from " + where, Long.class);
            TypedQuery<T> rows = em.createQuery("select " + select + " from " + where + " order by " + order + " desc", type).setMaxResults(reach);
            count.setParameter("since", since);
            rows.setParameter("since", since);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                rows.setParameter(name, value);
            });
            long n = count.getSingleResult();
            add(n == 0 ? List.of() : rows.getResultList().stream().map(change).toList(), n);
        }

        /** Edits of the plan (when given) and of the actions: the audit trail's updates, by the fields they changed. */
        void updates(Long plan, String planTitle) {
            List<String> any = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (plan != null) {
                any.add("(x.kind = 'plan' and x.record = :plan)");
                parameters.put("plan", String.valueOf(plan));
            }
            if (!keys.isEmpty()) {
                any.add("(x.kind = 'action' and x.record in :keys)");
                parameters.put("keys", keys);
            }
            if (any.isEmpty()) {
                return;
            }
            // the columns it shows, not the records before and after
            read(Object[].class, "x.at, x.actor, x.kind, x.record, x.changed", "AuditEntryEntity x where x.action = 'update' and x.at >= :since and ("
                    + String.join(" or ", any) + ")", parameters, "x.at", row -> {
                        Instant at = ((LocalDateTime) row[0]).toInstant(ZoneOffset.UTC);
                        String kind = (String) row[2];
                        long id = Long.parseLong((String) row[3]);
                        boolean ofPlan = "plan".equals(kind);
                        List<String> fields = java.util.Arrays.stream(((String) row[4]).split(",")).filter(f -> !f.isEmpty()).toList();
                        return new Change(at, (String) row[1], kind, "update", id, ofPlan ? null : id, ofPlan ? planTitle : actions.get(id), null, null,
                                fields, null);
                    });
        }

        /** Workflow steps of the plan (when given) and of the actions, with their reasons. */
        void transitions(Long plan, String planTitle) {
            List<String> any = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (plan != null) {
                any.add("(x.subject = '" + Workflow.PLANS + "' and x.recordId = :plan)");
                parameters.put("plan", plan);
            }
            if (!actions.isEmpty()) {
                any.add("(x.subject = '" + Workflow.ACTIONS + "' and x.recordId in :ids)");
                parameters.put("ids", List.copyOf(actions.keySet()));
            }
            if (any.isEmpty()) {
                return;
            }
            read(StateChangeEntity.class, "x", "StateChangeEntity x where x.at >= :since and (" + String.join(" or ", any) + ")", parameters, "x.at",
                    entity -> {
                        StateChange s = entity.toRecord();
                        boolean ofPlan = Workflow.PLANS.equals(s.subject());
                        return new Change(s.at(), s.by(), s.subject(), "transition", s.id(), ofPlan ? null : s.id(),
                                ofPlan ? planTitle : actions.get(s.id()), s.from(), s.to(), null, s.reason());
                    });
        }

        /** The actions added, and the progress and measurements recorded on them. */
        void ofActions() {
            if (actions.isEmpty()) {
                return;
            }
            Map<String, Object> ids = Map.of("ids", List.copyOf(actions.keySet()));
            read(ActionEntity.class, "x", "ActionEntity x where x.id in :ids and x.stamp.createdAt >= :since", ids, "x.stamp.createdAt", entity -> {
                var stamp = entity.stamp().toRecord();
                return new Change(stamp.createdAt(), stamp.createdBy(), "action", "create", entity.id(), entity.id(), actions.get(entity.id()),
                        null, null, null, null);
            });
            read(ProgressUpdateEntity.class, "x", "ProgressUpdateEntity x where x.action.id in :ids and x.stamp.createdAt >= :since", ids,
                    "x.stamp.createdAt", entity -> {
                        var u = entity.toRecord();
                        return new Change(u.stamp().createdAt(), u.stamp().createdBy(), JpaActionProgress.UPDATE_KIND, "create", u.id(), u.action(),
                                actions.get(u.action()), null, null, null, ChangeList.describe(u));
                    });
            read(KpiMeasurementEntity.class, "x", "KpiMeasurementEntity x where x.action.id in :ids and x.stamp.createdAt >= :since", ids,
                    "x.stamp.createdAt", entity -> {
                        var m = entity.toRecord();
                        return new Change(m.stamp().createdAt(), m.stamp().createdBy(), JpaActionProgress.MEASUREMENT_KIND, "create", m.id(),
                                m.action(), actions.get(m.action()), null, null, null, ChangeList.describe(m));
                    });
        }

        /**
         * Actions deleted from the scope, and progress or measurements deleted from its actions: the
         * audit trail's deletions since the moment (the newest {@link #MAX_DELETIONS_SCANNED}), told by
         * the record as it was.
         */
        void deletions(java.util.function.Predicate<JsonNode> actionInScope) {
            List<AuditEntryEntity> entries = em.createQuery("select x from AuditEntryEntity x where x.action = 'delete' and x.at >= :since"
                    + " and x.kind in :kinds order by x.at desc", AuditEntryEntity.class).setParameter("since", since)
                    .setParameter("kinds", List.of("action", JpaActionProgress.UPDATE_KIND, JpaActionProgress.MEASUREMENT_KIND))
                    .setMaxResults(MAX_DELETIONS_SCANNED).getResultList();
            List<Change> deleted = new ArrayList<>();
            Map<Long, String> gone = new LinkedHashMap<>();
            List<AuditEntry> ofParts = new ArrayList<>();
            for (AuditEntryEntity entity : entries) {
                AuditEntry e = entity.toRecord();
                JsonNode before = parse(e.before());
                if (before == null) {
                    continue;
                }
                if ("action".equals(e.kind())) {
                    if (actionInScope.test(before)) {
                        long id = Long.parseLong(e.record());
                        gone.put(id, before.path("title").asText());
                        deleted.add(new Change(e.at(), e.actor(), "action", "delete", id, id, before.path("title").asText(), null, null, null, null));
                        // added since, too: its stamp is in the record as it was
                        JsonNode stamp = before.path("stamp");
                        Instant created = stamp.hasNonNull("createdAt") ? Instant.parse(stamp.get("createdAt").asText()) : null;
                        if (created != null && !LocalDateTime.ofInstant(created, ZoneOffset.UTC).isBefore(since)) {
                            deleted.add(new Change(created, stamp.path("createdBy").asText(), "action", "create", id, id, before.path("title").asText(),
                                    null, null, null, null));
                        }
                    }
                } else {
                    ofParts.add(e);
                }
            }
            for (AuditEntry e : ofParts) {
                JsonNode before = parse(e.before());
                long action = before.path("action").asLong(-1);
                String title = actions.containsKey(action) ? actions.get(action) : gone.get(action);
                if (title != null) {
                    deleted.add(new Change(e.at(), e.actor(), e.kind(), "delete", Long.parseLong(e.record()), action, title, null, null, null, null));
                }
            }
            add(deleted.stream().sorted(ChangeList.NEWEST_FIRST).limit(reach).toList(), deleted.size());
        }

        private static JsonNode parse(String json) {
            try {
                return json == null ? null : JSON.readTree(json);
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }
}
