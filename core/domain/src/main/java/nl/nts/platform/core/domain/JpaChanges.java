package nl.nts.platform.core.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.core.shared.Changes;
import nl.nts.platform.core.store.ChangeMarks;

/**
 * The marks every write leaves in {@code NTS_CHANGE_MARK} ({@link ChangeMarks}), read for those
 * that keep answers: one small query in plain JDBC (no entity manager, no transaction), shared
 * by the callers that arrive while it runs ({@link FreshReads}).
 */
@Component(service = Changes.class)
public class JpaChanges implements Changes {

    private final FreshReads<String> marks;

    @Activate
    public JpaChanges(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa,
            @Reference(target = "(osgi.jndi.service.name=nts)") DataSource database) {
        this.marks = new FreshReads<>(() -> read(database));
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

    private static String read(DataSource database) {
        try (Connection c = database.getConnection();
                PreparedStatement query = c.prepareStatement(ChangeMarks.READ);
                ResultSet rows = query.executeQuery()) {
            StringBuilder marks = new StringBuilder();
            while (rows.next()) {
                marks.append(rows.getString(1)).append(':').append(rows.getLong(2)).append(';');
            }
            return marks.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("the marks of the last writes cannot be read: " + e.getMessage(), e);
        }
    }
}
