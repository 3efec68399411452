package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

/**
 * Finds the records that refer to one record, from a table of queries: each row is a kind
 * ("workshop") and a JPQL query selecting the referring ids, with the referred record as the
 * named parameter.
 */
final class Referrers {

    private Referrers() {
    }

    /** Up to {@code limit} referrers as "kind id", each once. */
    static List<String> describe(EntityManager em, String[][] queries, String parameter, Object referred, int limit) {
        Set<String> found = new LinkedHashSet<>();
        for (String[] query : queries) {
            if (found.size() >= limit) {
                break;
            }
            em.createQuery(query[1], Long.class).setParameter(parameter, referred).setMaxResults(limit).getResultList()
                    .forEach(id -> found.add(query[0] + " " + id));
        }
        return new ArrayList<>(found).subList(0, Math.min(limit, found.size()));
    }

    /** How many distinct referrers there are. */
    static long count(EntityManager em, String[][] queries, String parameter, Object referred) {
        Set<String> found = new LinkedHashSet<>();
        for (String[] query : queries) {
            em.createQuery(query[1], Long.class).setParameter(parameter, referred).getResultList().forEach(id -> found.add(query[0] + " " + id));
        }
        return found.size();
    }
}
