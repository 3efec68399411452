package nl.nts.platform.core.store;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import nl.nts.platform.api.model.LegalBasis;
import nl.nts.platform.api.model.Participant;

@Embeddable
public class ParticipantValue {

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "ROLE", length = 100)
    private String role;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "EMAIL_BASIS", length = 30)
    private String emailBasis;

    @BatchFetch(BatchFetchType.IN)

    @ManyToOne
    @JoinColumn(name = "ORGANISATION_ID")
    private OrganisationEntity organisation;

    protected ParticipantValue() {
        // for JPA
    }

    public ParticipantValue(Participant participant, OrganisationEntity organisation) {
        this.name = participant.name();
        this.role = participant.role();
        this.email = participant.email();
        this.emailBasis = participant.emailBasis() == null ? null : participant.emailBasis().name();
        this.organisation = organisation;
    }

    public Participant toRecord() {
        return new Participant(name, role, email, organisation == null ? null : organisation.id(),
                emailBasis == null ? null : LegalBasis.valueOf(emailBasis));
    }
}
