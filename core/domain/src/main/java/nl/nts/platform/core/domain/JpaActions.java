package nl.nts.platform.core.domain;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.WorkflowInfo;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.api.ConflictException;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import nl.nts.platform.api.service.ActionFilter;
import nl.nts.platform.api.service.Actions;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.store.ActionEntity;
import nl.nts.platform.core.store.InputEntity;
import nl.nts.platform.core.store.KpiMeasurementEntity;
import nl.nts.platform.core.store.OrganisationEntity;
import nl.nts.platform.core.store.PlanEntity;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.RowLocks;
import nl.nts.platform.core.store.TechnologyEntity;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;
import nl.nts.platform.core.shared.Changes;

@Component(service = Actions.class, scope = ServiceScope.BUNDLE)
public class JpaActions extends JpaStore<ActionEntity, Action> implements Actions {

    private final WorkflowEngineHandle workflows = new WorkflowEngineHandle();

    private final ActionRules rules;
    private final KeptCounts counts;

    @Activate
    public JpaActions(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData,
            @Reference Changes changes) {
        super(jpa, new ServiceCaller(scope, context));
        this.counts = new KeptCounts(changes);
        this.rules = new ActionRules(c -> referenceData.technology(c).isPresent());
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setWorkflows(Workflows engine) {
        workflows.set(engine);
    }

    void unsetWorkflows(Workflows engine) {
        workflows.unset(engine);
    }

    /**
     * An input counts as answered only while an action answers it: an action may not stop
     * answering (by dropping it from its inputs, or by its deletion) an input that is in an
     * answered state of its workflow and that no other action answers.
     */
    private void refuseLeavingAnsweredInputs(EntityManager em, ActionEntity action, List<InputEntity> keeps) {
        java.util.Map<String, WorkflowInfo> byRom = new java.util.HashMap<>();
        // in the order of their ids: two actions dropping the same inputs lock them in one order, never wait on each other
        List<InputEntity> dropped = action.inputs().stream().sorted(java.util.Comparator.comparingLong(InputEntity::id)).toList();
        for (InputEntity input : dropped) {
            if (keeps.contains(input)) {
                continue;
            }
            // locked, and read again: another action dropping it, or a step into 'answered', waits for this one
            RowLocks.refresh(em, input, "input " + input.id());
            if (input.answeredBy().stream().anyMatch(a -> a != action)) {
                continue;
            }
            WorkflowInfo workflow = byRom.computeIfAbsent(input.rom().code(), rom -> workflows.get().forInputs(rom));
            boolean answered = workflow.states().stream().anyMatch(st -> st.answered() && st.code().equals(input.status()));
            if (answered) {
                throw new ConflictException("inputs", "input " + input.id() + " is '" + input.status() + "', answered by action "
                        + action.id() + " alone; take it out of that state with a transition of its workflow first");
            }
        }
    }

    /**
     * An action answers only inputs of ROMs its caller acts for: answering another ROM's input
     * would keep that ROM from deleting it, so it needs that ROM (or an operator) to link it.
     */
    private void refuseOtherRomsInputs(ActionEntity action, List<InputEntity> inputs) {
        Caller who = caller.get();
        for (InputEntity input : inputs) {
            String rom = input.rom().code();
            if (!action.inputs().contains(input) && !who.actsFor(rom)) {
                who.requireWrite(List.of(rom), false, "answer input " + input.id() + " with an action: linking " + rom
                        + "'s input needs " + rom + "'s consent");
            }
        }
    }

    /** A KPI with measurements stays (renaming it would orphan them) until they are deleted. */
    private static void refuseDroppingMeasuredKpis(ActionEntity entity, Action a) {
        List<String> kept = a.kpis().stream().map(nl.nts.platform.api.model.Kpi::indicator).toList();
        entity.measurements().stream().map(KpiMeasurementEntity::indicator).distinct().filter(i -> !kept.contains(i)).findFirst()
                .ifPresent(i -> {
                    throw new ConflictException("kpis", "the KPI '" + i + "' of action " + entity.id() + " has measurements: keep it as it is"
                            + " spelled, or delete its measurements first (DELETE /api/actions/" + entity.id() + "/measurements/{id})");
                });
    }

    @Override
    void beforeDelete(EntityManager em, ActionEntity entity) {
        refuseLeavingAnsweredInputs(em, entity, List.of());
    }

    @Override
    Searchable searchable() {
        return Searchable.ACTION;
    }

    @Override
    String kind() {
        return "action";
    }

    @Override
    Class<ActionEntity> type() {
        return ActionEntity.class;
    }

    @Override
    ActionEntity newEntity() {
        return new ActionEntity();
    }

    @Override
    Action check(Action input) {
        return rules.check(input);
    }

    @Override
    Action toRecord(ActionEntity entity) {
        return entity.toRecord();
    }

    @Override
    public Page<Action> find(ActionFilter f, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(ActionEntity.class, "a")
                .where("a.plan.id = :p", f.plan())
                .where("a.plan.id in (select p.id from PlanEntity p join p.roms r where r.code = :p)", f.rom())
                .where("exists (select t from ActionEntity a1 join a1.technologies t where a1 = a and t.code = :p)", f.technology())
                .where("a.plan.valueChain.code = :p", f.valueChain())
                .where("(a.owner.id = :p or exists (select o from ActionEntity a3 join a3.partners o where a3 = a and o.id = :p))", f.organisation())
                .where("a.status = :p", f.status())
                .where("a.horizon = :p", f.horizon())
                .searching(f.text(), Searchable.ACTION)
                .sortable("title", "a.title").sortable("start", "a.start").sortable("status", "a.status")
                .sortable("updatedAt", "a.stamp.updatedAt")
                .counted(counts).batch("partners").batch("kpis").batch("technologies").batch("inputs").batch("progress").batch("measurements")
                .read(em, page, ActionEntity::toRecord));
    }

    @Override
    void assign(EntityManager em, ActionEntity entity, Action a) {
        PlanEntity plan = Ids.resolveOne(em, PlanEntity.class, "plan", "plan", a.plan());
        OrganisationEntity owner = Ids.resolveOne(em, OrganisationEntity.class, "organisation", "owner", a.owner());
        List<OrganisationEntity> partners = Ids.resolve(em, OrganisationEntity.class, "organisation", "partners", a.partners(),
                OrganisationEntity::id);
        List<InputEntity> inputs = Ids.resolve(em, InputEntity.class, "input", "inputs", a.inputs(), InputEntity::id);
        List<TechnologyEntity> technologies = ActionRules.technologies(a.technologies(), codes(plan.valueChain().technologies()),
                inputs.stream().map(i -> codes(i.technologies())).toList()).stream().map(c -> em.getReference(TechnologyEntity.class, c)).toList();
        ActionStatus status = WorkflowStatus.decide("action", entity.id(), entity.status(), a.status(), ActionStatus.IDEA, caller.get());
        refuseLeavingAnsweredInputs(em, entity, inputs);
        refuseOtherRomsInputs(entity, inputs);
        refuseDroppingMeasuredKpis(entity, a);
        entity.assign(a, plan, owner, partners, technologies, inputs);
        entity.status(status);
    }
    private static List<String> codes(List<TechnologyEntity> technologies) {
        return technologies.stream().map(TechnologyEntity::code).toList();
    }

    @Override
    List<String> roms(ActionEntity entity) {
        return entity.plan().roms().stream().map(RomEntity::code).toList();
    }

}
