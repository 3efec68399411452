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
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.service.Consortia;
import nl.nts.platform.api.service.ConsortiumFilter;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.store.ConsortiumEntity;
import nl.nts.platform.core.store.FundingCallEntity;
import nl.nts.platform.core.store.MemberValue;
import nl.nts.platform.core.store.OrganisationEntity;
import nl.nts.platform.core.store.RomEntity;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.ServiceScope;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.ServiceCaller;

@Component(service = Consortia.class, scope = ServiceScope.BUNDLE)
public class JpaConsortia extends JpaStore<ConsortiumEntity, Consortium> implements Consortia {

    private final ConsortiumRules rules;

    @Activate
    public JpaConsortia(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference CallerScope scope, ComponentContext context, @Reference ReferenceData referenceData) {
        super(jpa, new ServiceCaller(scope, context));
        this.rules = new ConsortiumRules(c -> referenceData.rom(c).isPresent());
    }

    @Override
    String kind() {
        return "consortium";
    }

    @Override
    Class<ConsortiumEntity> type() {
        return ConsortiumEntity.class;
    }

    @Override
    ConsortiumEntity newEntity() {
        return new ConsortiumEntity();
    }

    @Override
    Consortium check(Consortium input) {
        return rules.check(input);
    }

    @Override
    Consortium toRecord(ConsortiumEntity entity) {
        return entity.toRecord();
    }

    @Override
    public Page<Consortium> find(ConsortiumFilter f, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlPage<>(ConsortiumEntity.class, "k")
                .where("k.call.id = :p", f.call())
                .where("(k.lead.id = :p or k.id in (select k1.id from ConsortiumEntity k1 join k1.members m where m.organisation.id = :p))",
                        f.organisation())
                .where("k.rom.code = :p", f.rom())
                .matching(f.text(), "k.name")
                .sortable("name", "k.name").sortable("updatedAt", "k.stamp.updatedAt")
                .batch("members")
                .read(em, page, ConsortiumEntity::toRecord));
    }

    @Override
    void assign(EntityManager em, ConsortiumEntity entity, Consortium c) {
        FundingCallEntity call = Ids.resolveOne(em, FundingCallEntity.class, "funding call", "call", c.call());
        OrganisationEntity lead = Ids.resolveOne(em, OrganisationEntity.class, "organisation", "lead", c.lead());
        List<OrganisationEntity> organisations = Ids.resolve(em, OrganisationEntity.class, "organisation", "members",
                c.members().stream().map(Consortium.Member::organisation).toList(), OrganisationEntity::id);
        List<MemberValue> members = new java.util.ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            members.add(new MemberValue(organisations.get(i), c.members().get(i).role()));
        }
        entity.assign(c, call, lead, members, c.rom() == null ? null : em.getReference(RomEntity.class, c.rom()));
    }
    @Override
    List<String> roms(ConsortiumEntity entity) {
        return entity.rom() == null ? List.of() : List.of(entity.rom().code());
    }

}
