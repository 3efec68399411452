package nl.nts.platform.core.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import nl.nts.platform.api.model.EuProject;

/** An organisation's part in one EU project, as CORDIS lists it. */
@Embeddable
public class EuProjectValue {

    @Column(name = "PROJECT_ID", nullable = false, length = 20)
    private String projectId;

    @Column(name = "ACRONYM", length = 50)
    private String acronym;

    @Column(name = "TITLE", length = 300)
    private String title;

    @Column(name = "PROGRAMME", length = 50)
    private String programme;

    @Column(name = "PROJECT_ROLE", length = 30)
    private String role;

    @Column(name = "START_DATE")
    private LocalDate start;

    @Column(name = "END_DATE")
    private LocalDate end;

    protected EuProjectValue() {
        // for JPA
    }

    public EuProjectValue(EuProject p) {
        this.projectId = p.id();
        this.acronym = p.acronym();
        this.title = p.title();
        this.programme = p.programme();
        this.role = p.role();
        this.start = p.start();
        this.end = p.end();
    }

    public EuProject toRecord() {
        return new EuProject(projectId, acronym, title, programme, role, start, end);
    }
}
