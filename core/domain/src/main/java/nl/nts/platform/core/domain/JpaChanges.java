package nl.nts.platform.core.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

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
 *
 * <p>A database only this JVM can write (embedded H2: a file H2 locks to one process, without
 * {@code AUTO_SERVER}, or an in-memory one) needs no query: the count of this JVM's write
 * transactions that ended ({@link ChangeMarks#endedHere()}) changes with every write it can
 * hold. A database served to others (PostgreSQL, H2 over TCP) is asked each time, so that a
 * write on another node is seen by the next read here.
 */
@Component(service = Changes.class)
public class JpaChanges implements Changes {

    private static final Logger LOG = Logger.getLogger(JpaChanges.class.getName());

    private final FreshReads<String> marks;
    private final boolean onlyThisJvm;

    @Activate
    public JpaChanges(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa,
            @Reference(target = "(osgi.jndi.service.name=nts)") DataSource database) {
        this.marks = new FreshReads<>(() -> read(database));
        this.onlyThisJvm = onlyThisJvm(url(database));
        LOG.fine(() -> onlyThisJvm ? "the database is embedded: kept answers are checked against this runtime's writes"
                : "the database may be shared: kept answers are checked against every node's marks");
        try {
            jpa.tx(TransactionType.Required, ChangeMarks::ensureRow);
        } catch (RuntimeException e) {
            // another node made the row at the same moment: it is there, which is all that counts
            jpa.tx(TransactionType.Required, ChangeMarks::ensureRow);
        }
    }

    @Override
    public String mark() {
        return onlyThisJvm ? "here:" + ChangeMarks.endedHere() : marks.get();
    }

    /** Whether no other process can write the database at this JDBC URL: an embedded H2 one. */
    static boolean onlyThisJvm(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = u.substring("jdbc:h2:".length());
        return !rest.startsWith("tcp:") && !rest.startsWith("ssl:") && !u.replace(" ", "").contains(";auto_server=true");
    }

    private static String url(DataSource database) {
        try (Connection c = database.getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached: " + e.getMessage(), e);
        }
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
