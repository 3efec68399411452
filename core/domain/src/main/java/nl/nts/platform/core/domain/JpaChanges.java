package nl.nts.platform.core.domain;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.core.shared.Changes;
import nl.nts.platform.core.store.ChangeMarks;

/** The marks every write leaves in {@code NTS_CHANGE_MARK} ({@link ChangeMarks}), read for those that keep answers. */
@Component(service = Changes.class)
public class JpaChanges implements Changes {

    private final FreshReads<String> marks;

    @Activate
    public JpaChanges(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa) {
        this.marks = new FreshReads<>(() -> jpa.txExpr(TransactionType.Supports, ChangeMarks::read));
        try {
            jpa.tx(TransactionType.Required, ChangeMarks::ensureRow);
        } catch (RuntimeException e) {
            // another node made the row at the same moment: it is there, which is all that counts
            jpa.tx(TransactionType.Required, ChangeMarks::ensureRow);
        }
    }

    @Override
    public String mark() {
        return marks.get();
    }
}
