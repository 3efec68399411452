package nl.nts.platform.core.domain;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.core.shared.FirstStart;
import nl.nts.platform.core.store.SeedMarker;

/**
 * Makes the text search's word index of a database that has none yet (one made by an earlier
 * release, or restored from a backup of one), on a thread of its own at start: every searchable
 * record's words anew, then a mark ({@link SeedMarker} {@value #MARKER}) that it is done, so later
 * starts cost one read of that mark (a platform with no searchable record gets no mark: it stays
 * empty for a restore). Writes through the domain keep the index from then on. Until
 * it is through, a search may miss the records it has not reached; a start stopped halfway does it
 * again from the beginning. It waits for the first start's sample data ({@link FirstStart}): made
 * while the samples load, the index raced their own words for the same records.
 */
@Component(service = {}, immediate = true)
public class SearchIndexBackfill {

    static final String MARKER = "search-words";
    private static final Logger LOG = Logger.getLogger(SearchIndexBackfill.class.getName());
    /** Records per transaction: a short one, so writers never wait long on it. */
    private static final int CHUNK = 500;

    private final Thread filler;

    @Activate
    public SearchIndexBackfill(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference FirstStart sampleDataDone) {
        filler = new Thread(() -> fill(jpa), "nts-search-index");
        filler.setDaemon(true);
        filler.start();
    }

    private static void fill(JpaTemplate jpa) {
        Map<Searchable, Integer> indexed = new EnumMap<>(Searchable.class);
        try {
            if (jpa.txExpr(TransactionType.Supports, em -> em.find(SeedMarker.class, MARKER) != null)) {
                return;
            }
            // nothing to index, and no mark: a platform left empty stays empty, so that a backup
            // can still be restored into it (a restore takes only an empty platform)
            if (jpa.txExpr(TransactionType.Supports, SearchIndexBackfill::noRecords)) {
                return;
            }
            for (Searchable kind : Searchable.values()) {
                // words a restore left behind may belong to other records now
                jpa.tx(TransactionType.Required, em -> SearchIndex.forgetAll(em, kind));
                long after = 0;
                for (;;) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    long from = after;
                    after = jpa.txExpr(TransactionType.Required, em -> SearchIndex.indexMissing(em, kind, from, CHUNK));
                    if (after == from) {
                        break;
                    }
                    indexed.merge(kind, 1, Integer::sum);
                }
            }
            jpa.tx(TransactionType.Required, em -> em.persist(new SeedMarker(MARKER, LocalDateTime.now())));
            LOG.info(() -> "Text search: the word index is made (chunks of " + CHUNK + " records: " + indexed + ")");
        } catch (RuntimeException e) {
            // searches still answer, without the records not reached; the next start makes it again
            LOG.log(Level.WARNING, "Text search: the word index could not be made (" + indexed + " chunks done); the next start tries again", e);
        }
    }

    private static boolean noRecords(EntityManager em) {
        for (Searchable kind : Searchable.values()) {
            if (!em.createQuery("select e.id from " + kind.entity() + " e").setMaxResults(1).getResultList().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Deactivate
    void stop() throws InterruptedException {
        filler.interrupt();
        filler.join(TimeUnit.SECONDS.toMillis(30));
    }
}
