package nl.nts.platform.core.store;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.Consortium;

@Embeddable
public class MemberValue {

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne(optional = false)
    @JoinColumn(name = "ORGANISATION_ID", nullable = false)
    private OrganisationEntity organisation;

    @Column(name = "ROLE", nullable = false, length = 100)
    private String role;

    protected MemberValue() {
        // for JPA
    }

    public MemberValue(OrganisationEntity organisation, String role) {
        this.organisation = organisation;
        this.role = role;
    }

    public Consortium.Member toRecord() {
        return new Consortium.Member(organisation.id(), role);
    }
}
