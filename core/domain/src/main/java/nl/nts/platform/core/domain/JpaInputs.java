package nl.nts.platform.core.domain;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.WorkflowInfo;
import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.api.service.InputFilter;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.core.store.InputEntity;
import nl.nts.platform.core.store.OrganisationEntity;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.TechnologyEntity;
import nl.nts.platform.core.store.ValueChainEntity;
import nl.nts.platform.core.store.WorkshopEntity;
import nl.nts.platform.core.shared.Codes;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.PublicPages;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import nl.nts.platform.core.shared.ServiceCaller;
import nl.nts.platform.core.shared.Changes;

@Component(service = Inputs.class, scope = ServiceScope.BUNDLE)
public class JpaInputs extends JpaStore<InputEntity, Input> implements Inputs {

    /** Who input left on a public page is stamped and audited as made by. */
    static final Caller PUBLIC_PAGE = Caller.system("public-page");

    private final InputRules rules;
    private final KeptCounts counts;
    private final CallerScope scope;
    private final ReferenceData referenceData;
    // dynamic: updating the security bundle that provides it must leave this service registered (PluginsIT)
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile PublicPages pages;
    private final WorkflowEngineHandle workflows = new WorkflowEngineHandle();

    @Activate
    public JpaInputs(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context,
            @Reference ReferenceData referenceData, @Reference Changes changes) {
        super(jpa, new ServiceCaller(scope, context));
        this.counts = new KeptCounts(changes);
        this.scope = scope;
        this.referenceData = referenceData;
        this.rules = new InputRules(c -> referenceData.theme(c).isPresent(), c -> referenceData.technology(c).isPresent());
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setWorkflows(Workflows engine) {
        workflows.set(engine);
    }

    void unsetWorkflows(Workflows engine) {
        workflows.unset(engine);
    }

    @Override
    Searchable searchable() {
        return Searchable.INPUT;
    }

    @Override
    String kind() {
        return "input";
    }

    @Override
    Class<InputEntity> type() {
        return InputEntity.class;
    }

    @Override
    InputEntity newEntity() {
        return new InputEntity();
    }

    @Override
    Input check(Input input) {
        return rules.check(input);
    }

    /** The input as the caller may read it: the contact left on a public page only for those who act for its ROM. */
    @Override
    Input toRecord(InputEntity entity) {
        return entity.toRecord(caller.reader().actsFor(entity.rom().code()));
    }

    @Override
    public Input submitPublic(String rom, Input input) {
        String code = rom == null ? "" : rom.strip();
        nl.nts.platform.api.model.Rom page = referenceData.rom(code).orElseThrow(() -> new NotFoundException("rom", code));
        // for every caller alike (the public page, a plugin): a ROM whose page the operator closed takes nothing
        PublicPages door = pages;
        // no door while the security bundle is being replaced: closed, not open
        if (door == null || !door.open(page.code())) {
            throw new SecurityException(page.code() + "'s public page takes no input now; contact " + page.name() + " directly");
        }
        Input checked = rules.checkPublic(input).toBuilder().rom(code).build();
        Input stored = scope.call(PUBLIC_PAGE, () -> create(checked, PUBLIC_PAGE));
        return get(stored.id());
    }

    @Override
    public Page<Input> find(InputFilter f, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(InputEntity.class, "i")
                .where("i.workshop.id = :p", f.workshop())
                .where("i.rom.code = :p", f.rom())
                .where("i.organisation.id = :p", f.organisation())
                .where("exists (select t from InputEntity i1 join i1.technologies t where i1 = i and t.code = :p)", f.technology())
                .where("i.valueChain.code = :p", f.valueChain())
                .where("i.theme = :p", f.theme())
                .where("i.kind = :p", f.kind())
                .where("i.status = :p", f.status())
                .searching(f.text(), Searchable.INPUT)
                .sortable("createdAt", "i.stamp.createdAt").sortable("kind", "i.kind").sortable("theme", "i.theme")
                .sortable("status", "i.status").sortable("updatedAt", "i.stamp.updatedAt")
                .counted(counts).batch("technologies").batch("answeredBy")
                .read(em, page, this::toRecord));
    }

    /**
     * A workshop's input takes the workshop's ROM. Input left on a public page (its submission
     * set when it was made, by {@link #submitPublic} only) keeps the page's ROM: it needs no
     * workshop, and may be given one of that ROM's.
     */
    @Override
    void assign(EntityManager em, InputEntity entity, Input i) {
        boolean fromPublicPage = entity.id() == null ? i.submission() != null : entity.submission() != null;
        if (i.workshop() == null && !fromPublicPage) {
            throw new ValidationException("workshop", "is required: the id of the workshop it was brought in at");
        }
        WorkshopEntity workshop = Ids.resolveOne(em, WorkshopEntity.class, "workshop", "workshop", i.workshop());
        RomEntity rom;
        if (!fromPublicPage) {
            rom = workshop.rom();
        } else {
            rom = entity.id() == null ? em.find(RomEntity.class, i.rom()) : entity.rom();
            if (workshop != null && !workshop.rom().code().equals(rom.code())) {
                throw new ValidationException("workshop", "workshop " + workshop.id() + " is " + workshop.rom().code()
                        + "'s; this input was left on " + rom.code() + "'s public page and stays " + rom.code() + "'s");
            }
        }
        OrganisationEntity organisation = Ids.resolveOne(em, OrganisationEntity.class, "organisation", "organisation", i.organisation());
        ValueChainEntity valueChain = JpaValueChains.byCode(em, i.valueChain(), "valueChain");
        // a stored input's status needs no workflow: it changes only by transitions
        String initial = entity.id() == null ? initialState(workflows.get().forInputs(rom.code()), i.status()) : null;
        String status = WorkflowStatus.decide("input", entity.id(), entity.status(), i.status(), initial, caller.get());
        entity.assign(i, rom, workshop, organisation, i.technologies().stream().map(c -> em.getReference(TechnologyEntity.class, c)).toList(),
                valueChain);
        if (entity.id() == null && fromPublicPage) {
            entity.submission(i.submission());
        }
        entity.status(status);
    }

    /**
     * The workflow's initial state; the core itself seeding the sample data in a later state
     * (see {@link WorkflowStatus}) must name one of the workflow's states.
     */
    private static String initialState(WorkflowInfo workflow, String requested) {
        if (requested != null && workflow.states().stream().noneMatch(st -> st.code().equals(requested))) {
            throw new ValidationException("status", "'" + Codes.abbreviate(requested) + "' is not a state of " + workflow.rom()
                    + "'s workflow '" + workflow.name() + "': " + workflow.states().stream().map(Workflow.State::code).toList());
        }
        return workflow.initial();
    }


    @Override
    List<String> roms(InputEntity entity) {
        return List.of(entity.rom().code());
    }

    @Override
    List<String> referrers(EntityManager em, InputEntity entity, int limit) {
        return entity.answeredBy().stream().limit(limit).map(a -> "action " + a.id()).toList();
    }

    @Override
    long countReferrers(EntityManager em, InputEntity entity) {
        return entity.answeredBy().size();
    }
}
