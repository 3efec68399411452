package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.Participant;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.Workshop;
import nl.nts.platform.api.service.ActionProgress;
import nl.nts.platform.api.service.Actions;
import nl.nts.platform.api.service.Consortia;
import nl.nts.platform.api.service.FundingCalls;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.Workshops;
import nl.nts.platform.api.service.SampleData;
import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.store.SeedMarker;

/**
 * Loads the shipped sample data through the core's own services (so every rule applies), in
 * one transaction: either all of it is stored or none.
 */
@Component(service = SampleData.class, scope = ServiceScope.BUNDLE)
public class SampleDataLoader implements SampleData {

    static final String MARKER = "sample-data";
    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());

    private final JpaTemplate jpa;
    private final ValueChains valueChains;
    private final Organisations organisations;
    private final Workshops workshops;
    private final Inputs inputs;
    private final Plans plans;
    private final Actions actions;
    private final ActionProgress progress;
    private final FundingCalls fundingCalls;
    private final Consortia consortia;
    /** Dynamic, as for the inputs: updating the plugin host leaves this service registered. */
    private final WorkflowEngineHandle workflows = new WorkflowEngineHandle();
    private final ServiceCaller caller;
    /** The calls' dates are days from the day of loading, in Amsterdam. */
    private final Clock clock = Clock.system(CallStatusByDates.ZONE);

    @Activate
    public SampleDataLoader(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference ValueChains valueChains,
            @Reference Organisations organisations, @Reference Workshops workshops, @Reference Inputs inputs, @Reference Plans plans,
            @Reference Actions actions, @Reference ActionProgress progress, @Reference FundingCalls fundingCalls, @Reference Consortia consortia, @Reference CallerScope scope, ComponentContext context) {
        this.jpa = jpa;
        this.caller = new ServiceCaller(scope, context);
        this.valueChains = valueChains;
        this.organisations = organisations;
        this.workshops = workshops;
        this.inputs = inputs;
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.fundingCalls = fundingCalls;
        this.consortia = consortia;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setWorkflows(Workflows engine) {
        workflows.set(engine);
    }

    void unsetWorkflows(Workflows engine) {
        workflows.unset(engine);
    }

    /** The workshop, its inputs, and the plan whose actions answer them; names become ids. */
    private Map<String, Integer> loadWorkshop(SampleDataSet.SampleWorkshop sample, Map<String, Long> organisationIds, LocalDate today) {
        Function<String, Long> organisation = name -> name == null ? null : named(organisationIds, name);
        SampleDataSet.WorkshopPart w = sample.workshop();
        Workshop workshop = workshops.create(new Workshop(null, w.title(), w.date(), w.place(), w.rom(), w.coOrganisers(), w.technologies(),
                w.valueChains(), w.organisations().stream().map(organisation).toList(),
                w.participants().stream().map(p -> new Participant(p.name(), p.role(), p.email(), organisation.apply(p.organisation()), p.emailBasis())).toList(),
                null, null));
        Map<String, Long> inputIds = new HashMap<>();
        for (SampleDataSet.SampleInput i : sample.inputs()) {
            Input stored = inputs.create(new Input(null, workshop.id(), organisation.apply(i.organisation()), i.kind(), i.theme(), i.technologies(),
                    i.valueChain(), i.text(), i.status(), null, null, null, null));
            inputIds.put(i.key(), stored.id());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("workshops", 1);
        counts.put("inputs", sample.inputs().size());
        if (sample.plan() == null) {
            return counts;
        }
        Plan plan = plans.create(sample.plan());
        int reports = 0;
        for (SampleDataSet.SampleAction a : sample.actions()) {
            Action action = actions.create(new Action(null, plan.id(), a.title(), a.description(), organisation.apply(a.owner()),
                    a.partners().stream().map(organisation).toList(), a.horizon(), a.start(), a.end(), a.budget(), a.kpis(), a.status(),
                    a.technologies(), a.inputs().stream().map(key -> Objects.requireNonNull(inputIds.get(key), "sample input " + key)).toList(),
                    null, null, null));
            // what became of it so far, dated back from today so a fresh start always has a history
            for (SampleDataSet.SampleProgress p : a.progress()) {
                progress.record(action.id(), p.update(today));
            }
            for (SampleDataSet.SampleMeasurement m : a.measurements()) {
                progress.measure(action.id(), m.measurement(today));
            }
            reports += a.progress().size() + a.measurements().size();
        }
        // through the plan's workflow, as its ROMs and KIA would: the history shows each step
        for (SampleDataSet.SampleStep step : sample.planSteps()) {
            workflows.get().transitionPlan(plan.id(), step.transition(), step.reason());
        }
        counts.put("plans", 1);
        counts.put("actions", sample.actions().size());
        counts.put("progress updates and measurements", reports);
        return counts;
    }

    private Map<String, Integer> loadFunding(SampleDataSet.SampleFunding sample, Map<String, Long> organisationIds) {
        Map<String, Long> callIds = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        sample.calls().forEach(call -> callIds.put(call.identifier(), fundingCalls.create(call.call(today)).id()));
        for (SampleDataSet.SampleConsortium c : sample.consortia()) {
            consortia.create(new Consortium(null, Objects.requireNonNull(callIds.get(c.call()), "sample call " + c.call()), c.name(),
                    named(organisationIds, c.lead()),
                    c.members().stream().map(m -> new Consortium.Member(named(organisationIds, m.organisation()), m.role())).toList(),
                    c.rom(), null, null));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("funding calls", sample.calls().size());
        counts.put("consortia", sample.consortia().size());
        return counts;
    }

    private static Long named(Map<String, Long> organisationIds, String name) {
        return Objects.requireNonNull(organisationIds.get(name), () -> "the sample data names an organisation it does not hold: " + name);
    }

    @Override
    public Map<String, Integer> loadIntoEmptyDatabase() {
        caller.get().requireRole("load the sample data");
        return load();
    }

    /** For the caller bound now, whose name the records' stamps keep. */
    private Map<String, Integer> load() {
        SampleDataSet set = SampleDataSet.shipped();
        return jpa.txExpr(TransactionType.Required, em -> {
            long records = 0;
            for (String entity : List.of("ValueChainEntity", "OrganisationEntity", "WorkshopEntity", "InputEntity", "PlanEntity", "ActionEntity",
                    "FundingCallEntity", "ConsortiumEntity")) {
                records += em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
            }
            if (records > 0) {
                throw new ConflictException("database", "the database holds " + records
                        + " records already; sample data is only loaded into an empty database");
            }
            if (em.find(SeedMarker.class, MARKER) == null) {
                em.persist(new SeedMarker(MARKER, LocalDateTime.now()));
            }
            // the services join this transaction: a failure anywhere rolls all of it back
            set.valueChains().forEach(chain -> valueChains.create(chain));
            Map<String, Long> organisationIds = new HashMap<>();
            set.organisations().forEach(organisation -> organisationIds.put(organisation.name(), organisations.create(organisation).id()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("value chains", set.valueChains().size());
            counts.put("organisations", set.organisations().size());
            LocalDate today = LocalDate.now(clock);
            for (SampleDataSet.SampleWorkshop workshop : set.workshops()) {
                loadWorkshop(workshop, organisationIds, today).forEach((what, n) -> counts.merge(what, n, Integer::sum));
            }
            counts.putAll(loadFunding(set.funding(), organisationIds));
            return counts;
        });
    }
}
